#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

#include "monitor/serverchecker.h"

namespace mcpc::http {
class HttpClient;
}

namespace mcpc::ui {

class ConnectClientsPage;
class ConnectionLog;
class LogView;
class OverviewTab;
class ServerHeader;
class ToolsTab;

// Everything about one server: the header (name, URL, status, actions) over the
// Overview, Tools, Connect clients and Log tabs. Fed by the server's ServerChecker, whose
// live connection it shares for tool calls and the traffic log.
class ServerPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewIndex, ToolsIndex, ClientsIndex, LogIndex };

    ServerPage(ServerChecker *checker, QWidget *parent = nullptr);

    // The HTTP client a load run raises for its concurrency (handed to the Tools tab).
    void setLoadHttpClient(http::HttpClient *http);

    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const { return m_profile; }
    void setSignInAvailable(bool available);
    void showTab(Tab tab);
    void focusToolSearch();
    void runCurrentTool();

    ServerChecker *checker() const { return m_checker; }
    ServerHeader *header() const { return m_header; }
    OverviewTab *overview() const { return m_overview; }
    // The Tools and Log tabs are made when first opened (or asked for here): at start only
    // the Overview is seen, and making them was a third of the time to the first paint.
    ToolsTab *tools();
    ConnectClientsPage *clientsPage() const { return m_clients; }
    ConnectionLog *log() const { return m_log; }
    LogView *logView();
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void signInRequested(const mcpc::ServerProfile &profile);
    void editRequested(const QString &name);
    void userDataShown(const QString &name);

private:
    void onStatus(const ServerStatus &status);

    QPointer<ServerChecker> m_checker;
    ServerProfile m_profile;
    ServerStatus::State m_lastLoggedState = ServerStatus::State::Unknown;
    ServerHeader *m_header;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    ConnectClientsPage *m_clients;
    ConnectionLog *m_log;
    QWidget *m_toolsSlot; // in the tab widget from the start; the ToolsTab goes inside
    QWidget *m_logSlot;
    ToolsTab *m_tools = nullptr;
    LogView *m_logView = nullptr;
    http::HttpClient *m_loadHttp = nullptr;
};

} // namespace mcpc::ui
