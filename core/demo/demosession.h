#pragma once

#include "demo/democlientrequests.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QString>

namespace mcpc::http {
class HttpStream;
}

namespace mcpc::demo {

class DemoToolCall;

// State of one MCP session (one Mcp-Session-Id): the negotiated version, the standalone
// GET stream for server notifications, the log level and the calls still running (so
// notifications/cancelled and session end can stop them).
class DemoSession : public QObject
{
    Q_OBJECT
public:
    DemoSession(const QString &id, const QString &protocolVersion, QObject *parent = nullptr);
    ~DemoSession() override;

    QString id() const { return m_id; }
    QString protocolVersion() const { return m_version; }
    bool isInitialized() const { return m_initialized; }
    void setInitialized() { m_initialized = true; }

    void touch() { m_lastSeen.start(); }
    qint64 idleMs() const { return m_lastSeen.elapsed(); }

    // logging/setLevel: messages below the level are not sent.
    bool setLogLevel(const QString &level); // false for an unknown level
    bool logAllowed(const QString &level) const;
    // Position in the RFC 5424 list (debug = 0 ... emergency = 7); -1 for an unknown level.
    static int levelRank(const QString &level);

    // Event ids are unique within the session, across all its streams.
    QByteArray nextEventId();

    bool hasStandaloneStream() const;
    void setStandaloneStream(http::HttpStream *stream);
    bool sendOnStandalone(const nlohmann::json &message); // false when no stream is open
    void keepAlive();                                      // SSE comment on the GET stream

    void track(const nlohmann::json &requestId, DemoToolCall *call);
    bool cancel(const nlohmann::json &requestId);
    int runningCalls() const;

    // What the client declared in initialize (sampling, elicitation, roots, ...).
    void setClientCapabilities(const nlohmann::json &capabilities) { m_clientCapabilities = capabilities; }
    QStringList clientCapabilities() const;
    // Requests we send to the client (answered by its POSTs) and resources/subscribe.
    DemoClientRequests &clientRequests() { return m_clientRequests; }
    QSet<QString> &subscriptions() { return m_subscriptions; }

    void end(); // closes the stream and cancels every call; the server then deletes us

private:
    QString m_id;
    QString m_version;
    bool m_initialized = false;
    QElapsedTimer m_lastSeen;
    int m_logLevel = 1; // index into the RFC 5424 level list: "info"
    quint64 m_eventCounter = 0;
    QPointer<http::HttpStream> m_stream;
    QHash<QString, QPointer<DemoToolCall>> m_calls; // key: request id as JSON text
    nlohmann::json m_clientCapabilities;
    DemoClientRequests m_clientRequests;
    QSet<QString> m_subscriptions;
};

} // namespace mcpc::demo
