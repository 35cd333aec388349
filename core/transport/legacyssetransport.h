#pragma once

#include "transport/transport.h"

#include <QPointer>
#include <QUrl>

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
class LegacySseTransport : public Transport
{
    Q_OBJECT
public:
    LegacySseTransport(const QUrl &sseUrl, http::HttpClient *client, QObject *parent = nullptr);
    ~LegacySseTransport() override;

    void setAuthenticator(HttpAuthenticator *auth) { m_auth = auth; }
    void setOpenTimeoutMs(int ms) { m_openTimeoutMs = ms; }

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    QString describe() const override;

    QUrl postEndpoint() const { return m_postUrl; }

private:
    void onStreamData();
    void onStreamFinished();
    void fail(const Error &error);

    QUrl m_sseUrl;
    QUrl m_postUrl;
    http::HttpClient *m_client;
    QPointer<HttpAuthenticator> m_auth;
    QPointer<http::ClientReply> m_stream;
    std::unique_ptr<SseParser> m_parser;
    QTimer *m_openTimer = nullptr;
    int m_openTimeoutMs = 15000;
    bool m_open = false;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace mcpc
