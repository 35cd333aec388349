#pragma once

#include "transport/transport.h"

#include <QPointer>
#include <QUrl>

namespace mcpc {

namespace http {
class HttpClient;
}

class HttpAuthenticator;
class StreamableHttpTransport;
class LegacySseTransport;

// What users get for an http(s) URL: Streamable HTTP, and only when the very first POST
// is answered 400/404/405 (never 401: that means "sign in", not "old server") a switch
// to the legacy HTTP+SSE transport on the same URL, replaying the initialize request.
class AutoHttpTransport : public Transport
{
    Q_OBJECT
public:
    AutoHttpTransport(const QUrl &url, http::HttpClient *client, QObject *parent = nullptr);
    ~AutoHttpTransport() override;

    void setAuthenticator(HttpAuthenticator *auth);
    void setStandaloneStreamEnabled(bool enabled);

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    void setNegotiatedVersion(const QString &version) override;
    void initialized() override;
    void resetSession() override;
    void responseArrived(const QByteArray &idKey) override;
    void abandon(const QByteArray &idKey) override;
    QString describe() const override;
    bool isHttp() const override { return true; }

    bool usingLegacy() const { return m_legacy != nullptr; }

private:
    void forward(Transport *t);
    void fallBack(const OutgoingMessage &initialize, const Error &reason);
    Transport *active() const;

    QUrl m_url;
    http::HttpClient *m_client;
    QPointer<HttpAuthenticator> m_auth;
    StreamableHttpTransport *m_streamable = nullptr;
    LegacySseTransport *m_legacy = nullptr;
};

} // namespace mcpc
