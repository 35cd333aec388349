#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

namespace mcpc {

// What a 401 or 403 from the MCP endpoint said, for the authenticator to act on.
struct AuthChallenge
{
    int httpStatus = 401;
    QList<QByteArray> wwwAuthenticate; // every WWW-Authenticate header value
    QUrl resourceUrl;                  // the MCP endpoint that answered
    QByteArray sentAuthorization;      // the refused request's Authorization header (empty: none); never logged
};

// Supplies request headers for an HTTP transport and reacts to 401/403 challenges.
// The OAuth engine implements this; so does the static-header mode. Asynchronous: after
// handleChallenge(), exactly one challengeResolved() follows.
class HttpAuthenticator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~HttpAuthenticator() override;

    // Headers to put on every request to the MCP server (e.g. Authorization).
    virtual QList<QPair<QByteArray, QByteArray>> headers() const = 0;
    // Tries to fix the credentials (refresh, sign in, step up). retry=false with an
    // error when it cannot; the transport then fails the waiting requests with it.
    virtual void handleChallenge(const AuthChallenge &challenge) = 0;
    // True when the credentials should be renewed before the next request (a token
    // about to expire). The transport then calls prepare() and holds its requests until
    // ready() is emitted.
    virtual bool needsPrepare() const { return false; }
    virtual void prepare();

Q_SIGNALS:
    void challengeResolved(bool retry, const mcpc::Error &error);
    void ready();
};

// Sends fixed headers (an API key, a pre-issued bearer token). A 401 cannot be fixed.
class StaticHeaderAuthenticator : public HttpAuthenticator
{
    Q_OBJECT
public:
    explicit StaticHeaderAuthenticator(QList<QPair<QByteArray, QByteArray>> headers, QObject *parent = nullptr);
    QList<QPair<QByteArray, QByteArray>> headers() const override { return m_headers; }
    void handleChallenge(const AuthChallenge &challenge) override;

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace mcpc
