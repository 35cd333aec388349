#include "serverview/serverheader.h"

#include "style/theme.h"
#include "widgets/chip.h"
#include "widgets/collapsiblebutton.h"
#include "widgets/elidedlabel.h"
#include "widgets/icons.h"
#include "widgets/statusbadge.h"

#include <QCoreApplication>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpc::ui {

ServerHeader::ServerHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new ElidedLabel(this))
    , m_url(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_insecure(new Chip(QCoreApplication::translate("ServerHeader", "Insecure HTTP"), Chip::Tone::Warning, this))
    , m_transport(new Chip(QString(), Chip::Tone::Neutral, this))
    , m_badge(new StatusBadge(this))
    , m_check(new CollapsibleButton(QCoreApplication::translate("ServerHeader", "Check now"), this))
    , m_signIn(new CollapsibleButton(QCoreApplication::translate("ServerHeader", "Sign in"), this))
    , m_edit(new CollapsibleButton(QCoreApplication::translate("ServerHeader", "Edit…"), this))
{
    const QColor text = palette().color(QPalette::ButtonText);
    QFont nf = m_name->font();
    nf.setPointSizeF(nf.pointSizeF() * 1.55);
    nf.setWeight(QFont::DemiBold);
    m_name->setFont(nf);
    m_name->setElideMode(Qt::ElideRight); // a very long name: after the buttons became icons
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // its full width while there is room
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setAccessibleName(QCoreApplication::translate("ServerHeader", "Server URL"));
    QPalette muted = m_url->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_url->setPalette(muted);
    m_copy->setIcon(icons::icon(icons::Icon::Copy, theme::mutedText(palette())));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(QCoreApplication::translate("ServerHeader", "Copy URL"));
    m_copy->setAccessibleName(QCoreApplication::translate("ServerHeader", "Copy URL"));
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_profile.target()); });
    m_insecure->setToolTip(QCoreApplication::translate("ServerHeader", "Always use HTTPS URLs in production environments. HTTP connections are not "
                                          "secure and may not work with all MCP clients."));
    m_insecure->hide();

    m_check->setIcon(icons::icon(icons::Icon::Refresh, text));
    m_check->setDescription(QCoreApplication::translate("ServerHeader", "Ping the server and list its tools again (F5)"));
    m_signIn->setIcon(icons::icon(icons::Icon::SignIn, text));
    m_edit->setIcon(icons::icon(icons::Icon::Edit, text));
    m_edit->setDescription(QCoreApplication::translate("ServerHeader", "Change the URL, transport or sign-in method"));
    connect(m_check, &QPushButton::clicked, this, &ServerHeader::checkNowRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ServerHeader::signInRequested);
    connect(m_edit, &QPushButton::clicked, this, &ServerHeader::editRequested);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_transport, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    nameRow->addWidget(m_check);
    nameRow->addWidget(m_signIn);
    nameRow->addWidget(m_edit);
    auto *urlRow = new QHBoxLayout;
    urlRow->setSpacing(6);
    urlRow->addWidget(m_url);
    urlRow->addWidget(m_copy);
    urlRow->addWidget(m_insecure);
    urlRow->addStretch(1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(4);
    col->addLayout(nameRow);
    col->addLayout(urlRow);
    col->addSpacing(8);
    col->addWidget(m_badge);
    updateSignIn();
}

void ServerHeader::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.target());
    m_insecure->setVisible(profile.isHttp() && isInsecureRemoteUrl(profile.url));
    updateSignIn();
}

void ServerHeader::setStatus(const ServerStatus &status)
{
    m_status = status;
    ServerStatus shown = status;
    // The engine's hints name CLI commands; here the fix is the button next to it.
    if (m_signInAvailable && status.state == ServerStatus::State::NeedsLogin && shown.lastError && status.lastError->code != 403)
        shown.lastError->hint = tr("Press Sign in to open the server's sign-in page.");
    m_badge->setStatus(shown);
    m_transport->setText(status.transport);
    m_transport->setVisible(!status.transport.isEmpty());
    m_check->setEnabled(!status.checking);
    updateSignIn();
}

void ServerHeader::setSignInAvailable(bool available)
{
    m_signInAvailable = available;
    setStatus(m_status);
}

void ServerHeader::setSignInState(bool busy, bool signedIn)
{
    m_signInBusy = busy;
    m_signedIn = signedIn;
    updateSignIn();
}

QList<CollapsibleButton *> ServerHeader::buttons() const
{
    return {m_check, m_signIn, m_edit};
}

int ServerHeader::expandedExtra() const
{
    int extra = 0;
    for (CollapsibleButton *b : buttons())
        if (!b->isHidden())
            extra += b->expandedWidth() - b->collapsedWidth();
    return extra;
}

bool ServerHeader::buttonsCollapsed() const
{
    return m_check->isCollapsed();
}

QSize ServerHeader::minimumSizeHint() const
{
    // As narrow as the row gets with icon-only buttons: a narrow page collapses them
    // rather than being held wide (and clipped) by their labels.
    QSize s = QWidget::minimumSizeHint();
    if (!buttonsCollapsed())
        s.rwidth() -= expandedExtra();
    return s;
}

bool ServerHeader::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    // After the layout took in a change (a longer name, a chip), its size hint is current.
    if (event->type() == QEvent::LayoutRequest)
        fitButtons();
    return handled;
}

void ServerHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void ServerHeader::fitButtons()
{
    // The labels show when the row has room for them at their full width, else all three
    // buttons are icons (one look for the row, not a mix).
    // The full name and the labelled buttons: the labels go before the name is elided.
    const int spacing = 10; // the name row's
    int full = m_name->sizeHint().width();
    if (!m_transport->isHidden())
        full += spacing + m_transport->sizeHint().width();
    for (CollapsibleButton *b : buttons())
        if (!b->isHidden())
            full += spacing + b->expandedWidth();
    const bool collapse = width() < full;
    if (collapse == buttonsCollapsed())
        return;
    for (CollapsibleButton *b : buttons())
        b->setCollapsed(collapse);
    updateGeometry();
}

bool ServerHeader::insecureChipVisible() const
{
    return m_insecure->isVisibleTo(this);
}

void ServerHeader::updateSignIn()
{
    // Shown where sign-in matters: OAuth profiles not signed in, and any server that asks.
    const bool needsLogin = m_status.state == ServerStatus::State::NeedsLogin;
    const bool relevant = m_profile.isHttp() && m_profile.auth != AuthMode::Header
                          && ((m_profile.auth == AuthMode::OAuth && !m_signedIn) || needsLogin || m_signInBusy);
    m_signIn->setVisible(relevant);
    m_signIn->setEnabled(m_signInAvailable && !m_signInBusy);
    m_signIn->setLabel(m_signInBusy ? tr("Signing in…") : tr("Sign in"));
    m_signIn->setDescription(m_signInAvailable ? tr("Open the server's sign-in page (OAuth) inside MCP Connect")
                                               : tr("Browser sign-in (OAuth) is not available in this build yet."));
    // Prominent while the server waits for it: the one thing to do on this page.
    const bool primary = needsLogin && m_signInAvailable && !m_signInBusy;
    if (primary != (m_signIn->property("primary").toBool())) {
        m_signIn->setProperty("primary", primary);
        const QColor accent = theme::accentColor(palette());
        m_signIn->setStyleSheet(primary ? QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %1;"
                                                         " border-radius: 4px; padding: 5px 14px; font-weight: 600; }"
                                                         "QPushButton:hover { background: %3; }")
                                              .arg(theme::cssColor(accent), theme::cssColor(palette().color(QPalette::HighlightedText)),
                                                   theme::cssColor(accent.lighter(112)))
                                        : QString());
        m_signIn->setIcon(icons::icon(icons::Icon::SignIn, primary ? palette().color(QPalette::HighlightedText)
                                                                   : palette().color(QPalette::ButtonText)));
    }
    fitButtons(); // the row's needs changed with the button's label or visibility
}

} // namespace mcpc::ui
