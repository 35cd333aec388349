#pragma once

#include "jsonrpc/message.h"
#include "protocol/modernheaders.h"
#include "protocol/protocolera.h"
#include "protocol/types.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <nlohmann/json.hpp>

class QTimer;

namespace mcpc {

class InputProvider;
class RpcCall;
class Transport;

struct ClientOptions
{
    QString clientName = QStringLiteral("mcp-connect");
    QString clientTitle = QStringLiteral("MCP Connect");
    QString clientVersion = QStringLiteral(MCPC_VERSION);
    int requestTimeoutMs = 60000;     // per request; progress may extend it...
    int maxTotalTimeoutMs = 600000;   // ...up to this hard cap
    int initializeTimeoutMs = 30000;
    qsizetype maxMessageBytes = 32 * 1024 * 1024;
    // Era detection: Auto probes (server/discover, a modern request) and falls back to
    // initialize; Modern never falls back; Legacy only uses initialize.
    EraPreference eraPreference = EraPreference::Auto;
    EraHint cachedEra;                 // what an earlier run found; skips the probe
    QString offerVersion;              // modern version to offer first; empty = newest we speak
    int stdioProbeTimeoutMs = 10000;   // a legacy stdio server may never answer the probe
    // Log messages to ask for: modern, per request in _meta; legacy, logging/setLevel
    // after initialize (when the server offers logging). Empty = none asked for.
    QString logLevel;
    // Answers a 2025-era server's elicitation/create (form mode); with one, initialize
    // declares the elicitation capability. Not owned; must outlive the client.
    InputProvider *inputProvider = nullptr;
};

// The syslog levels MCP logging uses, lowest first ("debug" ... "emergency").
const QStringList &logLevels();

struct CallOptions
{
    int timeoutMs = 0;                 // 0: ClientOptions::requestTimeoutMs
    bool wantProgress = false;         // adds _meta.progressToken
    bool resetTimeoutOnProgress = true;
    // Modern era: declare the Tasks extension on this request, so the server may answer
    // with a task (resultType "task"). Only for callers that poll it (InputRequiredLoop).
    bool acceptsTasks = false;
};

// The MCP client engine for one server connection: JSON-RPC ids (never reused), the
// initialize handshake and version negotiation, request timeouts and cancellation,
// server->client requests (ping answered, anything else -32601), notifications, and
// a single re-initialize-and-replay when the server forgets our session.
class McpClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Ready, Closing, Closed, Failed };
    Q_ENUM(State)

    // Takes ownership of the transport.
    explicit McpClient(Transport *transport, ClientOptions options = {}, QObject *parent = nullptr);
    ~McpClient() override;

    void connectToServer(); // -> ready() or connectFailed()
    // Requests made before ready() wait for the handshake.
    RpcCall *call(const QString &method, nlohmann::json params = nullptr, CallOptions options = {});
    void notify(const QString &method, nlohmann::json params = nullptr);
    void cancel(RpcCall *call, const QString &reason);
    void close(); // -> closed()

    State state() const { return m_state; }
    const ServerInfo &serverInfo() const { return m_server; }
    Transport *transport() const { return m_transport; }
    int reinitializeCount() const { return m_reinitCount; }
    ProtocolEra era() const { return m_era; }
    InputProvider *inputProvider() const { return m_options.inputProvider; } // may be null
    // The x-mcp-header annotations of a listed tool (modern era), for the Mcp-Param headers.
    void setToolHeaders(const QString &tool, const QList<modern::HeaderParam> &params) { m_toolHeaders.insert(tool, params); }

Q_SIGNALS:
    void ready();
    void connectFailed(const mcpc::Error &error);
    void failed(const mcpc::Error &error);  // after ready(): the connection died
    void closed();
    void notificationReceived(const QString &method, const nlohmann::json &params);
    void toolsListChanged();
    void resourcesListChanged();
    void promptsListChanged();
    void logMessage(const QString &level, const QString &text);
    void diagnostic(const QString &line);   // transport notes and server stderr
    // Something the user should see even without verbose logging (e.g. a tool left out
    // because its x-mcp-header annotations are invalid).
    void warning(const QString &line);
    // Detection settled the era (first contact, a re-probe, or a fallback): worth caching.
    void eraDetected(const mcpc::EraHint &hint);
    void traffic(bool outgoing, const QByteArray &frame);
    // A server's elicitation/create could not be answered (nobody to ask, a form we
    // cannot show): the server got an error; a command may want to exit with this.
    void inputFailed(const mcpc::Error &error);

private:
    enum SendKind { SendRequest = 0, SendNotification = 1, SendResponse = 2 }; // sendRaw's kind

    struct Pending
    {
        QPointer<RpcCall> call;
        std::string method;
        nlohmann::json params;
        CallOptions options;
        QTimer *timer = nullptr;
        QElapsedTimer started;
        bool replayed = false;
        bool isInitialize = false;
        bool isProbe = false;          // server/discover sent to detect the era
        QByteArray progressToken;
    };

    void onOpened();
    // Legacy era: initialize, and re-initialize when the session expires (mcpclientlegacy.cpp).
    void sendInitialize();
    // Modern era (mcpclientmodern.cpp).
    void sendProbe(const QString &version);
    void onProbeFinished(RpcCall *call);
    void becomeModern(const QString &version, bool fromCache);
    void fallBackToLegacy(const Error &why);
    void failConnecting(const Error &error);
    void settle(const EraHint &hint);
    void replayAfterReconnect();
    // Removes a request in flight so it can be sent again under a new id.
    Pending takeForResend(QHash<QByteArray, Pending>::iterator it);
    bool reprobeIfCacheStale(const QByteArray &idKey, const Error &error);
    bool retryUnsupportedVersion(const QByteArray &idKey, const nlohmann::json &errorData);
    nlohmann::json withModernMeta(nlohmann::json params, bool acceptsTasks = false) const;
    modern::HeaderList modernHeaders(const std::string &method, const nlohmann::json &params) const;
    void filterToolList(nlohmann::json &result);
    void onStreamLost(const QByteArray &idKey);
    void onInitializeFinished(RpcCall *call);
    void becomeLegacyReady();
    // Legacy era, --log-level: logging/setLevel before ready() (mcpclientlogging.cpp).
    void sendLogLevel();
    void onFrame(const QByteArray &frame);
    void handleResponse(const jsonrpc::Message &m);
    void handleServerRequest(const jsonrpc::Message &m);
    void answerElicitation(const jsonrpc::Message &m); // mcpclientinput.cpp
    void handleNotification(const jsonrpc::Message &m);
    void onRequestFailed(const QByteArray &idKey, const Error &error);
    void onSessionExpired(const QByteArray &idKey);
    void onTransportFailed(const Error &error);
    void onTransportClosed();
    void send(RpcCall *call, Pending pending);
    void start(RpcCall *call, Pending pending);
    void onTimeout(const QByteArray &idKey);
    void onAuthorizationPending(bool waiting);
    int timeoutFor(const Pending &p) const; // the call's own timeout, else the client's default
    void finishPending(const QByteArray &idKey);
    void failAll(const Error &error);
    void sendRaw(const nlohmann::json &message, int kind, const QByteArray &idKey = {}, bool isInitialize = false);
    void flushQueued();

    Transport *m_transport;
    ClientOptions m_options;
    State m_state = State::Idle;
    ServerInfo m_server;
    qint64 m_nextId = 1;
    QHash<QByteArray, Pending> m_pending;            // idKey -> request in flight
    bool m_authorizationPending = false;             // a sign-in holds every request's clock
    QHash<QByteArray, QByteArray> m_progressTokens;  // token -> idKey
    QList<QPair<QPointer<RpcCall>, Pending>> m_queued; // made before ready / during re-init
    QList<QByteArray> m_replay;                      // idKeys waiting for a fresh session
    bool m_reinitializing = false;
    int m_reinitCount = 0;
    ProtocolEra m_era = ProtocolEra::Unknown;
    QString m_modernVersion;          // the version modern requests carry
    bool m_probeRetried = false;      // one retry after UnsupportedProtocolVersion
    bool m_eraFromCache = false;      // no request has confirmed the cached era yet
    bool m_reprobed = false;          // re-probe at most once per connection
    bool m_triedModernAfterInit = false;
    QHash<QString, QList<modern::HeaderParam>> m_toolHeaders;
};

} // namespace mcpc
