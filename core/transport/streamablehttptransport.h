#pragma once

#include "transport/httpcommon.h"
#include "transport/transport.h"

#include <QPointer>
#include <QUrl>

#include <map>
#include <memory>

namespace mcpc {

class HttpAuthenticator;
struct AuthChallenge;
class NotificationStream;
class SseParser;
namespace http {
class HttpClient;
}

// MCP Streamable HTTP (2025-03-26 .. 2025-11-25): one POST per message, JSON or SSE
// replies, Mcp-Session-Id and MCP-Protocol-Version headers, an optional standalone GET
// stream, resumption with Last-Event-ID after the server's retry delay, DELETE on close.
class StreamableHttpTransport : public Transport
{
    Q_OBJECT
public:
    StreamableHttpTransport(const QUrl &endpoint, http::HttpClient *client, QObject *parent = nullptr);
    ~StreamableHttpTransport() override;

    // Not owned; must outlive the transport or be cleared.
    void setAuthenticator(HttpAuthenticator *auth);
    // The standalone GET stream carries server notifications (tools/list_changed...).
    // One-shot CLI commands leave it off; the GUI and the monitor turn it on.
    void setStandaloneStreamEnabled(bool enabled) { m_standaloneEnabled = enabled; }
    // When on, a 400/404/405 to the very first POST emits fallbackSuggested() instead
    // of failing the request (the legacy HTTP+SSE detection; never on 401).
    void setFallbackDetection(bool enabled) { m_fallbackDetection = enabled; }

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    void setNegotiatedVersion(const QString &version) override { m_version = version.toLatin1(); }
    void initialized() override;
    void resetSession() override;
    void responseArrived(const QByteArray &idKey) override;
    void abandon(const QByteArray &idKey) override;
    QString describe() const override;
    bool isHttp() const override { return true; }

    bool hasSession() const { return !m_sessionId.isEmpty(); }

Q_SIGNALS:
    void fallbackSuggested(const OutgoingMessage &message, const mcpc::Error &reason);

private:
    struct Exchange;

    void dispatch(const OutgoingMessage &message, bool authRetried = false, int retriedAfterStatus = 0);
    void post(Exchange *ex);
    void resume(Exchange *ex);
    void watchReply(Exchange *ex);
    void onHeaders(Exchange *ex);
    void onData(Exchange *ex);
    void onFinished(Exchange *ex);
    void handleHttpError(Exchange *ex);
    void handleStreamEnd(Exchange *ex);
    bool deliverJsonRpcError(Exchange *ex);
    void feedSse(Exchange *ex, const QByteArray &bytes);
    void finishExchange(Exchange *ex);
    void failExchange(Exchange *ex, const Error &error);
    void askAuthenticator(Exchange *ex, const AuthChallenge &challenge);
    void onChallengeResolved(bool retry, const Error &error);
    void onAuthReady();
    http::HeaderList sessionHeaders(const QByteArray &accept, bool withVersion = true) const;
    void captureSessionId(const QByteArray &id, bool initialize);
    void stopNotificationStream();

    QUrl m_endpoint;
    http::HttpClient *m_client;
    QPointer<HttpAuthenticator> m_auth;
    QByteArray m_sessionId;   // a secret: never logged
    QByteArray m_version;
    bool m_standaloneEnabled = false;
    bool m_fallbackDetection = false;
    bool m_sentFirstPost = false;
    bool m_sawSuccess = false;   // a 2xx arrived: the endpoint speaks Streamable HTTP
    bool m_fellBackOnce = false;
    bool m_closing = false;

    std::map<quint64, std::unique_ptr<Exchange>> m_exchanges;
    quint64 m_nextSerial = 1;

    QList<quint64> m_waitingForAuth;
    bool m_authInProgress = false;
    QList<OutgoingMessage> m_heldForPrepare;
    bool m_preparing = false;

    NotificationStream *m_notifications = nullptr;
};

} // namespace mcpc
