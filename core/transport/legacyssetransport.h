#pragma once

#include "transport/transport.h"

#include <QPointer>
#include <QUrl>

#include <functional>

#include <memory>

class QTimer;

namespace mcpc {

class HttpAuthenticator;
class SseParser;
namespace http {
class ClientReply;
class HttpClient;
}

// The 2024-11-05 HTTP+SSE transport: GET the SSE URL, wait for the `endpoint` event,
// POST every message to that (same-origin) endpoint, read everything back from the
// stream. Kept for servers that predate Streamable HTTP.
// With an authenticator, a 401/403 on the stream GET or on a POST goes to it (sign in,
// refresh, step up) and the GET or POST is retried once, as Streamable HTTP does; a
// token about to expire is renewed before the next request.
class LegacySseTransport : public Transport
{
    Q_OBJECT
public:
    LegacySseTransport(const QUrl &sseUrl, http::HttpClient *client, QObject *parent = nullptr);
    ~LegacySseTransport() override;

    void setAuthenticator(HttpAuthenticator *auth);
    void setOpenTimeoutMs(int ms) { m_openTimeoutMs = ms; }

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    QString describe() const override;
    bool isHttp() const override { return true; }

    QUrl postEndpoint() const { return m_postUrl; }

private:
    using AuthWaiter = std::function<void(bool retry, const Error &error)>;

    void openStream();
    void post(const OutgoingMessage &message, int retriedAfterStatus);
    void onStreamData();
    void onStreamFinished();
    void askAuthenticator(int status, const QList<QByteArray> &challenges, const QUrl &url, AuthWaiter then);
    void onChallengeResolved(bool retry, const Error &error);
    void onAuthReady();
    Error authError(int status, const QByteArray &body, const QUrl &url, bool afterSignIn) const;
    void fail(const Error &error);

    QUrl m_sseUrl;
    QUrl m_postUrl;
    http::HttpClient *m_client;
    QPointer<HttpAuthenticator> m_auth;
    QPointer<http::ClientReply> m_stream;
    std::unique_ptr<SseParser> m_parser;
    QTimer *m_openTimer = nullptr;
    int m_openTimeoutMs = 15000;
    int m_streamRetriedAfter = 0;      // the status whose challenge the current GET retries
    bool m_authInProgress = false;
    QList<AuthWaiter> m_authWaiters;
    bool m_preparing = false;
    bool m_openAfterPrepare = false;
    QList<OutgoingMessage> m_heldForPrepare;
    bool m_open = false;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace mcpc
