#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QObject>
#include <QString>

namespace mcpc {

// One JSON-RPC message on its way out, with what the transport needs to know about it.
struct OutgoingMessage
{
    enum class Kind { Request, Notification, Response };
    QByteArray body;
    Kind kind = Kind::Request;
    QByteArray idKey;        // jsonrpc::idKey() of a request's id
    bool isInitialize = false;
    // Modern era (2026-07-28+): no session, the version travels with each request, and
    // the HTTP binding mirrors method/name/parameters into headers (Mcp-Method...).
    bool modern = false;
    QByteArray protocolVersion;
    QList<QPair<QByteArray, QByteArray>> headers; // already encoded; ignored off HTTP
};

// Moves JSON-RPC messages between us and one server. Implementations: Streamable HTTP,
// legacy HTTP+SSE, stdio. Messages are raw frames; McpClient parses them.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    // Prepares the connection (spawns the process, opens the legacy SSE stream...).
    // Emits opened() or failed().
    virtual void open() = 0;
    virtual void send(const OutgoingMessage &message) = 0;
    // Ends the session politely (HTTP DELETE, closing stdin...) and emits closed().
    virtual void close() = 0;

    // Lifecycle hooks from the client.
    virtual void setNegotiatedVersion(const QString &version) { Q_UNUSED(version) }
    virtual void initialized() {}   // e.g. start the optional GET stream
    virtual void resetSession() {}  // forget the session before re-initializing
    // The client matched a response to this request: its stream needs no resuming.
    virtual void responseArrived(const QByteArray &idKey) { Q_UNUSED(idKey) }
    // The client gave up on this request (timeout, cancel): drop its stream.
    virtual void abandon(const QByteArray &idKey) { Q_UNUSED(idKey) }

    virtual QString describe() const = 0; // "Streamable HTTP", "stdio (npx ...)"
    // HTTP: closing a request's stream cancels it (no notifications/cancelled in the
    // modern era). stdio has no per-request stream.
    virtual bool isHttp() const { return false; }

    void setMaxMessageBytes(qsizetype bytes) { m_maxMessageBytes = bytes; }
    qsizetype maxMessageBytes() const { return m_maxMessageBytes; }

Q_SIGNALS:
    void opened();
    void messageReceived(const QByteArray &frame);
    // A request could not be delivered or its reply stream died without a response.
    void requestFailed(const QByteArray &idKey, const mcpc::Error &error);
    // The server no longer knows our session (HTTP 404, or the 400 some servers send).
    void sessionExpired(const QByteArray &idKey);
    // Modern era: a request's response stream broke before its answer. Streams are not
    // resumable any more; the client re-issues the request under a new id.
    void streamLost(const QByteArray &idKey);
    // The transport is unusable (process exited, connection lost for good).
    void failed(const mcpc::Error &error);
    void closed();
    // Lines for the log view: a stdio server's stderr, HTTP notes. Never secrets.
    void diagnostic(const QString &line);
    // true while requests wait for a sign-in (discovery, the person at the consent page,
    // the token exchange). Request timeouts must not run meanwhile: a person may take
    // minutes, and the sign-in has its own timeout.
    void authorizationPending(bool waiting);

private:
    qsizetype m_maxMessageBytes = 32 * 1024 * 1024;
};

} // namespace mcpc
