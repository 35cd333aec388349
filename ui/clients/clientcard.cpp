#include "clients/clientcard.h"

#include "clients/clientcardalert.h"
#include "clients/clientcarddetails.h"
#include "clients/clientcardmenu.h"
#include "style/theme.h"
#include "widgets/banner.h"
#include "widgets/chip.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QApplication>
#include <QDesktopServices>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;
using cv::PrimaryAction;

namespace {

constexpr int kIconSize = 40;
// The longest main button: every card's is this wide, so the buttons line up down the page.
const QString kWidestAction = QCoreApplication::translate("ClientCard", "Connect to VS Code Insiders");

} // namespace

ClientCard::ClientCard(ClientConfigService *service, const QString &clientId, const QString &displayName, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_id(clientId)
    , m_name(displayName)
    , m_home(service->environment().home)
    , m_target(service->target(clientId))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(displayName, this))
    , m_chip(new Chip(QCoreApplication::translate("ClientCard", "Checking…"), Chip::Tone::Neutral, this))
    , m_details(new ClientCardDetails(displayName, service->environment().home, this))
    , m_spinner(new Spinner(this))
    , m_primary(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_alert(new ClientCardAlert(displayName, service->environment().home, this))
    , m_report(new Banner(this))
{
    setObjectName(u"clientCard"_s);
    setProperty("clientId", clientId);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(displayName);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    const QPalette pal = QApplication::palette();
    m_icon->setPixmap(cv::monogram(clientId, displayName, kIconSize, devicePixelRatioF()));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_icon->setAccessibleName(QCoreApplication::translate("ClientCard", "%1 icon").arg(displayName));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.08);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_chip->setObjectName(u"stateChip"_s);

    m_primary->setObjectName(u"primaryButton"_s);
    QFont bold = m_primary->font(); // the filled style draws it in semibold
    bold.setWeight(QFont::DemiBold);
    m_primary->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(kWidestAction) + 2 * 14 + 4);
    m_primary->setAutoDefault(false);
    m_primary->installEventFilter(this);
    m_more->setObjectName(u"moreButton"_s);
    m_more->setIcon(icons::icon(icons::Icon::More, pal.color(QPalette::ButtonText)));
    m_more->setIconSize(QSize(16, 16));
    m_more->setToolTip(QCoreApplication::translate("ClientCard", "More: preview, undo, open the file, copy the entry…"));
    m_more->setAccessibleName(QCoreApplication::translate("ClientCard", "More actions for %1").arg(displayName));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0; }"_s); // the dots say "menu" already
    m_more->setMenu(m_menu);
    m_more->setFixedSize(30, 30);
    m_more->installEventFilter(this);

    // Header: icon | name + chip, the details | busy, button, menu.
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_title);
    nameRow->addWidget(m_chip);
    nameRow->addStretch(1);
    auto *text = m_text = new QVBoxLayout;
    text->setSpacing(3);
    text->addLayout(nameRow);
    text->addWidget(m_details);
    // Wide: icon | text | actions in one row. Narrow: the actions wrap under the text.
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);
    m_actions->addWidget(m_spinner, 0, Qt::AlignVCenter);
    m_actions->addWidget(m_primary);
    m_actions->addWidget(m_more);
    m_head = new QGridLayout;
    m_head->setHorizontalSpacing(14);
    m_head->setVerticalSpacing(10);
    m_head->addWidget(m_icon, 0, 0, Qt::AlignTop);
    m_head->addLayout(text, 0, 1);
    m_head->addLayout(m_actions, 0, 2, Qt::AlignTop);
    m_head->setColumnStretch(1, 1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(16, 12, 12, 12);
    col->setSpacing(10);
    col->addLayout(m_head);
    // The messages line up with the text column, under the name.
    auto *messages = new QVBoxLayout;
    messages->setContentsMargins(kIconSize + 14 - 12, 0, 0, 0);
    messages->setSpacing(6);
    messages->addWidget(m_alert);
    messages->addWidget(m_report);
    col->addLayout(messages);
    m_report->setObjectName(u"cardReport"_s);
    m_report->setAccessibleName(QCoreApplication::translate("ClientCard", "%1 result").arg(displayName));

    connect(m_primary, &QPushButton::clicked, this, &ClientCard::triggerPrimary);
    connect(m_menu, &QMenu::aboutToShow, this, [this] { fillClientCardMenu(m_menu, this); });
    connect(m_alert, &ClientCardAlert::actionRequested, this, [this](ClientCardAlert::Action a) {
        switch (a) {
        case ClientCardAlert::Action::OpenFile: openConfigFile(); break;
        case ClientCardAlert::Action::UndoAnyway: undo(true); break;
        case ClientCardAlert::Action::Review:
        case ClientCardAlert::Action::Reconnect: preview(PreviewDialog::Kind::Connect); break;
        }
    });
    connect(m_report, &Banner::actionTriggered, this, [this] { undo(); });

    setTabOrder(this, m_primary);
    setTabOrder(m_primary, m_more);
    updatePrimary();
    restyle();
}

int ClientCard::narrowMinimumWidth() const
{
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    const int text = qMax(m_text->minimumSize().width(), m_actions->sizeHint().width());
    return m.left() + m.right() + kIconSize + m_head->horizontalSpacing() + text;
}

int ClientCard::wideMinimumWidth() const
{
    // The text keeps room for a name and a short path next to the buttons.
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    const int text = qMax(m_text->minimumSize().width(), QFontMetrics(font()).averageCharWidth() * 30);
    return m.left() + m.right() + kIconSize + 2 * m_head->horizontalSpacing() + text + m_actions->sizeHint().width();
}

QSize ClientCard::minimumSizeHint() const
{
    // The narrow arrangement's minimum: a narrow page wraps the buttons instead of
    // being held wide by them.
    return {narrowMinimumWidth(), QFrame::minimumSizeHint().height()};
}

bool ClientCard::isWrapped() const
{
    return m_wrapped;
}

void ClientCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateArrangement();
}

bool ClientCard::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // The content grew or shrank (the client's links arrived after the card was first laid
    // out, on a page already on screen): the width that needs wrapping changed too.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        updateArrangement();
    return handled;
}

void ClientCard::updateArrangement()
{
    const bool wrap = width() < wideMinimumWidth();
    if (wrap == m_wrapped)
        return;
    m_wrapped = wrap;
    m_head->removeItem(m_actions);
    m_actions->setParent(nullptr); // addLayout() refuses a layout that still has a parent
    if (wrap)
        m_head->addLayout(m_actions, 1, 1, Qt::AlignLeft);
    else
        m_head->addLayout(m_actions, 0, 2, Qt::AlignTop);
}

ElidedLabel *ClientCard::pathLabel() const
{
    return m_details->pathLabel();
}

bool ClientCard::isConnected() const
{
    return m_state && !m_state->error && !m_state->status.problem && m_state->matches
        && (m_state->status.state == EntryState::Ours || m_state->status.state == EntryState::Foreign);
}

void ClientCard::setProfile(const ServerProfile &profile)
{
    const bool other = profile.name != m_profile.name;
    m_profile = profile;
    m_entryName = m_service->entryName(m_id, profile);
    if (other) {
        m_state.reset();
        m_pendingPreview.reset();
        m_alert->dismiss();
        m_report->dismiss();
        m_chip->setText(tr("Checking…"));
        m_chip->setTone(Chip::Tone::Neutral);
    }
    refresh();
}

void ClientCard::setTarget(const ClientTarget &target)
{
    m_target = target;
    m_service->setTarget(target);
    if (m_alert->kind() == ClientCardAlert::Kind::Error || m_alert->kind() == ClientCardAlert::Kind::Problem)
        m_alert->dismiss();
    refresh();
}

void ClientCard::refresh()
{
    const int generation = ++m_generation;
    const ClientTarget target = m_target;
    const ServerProfile profile = m_profile;
    const QString name = m_entryName;
    const EntryOptions options = m_service->options(m_id, profile.name);
    m_service->run(this, [target, profile, name, options](ClientConfigEngine &engine) {
        return ClientConfigService::cardState(engine, target, profile, name, options);
    }, [this, generation](ClientCardState state) {
        if (generation == m_generation)
            applyState(state);
    });
}

void ClientCard::applyState(const ClientCardState &state)
{
    m_state = state;
    m_look = cv::look(state);
    m_chip->setText(m_look.chip);
    m_chip->setTone(m_look.tone);
    m_chip->setToolTip(m_look.explanation);
    m_details->setState(state);

    m_alert->showState(state, isConnected());
    updatePrimary();
    setAccessibleName(u"%1: %2"_s.arg(m_name, m_look.chip));
    setAccessibleDescription(m_look.explanation + u' ' + tr("Config file: %1.").arg(cv::tildePath(state.status.configPath, m_home)));
    restyle();
    Q_EMIT stateChanged();
    if (const auto pending = std::exchange(m_pendingPreview, std::nullopt))
        preview(*pending);
}

void ClientCard::updatePrimary()
{
    const bool ready = m_state && !m_profile.name.isEmpty();
    const bool broken = m_state && (m_state->error || m_state->status.problem);
    const PrimaryAction action = ready ? m_look.action : PrimaryAction::Connect;
    if (m_busy > 0) {
        m_primary->setText(m_busyText);
        m_primary->setEnabled(false);
        m_spinner->start();
    } else {
        m_spinner->stop();
        m_primary->setText(action == PrimaryAction::Connect ? tr("Connect to %1").arg(m_name) : cv::actionText(action));
        m_primary->setEnabled(ready && !broken);
    }
    m_more->setEnabled(m_busy == 0);
    m_primary->setAccessibleName(action == PrimaryAction::Connect ? m_primary->text() : u"%1 %2"_s.arg(m_primary->text(), m_name));
    if (broken)
        m_primary->setToolTip(tr("Fix the config file first: MCP Connect does not write a file it cannot read."));
    else if (ready && action == PrimaryAction::Disconnect)
        m_primary->setToolTip(tr("Remove “%1” from %2's config (you see the change first)").arg(m_entryName, m_name));
    else if (ready)
        m_primary->setToolTip(tr("Write “%1” into %2's config (you see the change first)").arg(m_entryName, m_name));
    // Detected clients get the accent: that is where people connect first.
    const bool accent = ready && !broken && m_busy == 0 && action != PrimaryAction::Disconnect
                     && (isInstalled() || action != PrimaryAction::Connect);
    const QString css = cv::filledButtonStyle(u"QPushButton#primaryButton"_s,
                                              accent ? theme::accentColor(QApplication::palette()) : QColor());
    if (m_primary->styleSheet() != css)
        m_primary->setStyleSheet(css);
}

void ClientCard::setBusy(bool busy, const QString &text)
{
    m_busy += busy ? 1 : -1;
    if (busy)
        m_busyText = text;
    updatePrimary();
}

void ClientCard::restyle()
{
    const bool focused = hasFocus();
    const QString css = cv::cardStyle(u"QFrame#clientCard"_s, focused);
    if (styleSheet() != css)
        setStyleSheet(css);
    // Keep the content still when the focus border thickens.
    const int m = focused ? 0 : 1;
    setContentsMargins(m, m, m, m);
}

void ClientCard::triggerPrimary()
{
    if (!m_state || m_busy > 0 || !m_primary->isEnabled())
        return;
    if (m_look.action == PrimaryAction::Disconnect) {
        preview(PreviewDialog::Kind::Disconnect);
    } else {
        Q_EMIT connectStarted(m_id);
        preview(PreviewDialog::Kind::Connect);
    }
}

void ClientCard::showDrift(const DriftReport &report)
{
    m_alert->showDrift(report);
    refresh();
}

void ClientCard::openConfigFile()
{
    if (m_state && m_state->status.configExists)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_state->status.configPath));
}

void ClientCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        triggerPrimary();
        return;
    case Qt::Key_Up:
        Q_EMIT focusNeighbour(-1);
        return;
    case Qt::Key_Down:
        Q_EMIT focusNeighbour(1);
        return;
    case Qt::Key_Menu:
        if (m_more->isEnabled())
            m_more->showMenu();
        return;
    case Qt::Key_F10:
        if (event->modifiers() & Qt::ShiftModifier && m_more->isEnabled()) {
            m_more->showMenu();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

bool ClientCard::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the focused button presses it, as in a dialog.
    if (event->type() == QEvent::KeyPress && (watched == m_primary || watched == m_more)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_primary)
                m_primary->animateClick();
            else if (m_more->isEnabled())
                m_more->showMenu();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ClientCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    restyle();
}

void ClientCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    restyle();
}

void ClientCard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

} // namespace mcpc::ui
