#pragma once

#include "oauth/oauthtypes.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace mcpc::oauth {

class Clock;

// Where a token request goes and how the client authenticates there.
struct TokenEndpoint
{
    QUrl url;
    ClientCredentials client;
    QStringList authMethods;   // token_endpoint_auth_methods_supported (may be empty)
};

// One POST to the token endpoint: the code exchange or a refresh. `resource` (RFC 8707)
// goes on both. Client authentication as advertised: client_secret_basic,
// client_secret_post or none. One finished().
class TokenRequest : public QObject
{
    Q_OBJECT
public:
    static TokenRequest *exchangeCode(QNetworkAccessManager *network, const Clock *clock, const TokenEndpoint &endpoint,
                                      const QString &code, const QUrl &redirectUri, const QByteArray &verifier,
                                      const QString &resource, const QString &requestedScope, QObject *parent = nullptr);
    static TokenRequest *refresh(QNetworkAccessManager *network, const Clock *clock, const TokenEndpoint &endpoint,
                                 const QString &refreshToken, const QString &resource, const QString &currentScope,
                                 QObject *parent = nullptr);
    void start();

    bool ok() const { return m_ok; }
    const TokenSet &tokens() const { return m_tokens; }
    const Error &error() const { return m_error; }
    QString oauthError() const { return m_oauthError; } // "invalid_grant", ... when the AS said so

Q_SIGNALS:
    void finished();

private:
    TokenRequest(QNetworkAccessManager *network, const Clock *clock, TokenEndpoint endpoint,
                 QList<QPair<QString, QString>> form, QString requestedScope, QObject *parent);
    void onReply(int status, const QByteArray &body, const Error &networkError);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    TokenEndpoint m_endpoint;
    QList<QPair<QString, QString>> m_form;
    QString m_requestedScope;
    bool m_ok = false;
    TokenSet m_tokens;
    Error m_error;
    QString m_oauthError;
};

// RFC 7009 revocation of one token. Failure is reported but never blocks sign-out.
class TokenRevocation : public QObject
{
    Q_OBJECT
public:
    TokenRevocation(QNetworkAccessManager *network, QUrl revocationEndpoint, TokenEndpoint clientAuth, QString token,
                    QString tokenTypeHint, QObject *parent = nullptr);
    void start();
    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    QNetworkAccessManager *m_network;
    QUrl m_url;
    TokenEndpoint m_auth;
    QString m_token;
    QString m_hint;
    bool m_ok = false;
    Error m_error;
};

// Adds client authentication to a token-endpoint style request: the Authorization
// header for client_secret_basic (RFC 6749 §2.3.1: form-encoded id and secret), or
// body fields. Returns the method used.
QString applyClientAuth(const TokenEndpoint &endpoint, QList<QPair<QString, QString>> *form, QByteArray *authorizationHeader);

} // namespace mcpc::oauth
