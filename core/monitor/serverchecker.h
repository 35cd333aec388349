#pragma once

#include "monitor/monitoroptions.h"
#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"
#include "protocol/inputrouter.h"
#include "protocol/types.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace mcpc {

namespace http {
class HttpClient;
}

class HttpAuthenticator;
class ListOperation;
class McpClient;
class SecretStore;
class ServerConnector;

// Keeps one server's connection alive in the background and reports how it is doing.
// Connects (standalone GET stream on, so tools/list_changed arrives live), pings every
// pingIntervalMs, re-lists tools when the server says they changed, and after a failure
// drops the connection and retries with exponential backoff. The live McpClient is
// shared with the UI (tool calls, traffic log), so there is one connection per server.
class ServerChecker : public QObject
{
    Q_OBJECT
public:
    ServerChecker(ServerProfile profile, http::HttpClient *network, SecretStore *secrets,
                  MonitorOptions options = {}, QObject *parent = nullptr);
    ~ServerChecker() override;

    // Supplies the authenticator (not owned) for the profile as it is at each connection
    // attempt: the GUI's sign-in controller, so a checker never connects before its
    // stored sign-in is in place and an edited URL never gets another server's token.
    using AuthenticatorProvider = std::function<HttpAuthenticator *(const ServerProfile &)>;

    // The OAuth engine's authenticator for this profile (not owned); reconnects. With a
    // provider set, the provider's answer wins at the next connection attempt.
    void setAuthenticator(HttpAuthenticator *auth);
    void setAuthenticatorProvider(AuthenticatorProvider provider) { m_authProvider = std::move(provider); }
    // A changed profile (URL, transport, headers...): reconnects with it.
    void setProfile(const ServerProfile &profile);

    void start();    // connects now, then keeps checking
    void stop();     // closes the connection politely; no more checks until start()
    void checkNow(); // an immediate check (reconnects when down); no-op while one runs
    void reconnect();// drops the connection and connects afresh (after sign-in, edits)

    const ServerProfile &profile() const { return m_profile; }
    const ServerStatus &status() const { return m_status; }
    const QList<Tool> &tools() const { return m_tools; }
    McpClient *client() const; // the live connection, or nullptr
    // Answers a 2025-era server's elicitation/create on the live connection: declined
    // without asking anyone, unless a tool run attached its provider (InputRouter::of).
    InputRouter *inputRouter() { return &m_input; }
    bool isRunning() const { return m_running; }
    // Milliseconds until the next scheduled check, -1 if none is scheduled.
    int nextCheckDelayMs() const { return m_nextDelayMs; }

Q_SIGNALS:
    // Once for every change of status() (state, latency, error, check time...).
    void statusChanged(const mcpc::ServerStatus &status);
    void toolsChanged(const QList<mcpc::Tool> &tools);
    // A new live connection, or nullptr when it went away.
    void clientChanged(mcpc::McpClient *client);
    // A connection attempt's client, before its handshake: for logging the handshake.
    void connectionStarted(mcpc::McpClient *client);
    // Connection notes (transport fallbacks, stderr of stdio servers), for the log.
    void diagnostic(const QString &line);

private:
    void check(bool visible);
    void connectToServer();
    void onConnected(ServerConnector *connector);
    void ping();
    void listenForChanges();
    void listTools(bool partOfCheck);
    void succeed();
    ServerStatus liveStatus() const; // Up or Degraded, from what the live connection showed
    void fail(const Error &error, bool dropConnection);
    void dropClient();
    void schedule(int delayMs);
    void publish(ServerStatus next);

    ServerProfile m_profile;
    http::HttpClient *m_network;
    SecretStore *m_secrets;
    QPointer<HttpAuthenticator> m_auth;
    AuthenticatorProvider m_authProvider;
    MonitorOptions m_options;

    InputRouter m_input;          // before m_client: every client of ours points at it
    QPointer<McpClient> m_client;
    QPointer<ServerConnector> m_connector;
    QPointer<ListOperation> m_toolsOp;
    QTimer *m_timer;
    QElapsedTimer m_pingClock;
    EraHint m_eraHint;            // what detection found; reconnects skip the probe
    qint64 m_toolsTtlMs = -1;     // tools/list ttlMs (modern); -1: none given
    QElapsedTimer m_toolsListedAt;
    ServerStatus m_status;
    QList<Tool> m_tools;
    std::optional<Error> m_toolsError;
    std::optional<Error> m_pingError;
    int m_latencyMs = -1;
    bool m_toolsLoaded = false;
    bool m_relistAfterCheck = false;
    quint64 m_generation = 0; // bumps on reconnect/stop: late answers of old attempts are ignored
    int m_nextDelayMs = -1;
    bool m_running = false;
    bool m_checking = false;
};

} // namespace mcpc
