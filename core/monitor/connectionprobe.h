#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>


namespace mcpc {

namespace http {
class HttpClient;
}

class McpClient;
class SecretStore;
class StaticHeaderAuthenticator;

// "Test connection" for a profile that may not be saved yet: connect, ping, list tools,
// say goodbye. One finished(); then result() holds Up/Degraded/Down/NeedsLogin with the
// same fields and wording as the status monitor.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    ConnectionProbe(ServerProfile profile, http::HttpClient *network, SecretStore *secrets,
                    QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Header values typed in the dialog, used instead of the keychain's (not saved).
    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start();
    void cancel(); // finishes at once with a Cancelled error
    bool isFinished() const { return m_done; }
    const ServerStatus &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onConnected();
    void listTools();
    void done(ServerStatus status);

    ServerProfile m_profile;
    http::HttpClient *m_network;
    SecretStore *m_secrets;
    StaticHeaderAuthenticator *m_headerAuth = nullptr;
    QPointer<McpClient> m_client;
    QElapsedTimer m_clock;
    ServerStatus m_result;
    int m_timeoutMs = 15000;
    bool m_done = false;
};

} // namespace mcpc
