#include "clients/connectclientspage.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clients/clientcard.h"
#include "clients/clientconfigservice.h"
#include "clients/compatibilitysection.h"
#include "compat/compatrun.h"
#include "style/theme.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QApplication>
#include <QPushButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(qMax(8.5, f.pointSizeF() - 1));
    f.setCapitalization(QFont::AllUppercase);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    l->setFont(f);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(QApplication::palette()));
    l->setPalette(pal);
    return l;
}

} // namespace

ConnectClientsPage::ConnectClientsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_unavailable(new QLabel(QCoreApplication::translate("ConnectClientsPage", "Client connections are not available in this window."), this))
    , m_foundTitle(sectionTitle(this))
    , m_missingTitle(sectionTitle(this))
    , m_missingNote(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_body(new QWidget(this))
    , m_scroll(new QScrollArea(this))
{
    m_compat = new CompatibilitySection(this);
    m_compat->hide();
    connect(m_compat, &CompatibilitySection::bridgeRequested, this, &ConnectClientsPage::reconnect);
    const QPalette pal = QApplication::palette();
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setObjectName(u"clientsIntro"_s);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(pal));
    m_summary->setPalette(muted);
    m_summary->setObjectName(u"clientsSummary"_s);
    m_refresh->setIcon(icons::icon(icons::Icon::Refresh, pal.color(QPalette::ButtonText)));
    m_refresh->setText(u"&Refresh"_s);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(QCoreApplication::translate("ConnectClientsPage", "Look at every client's config file again"));
    m_refresh->setAccessibleName(QCoreApplication::translate("ConnectClientsPage", "Refresh client status"));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &ConnectClientsPage::refresh);
    m_missingNote->setWordWrap(true);
    m_missingNote->setPalette(muted);
    m_missingNote->setText(QCoreApplication::translate("ConnectClientsPage", "Connecting one of these creates its config file, ready for when you install it."));
    m_unavailable->setPalette(muted);
    m_unavailable->hide();
    m_foundTitle->hide();
    m_missingTitle->hide();
    m_missingNote->hide();

    // The intro on its own line (it wraps); the summary and Refresh under it, so a narrow
    // page never squeezes the button.
    auto *status = new QHBoxLayout;
    status->setSpacing(12);
    status->addWidget(m_summary, 1);
    status->addWidget(m_refresh);
    auto *head = new QVBoxLayout;
    head->setSpacing(6);
    head->addWidget(m_intro);
    head->addLayout(status);

    auto *col = new QVBoxLayout(m_body);
    col->setContentsMargins(2, 2, 10, 12);
    col->setSpacing(8);
    col->addLayout(head);
    col->addWidget(m_compat);
    col->addSpacing(6);
    col->addWidget(m_unavailable);
    m_list->setSpacing(8);
    col->addLayout(m_list);
    col->addStretch(1);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    setProfile({});
}

void ConnectClientsPage::setService(ClientConfigService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    qDeleteAll(m_cards);
    m_cards.clear();
    m_ordered.clear();
    if (!service) {
        m_unavailable->show();
        return;
    }
    m_unavailable->hide();
    connect(service, &ClientConfigService::filesChanged, this, [this](const QString &client) {
        if (ClientCard *c = card(client))
            c->refresh();
    });
    connect(service, &ClientConfigService::driftDetected, this, &ConnectClientsPage::onDrift);
    buildCards();
    refresh();
}

void ConnectClientsPage::buildCards()
{
    for (const ClientAdapter *a : allClientAdapters()) {
        auto *c = new ClientCard(m_service, a->id(), a->displayName(), m_body);
        c->setProfile(m_profile);
        connect(c, &ClientCard::stateChanged, this, [this] {
            arrange();
            updateSummary();
        });
        connect(c, &ClientCard::focusNeighbour, this, [this, c](int delta) { moveFocus(c, delta); });
        connect(c, &ClientCard::connectStarted, this, [this](const QString &id) { Q_EMIT connectRequested(id, m_profile); });
        m_cards.append(c);
    }
    arrange();
}

void ConnectClientsPage::setProfile(const ServerProfile &profile)
{
    const bool changed = profile.name != m_profile.name || profile.url != m_profile.url || profile.auth != m_profile.auth
                      || profile.headerNames != m_profile.headerNames || profile.command != m_profile.command
                      || profile.args != m_profile.args || profile.transport != m_profile.transport;
    m_profile = profile;
    const QString name = profile.name.toHtmlEscaped();
    m_intro->setText(profile.name.isEmpty()
                         ? tr("Add this server to your AI clients.")
                         : tr("Add <b>%1</b> to your AI clients. MCP Connect edits each client's config file for you: only the "
                           "<b>%1</b> entry changes, you see the change first, a backup is kept, and it tells you when a "
                           "client needs a restart.").arg(name));
    if (changed)
        for (ClientCard *c : std::as_const(m_cards))
            c->setProfile(profile);
    if (changed)
        m_sinceRefresh.start();
    if (changed)
        checkCompatibility();
}

void ConnectClientsPage::setCompatServices(http::HttpClient *http, SecretStore *secrets)
{
    m_http = http;
    m_secrets = secrets;
    checkCompatibility();
}

void ConnectClientsPage::checkCompatibility()
{
    m_compat->setVisible(m_http && !m_profile.name.isEmpty());
    if (!m_http || m_profile.name.isEmpty())
        return;
    m_compat->setChecking();
    auto *run = new compat::CompatRun(m_profile, m_http, m_secrets, this);
    const QString name = m_profile.name;
    connect(run, &compat::CompatRun::finished, this, [this, run, name] {
        run->deleteLater();
        if (name != m_profile.name)
            return; // another server was selected meanwhile
        if (run->ok())
            m_compat->setReports(run->reports());
        else
            m_compat->setError(run->error().kind == ErrorKind::Auth ? tr("sign in to this server first.") : run->error().message);
    });
    run->start();
}

void ConnectClientsPage::refresh()
{
    if (!m_service)
        return;
    m_sinceRefresh.start();
    for (ClientCard *c : std::as_const(m_cards))
        c->refresh();
    m_service->refreshWatcher();
}

QList<ClientCard *> ConnectClientsPage::cards() const
{
    return m_ordered;
}

ClientCard *ConnectClientsPage::card(const QString &clientId) const
{
    for (ClientCard *c : m_cards)
        if (c->clientId() == clientId)
            return c;
    return nullptr;
}

void ConnectClientsPage::focusClient(const QString &clientId)
{
    if (ClientCard *c = card(clientId)) {
        // Cards made a moment ago are shown by their layout only on the next event-loop
        // turn, and a hidden widget cannot take the focus.
        if (isVisible() && !c->isVisible())
            c->show();
        m_scroll->ensureWidgetVisible(c, 0, 24);
        c->setFocus(Qt::OtherFocusReason);
    }
}

void ConnectClientsPage::reconnect(const QString &clientId)
{
    focusClient(clientId);
    if (ClientCard *c = card(clientId))
        c->preview(PreviewDialog::Kind::Connect);
}

void ConnectClientsPage::arrange()
{
    // Clients found on this computer first, each group in the engine's order. Until the
    // first answers arrive, everything counts as found (no jumping from "missing").
    QList<ClientCard *> found, missing;
    for (ClientCard *c : std::as_const(m_cards))
        (c->state() && !c->isInstalled() ? missing : found).append(c);
    const QList<ClientCard *> ordered = found + missing;
    if (ordered == m_ordered && found.size() == m_foundCount && m_list->count() > 0)
        return;
    m_ordered = ordered;
    m_foundCount = int(found.size());
    while (m_list->count() > 0)
        delete m_list->takeAt(0);
    const bool split = !missing.isEmpty() && !found.isEmpty();
    m_foundTitle->setText(tr("On this computer · %1").arg(found.size()));
    m_missingTitle->setText(tr("Not found on this computer · %1").arg(missing.size()));
    m_foundTitle->setVisible(split);
    m_missingTitle->setVisible(!missing.isEmpty());
    m_missingNote->setVisible(!missing.isEmpty());
    if (split)
        m_list->addWidget(m_foundTitle);
    for (ClientCard *c : std::as_const(found))
        m_list->addWidget(c);
    if (!missing.isEmpty()) {
        if (split)
            m_list->addSpacing(10);
        m_list->addWidget(m_missingTitle);
        m_list->addWidget(m_missingNote);
        for (ClientCard *c : std::as_const(missing))
            m_list->addWidget(c);
    }
    // Tab follows what the eye sees: card, its button, its menu, next card.
    QWidget *prev = m_refresh;
    for (ClientCard *c : std::as_const(m_ordered)) {
        setTabOrder(prev, c);
        setTabOrder(c, c->primaryButton());
        setTabOrder(c->primaryButton(), c->moreButton());
        prev = c->moreButton();
    }
}

void ConnectClientsPage::updateSummary()
{
    int connected = 0, found = 0, attention = 0;
    for (ClientCard *c : std::as_const(m_cards)) {
        connected += c->isConnected();
        found += c->isInstalled();
        if (const auto &s = c->state(); s && (s->status.problem || s->error || s->status.state == EntryState::Missing
                                              || s->status.state == EntryState::EditedByHand))
            ++attention;
    }
    QString text = tr("%1 of %2 connected").arg(connected).arg(m_cards.size());
    if (attention)
        text += tr(" · %1 need%2 attention").arg(attention).arg(attention == 1 ? u"s"_s : QString());
    m_summary->setText(text);
    m_summary->setToolTip(tr("%1 clients found on this computer").arg(found));
}

void ConnectClientsPage::onDrift(const DriftReport &report)
{
    // The entry may have another name in that client than the server has here.
    if (ClientCard *c = card(report.client); c && c->entryName() == report.name)
        c->showDrift(report);
    updateSummary();
}

void ConnectClientsPage::moveFocus(ClientCard *from, int delta)
{
    const qsizetype i = m_ordered.indexOf(from);
    if (i < 0)
        return;
    const qsizetype j = qBound(qsizetype(0), i + delta, m_ordered.size() - 1);
    m_scroll->ensureWidgetVisible(m_ordered[j], 0, 16);
    m_ordered[j]->setFocus(Qt::TabFocusReason);
}

void ConnectClientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_watchingWindow && window()) {
        window()->installEventFilter(this);
        m_watchingWindow = true;
    }
    // Outside changes (the CLI, an editor) since the page was last looked at.
    if (m_service && (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() > 2000))
        refresh();
}

bool ConnectClientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::WindowActivate && isVisible() && m_service
        && (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() > 2000))
        refresh();
    return QWidget::eventFilter(watched, event);
}

} // namespace mcpc::ui
