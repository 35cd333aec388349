#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace mcpc {
class SecretStore;
class StatusMonitor;
} // namespace mcpc

namespace mcpc::ui {

class ServerListModel;

// What the window's status bar says at all times: how many servers, how many up, down or
// waiting for a sign-in, and where secrets are kept (the keychain, or memory only).
class StatusSummary : public QObject
{
    Q_OBJECT
public:
    StatusSummary(QStatusBar *bar, ServerListModel *model, StatusMonitor *monitor, SecretStore *secrets);

    void update();
    QLabel *summaryLabel() const { return m_summary; }

private:
    ServerListModel *m_model;
    StatusMonitor *m_monitor;
    SecretStore *m_secrets;
    QLabel *m_summary;
    QLabel *m_secretsLabel;
};

} // namespace mcpc::ui
