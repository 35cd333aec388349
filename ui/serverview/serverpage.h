#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

#include "monitor/serverchecker.h"

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

    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const { return m_profile; }
    void setSignInAvailable(bool available);
    void showTab(Tab tab);
    void focusToolSearch();
    void runCurrentTool();

    ServerChecker *checker() const { return m_checker; }
    ServerHeader *header() const { return m_header; }
    OverviewTab *overview() const { return m_overview; }
    ToolsTab *tools() const { return m_tools; }
    ConnectClientsPage *clientsPage() const { return m_clients; }
    ConnectionLog *log() const { return m_log; }
    LogView *logView() const { return m_logView; }
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
    ToolsTab *m_tools;
    ConnectClientsPage *m_clients;
    ConnectionLog *m_log;
    LogView *m_logView;
};

} // namespace mcpc::ui
