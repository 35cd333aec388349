#include "serverview/serverpage.h"

#include "clients/connectclientspage.h"
#include "log/connectionlog.h"
#include "log/logview.h"
#include "monitor/serverchecker.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/toolstab.h"
#include "style/theme.h"
#include "tools/toolcallpanel.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mcpc::ui {

ServerPage::ServerPage(ServerChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_header(new ServerHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_tools(new ToolsTab(this))
    , m_clients(new ConnectClientsPage(this))
    , m_log(new ConnectionLog(this))
    , m_logView(new LogView(m_log, this))
{
    const QColor fg = palette().color(QPalette::WindowText);
    m_tabs->setDocumentMode(true);
    // Every tab title readable: the page is never narrower than the tab bar.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(m_overview, icons::icon(icons::Icon::Overview, fg), QCoreApplication::translate("ServerPage", "Overview"));
    m_tabs->addTab(m_tools, icons::icon(icons::Icon::Tools, fg), QCoreApplication::translate("ServerPage", "Tools"));
    m_tabs->addTab(m_clients, icons::icon(icons::Icon::Plug, fg), QCoreApplication::translate("ServerPage", "Connect clients"));
    m_tabs->addTab(m_logView, icons::icon(icons::Icon::Log, fg), QCoreApplication::translate("ServerPage", "Log"));
    m_tabs->setTabToolTip(OverviewIndex, QCoreApplication::translate("ServerPage", "User data and server facts (Ctrl+1)"));
    m_tabs->setTabToolTip(ToolsIndex, QCoreApplication::translate("ServerPage", "Browse and run tools (Ctrl+2)"));
    m_tabs->setTabToolTip(ClientsIndex, QCoreApplication::translate("ServerPage", "Add this server to Cursor, VS Code, Claude… (Ctrl+3)"));
    m_tabs->setTabToolTip(LogIndex, QCoreApplication::translate("ServerPage", "JSON-RPC traffic and diagnostics (Ctrl+4)"));
    for (QWidget *tab : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_tools), static_cast<QWidget *>(m_clients),
                         static_cast<QWidget *>(m_logView)})
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

    connect(checker, &ServerChecker::statusChanged, this, &ServerPage::onStatus);
    connect(checker, &ServerChecker::toolsChanged, this, [this](const QList<Tool> &tools) {
        m_tools->setTools(tools);
        m_overview->setTools(tools);
    });
    connect(checker, &ServerChecker::clientChanged, this, [this](McpClient *client) {
        m_log->attach(client);
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
    m_tools->setClient(checker->client());
    m_overview->setClient(checker->client());
    if (checker->client()) {
        m_tools->setTools(checker->tools());
        m_overview->setTools(checker->tools());
    }
    onStatus(checker->status());
}

void ServerPage::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_header->setProfile(profile);
    m_overview->setProfile(profile);
    m_clients->setProfile(profile);
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
    m_tools->focusSearch();
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
