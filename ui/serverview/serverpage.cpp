#include "serverview/serverpage.h"

#include "clients/connectclientspage.h"
#include "log/connectionlog.h"
#include "log/logview.h"
#include "monitor/serverchecker.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/toolstab.h"
#include "style/theme.h"
#include "tools/loadpanel.h"
#include "tools/toolcallpanel.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

// A tab's place, added to the tab widget while empty; its content is made inside it later.
QWidget *makeSlot(QWidget *parent)
{
    auto *slot = new QWidget(parent);
    auto *layout = new QVBoxLayout(slot);
    layout->setContentsMargins(0, 0, 0, 0);
    return slot;
}

// Made as a child of its slot (already in the tab widget), not moved in: with the app's
// style sheet, moving a widget restyles its whole subtree.
void fillSlot(QWidget *slot, QWidget *content)
{
    slot->layout()->addWidget(content);
    if (slot->isVisible())
        content->show(); // a child made after its parent was shown stays hidden otherwise
}

} // namespace

ServerPage::ServerPage(ServerChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_header(new ServerHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_clients(new ConnectClientsPage(this))
    , m_log(new ConnectionLog(this))
    , m_toolsSlot(makeSlot(this))
    , m_logSlot(makeSlot(this))
{
    const QColor fg = palette().color(QPalette::WindowText);
    m_tabs->setDocumentMode(true);
    // Every tab title readable: the page is never narrower than the tab bar.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(m_overview, icons::icon(icons::Icon::Overview, fg), QCoreApplication::translate("ServerPage", "Overview"));
    m_tabs->addTab(m_toolsSlot, icons::icon(icons::Icon::Tools, fg), QCoreApplication::translate("ServerPage", "Tools"));
    m_tabs->addTab(m_clients, icons::icon(icons::Icon::Plug, fg), QCoreApplication::translate("ServerPage", "Connect clients"));
    m_tabs->addTab(m_logSlot, icons::icon(icons::Icon::Log, fg), QCoreApplication::translate("ServerPage", "Log"));
    m_tabs->setTabToolTip(OverviewIndex, QCoreApplication::translate("ServerPage", "User data and server facts (Ctrl+1)"));
    m_tabs->setTabToolTip(ToolsIndex, QCoreApplication::translate("ServerPage", "Browse and run tools (Ctrl+2)"));
    m_tabs->setTabToolTip(ClientsIndex, QCoreApplication::translate("ServerPage", "Add this server to Cursor, VS Code, Claude… (Ctrl+3)"));
    m_tabs->setTabToolTip(LogIndex, QCoreApplication::translate("ServerPage", "JSON-RPC traffic and diagnostics (Ctrl+4)"));
    for (QWidget *tab : {static_cast<QWidget *>(m_overview), m_toolsSlot, static_cast<QWidget *>(m_clients), m_logSlot})
        tab->setContentsMargins(0, 12, 0, 0);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(24, 18, 24, 16);
    col->setSpacing(14);
    col->addWidget(m_header);
    col->addWidget(m_tabs, 1);

    connect(m_header, &ServerHeader::checkNowRequested, checker, &ServerChecker::checkNow);
    connect(m_header, &ServerHeader::signInRequested, this, [this] { Q_EMIT signInRequested(m_profile); });
    connect(m_header, &ServerHeader::editRequested, this, [this] { Q_EMIT editRequested(m_profile.name); });
    connect(m_overview, &OverviewTab::userDataShown, this, [this] { Q_EMIT userDataShown(m_profile.name); });

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ToolsIndex)
            tools();
        else if (index == LogIndex)
            logView();
    });

    connect(checker, &ServerChecker::statusChanged, this, &ServerPage::onStatus);
    connect(checker, &ServerChecker::toolsChanged, this, [this](const QList<Tool> &tools) {
        if (m_tools)
            m_tools->setTools(tools);
        m_overview->setTools(tools);
    });
    connect(checker, &ServerChecker::clientChanged, this, [this](McpClient *client) {
        m_log->attach(client);
        if (m_tools)
            m_tools->setClient(client);
        m_overview->setClient(client);
    });
    connect(checker, &ServerChecker::connectionStarted, m_log, [this](McpClient *client) {
        m_log->add(ConnectionLog::Kind::Status, QCoreApplication::translate("ServerPage", "Connecting to %1").arg(m_profile.target()));
        m_log->attach(client);
    });
    connect(checker, &ServerChecker::diagnostic, m_log, [this](const QString &line) {
        m_log->add(ConnectionLog::Kind::Diagnostic, line);
    });

    // Catch up with what the checker knew before this page existed.
    setProfile(checker->profile());
    m_log->attach(checker->client());
    m_overview->setClient(checker->client());
    if (checker->client())
        m_overview->setTools(checker->tools());
    onStatus(checker->status());
}

void ServerPage::setLoadHttpClient(http::HttpClient *http)
{
    m_loadHttp = http;
    if (m_tools)
        m_tools->loadPanel()->setHttpClient(http);
}

ToolsTab *ServerPage::tools()
{
    if (m_tools)
        return m_tools;
    m_tools = new ToolsTab(m_toolsSlot);
    // Catch up with what the checker knows, as the page itself did when it was made.
    m_tools->setTarget(m_profile.url, !m_profile.isHttp());
    if (m_loadHttp)
        m_tools->loadPanel()->setHttpClient(m_loadHttp);
    if (m_checker) {
        m_tools->setClient(m_checker->client());
        if (m_checker->client())
            m_tools->setTools(m_checker->tools());
    }
    fillSlot(m_toolsSlot, m_tools);
    return m_tools;
}

LogView *ServerPage::logView()
{
    if (m_logView)
        return m_logView;
    m_logView = new LogView(m_log, m_logSlot);
    fillSlot(m_logSlot, m_logView);
    // Opened for the first time, the log shows its latest entries, as a view that had
    // followed them all along would.
    QMetaObject::invokeMethod(m_logView->table(), &QTableView::scrollToBottom, Qt::QueuedConnection);
    return m_logView;
}

void ServerPage::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_header->setProfile(profile);
    m_overview->setProfile(profile);
    m_clients->setProfile(profile);
    if (m_tools)
        m_tools->setTarget(profile.url, !profile.isHttp());
}

void ServerPage::setSignInAvailable(bool available)
{
    m_header->setSignInAvailable(available);
}

void ServerPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ServerPage::focusToolSearch()
{
    showTab(ToolsIndex);
    tools()->focusSearch();
}

void ServerPage::runCurrentTool()
{
    if (m_tabs->currentIndex() == ToolsIndex)
        m_tools->callPanel()->run();
}

void ServerPage::onStatus(const ServerStatus &status)
{
    m_header->setStatus(status);
    m_overview->setStatus(status);
    if (status.state != m_lastLoggedState && !status.checking) {
        m_lastLoggedState = status.state;
        QString line = statusHeadline(status);
        if (status.lastError && !status.lastError->hint.isEmpty())
            line += QStringLiteral(" (") + status.lastError->hint + QLatin1Char(')');
        m_log->add(ConnectionLog::Kind::Status, line);
    }
}

} // namespace mcpc::ui
