#include "oauth/tokenclient.h"

#include "oauth/clock.h"
#include "oauth/oauthhttp.h"
#include "oauth/wellknownurls.h"
#include "transport/httpcommon.h"
#include "util/boundedjson.h"
#include "util/jsonfield.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::oauth {

namespace {

QString formPart(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Posts a form with client authentication; calls back with status, body, network error.
void postForm(QObject *owner, QNetworkAccessManager *network, const TokenEndpoint &ep, QList<QPair<QString, QString>> form,
              std::function<void(int, const QByteArray &, const Error &)> done)
{
    QByteArray authHeader;
    applyClientAuth(ep, &form, &authHeader);
    QNetworkRequest req = oauthRequest(ep.url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    if (!authHeader.isEmpty())
        req.setRawHeader("Authorization", authHeader);
    QNetworkReply *reply = network->post(req, formEncode(form));
    QObject::connect(reply, &QNetworkReply::finished, owner, [reply, url = ep.url, done] {
        reply->deleteLater();
        const int status = http::statusCode(reply);
        const QByteArray body = reply->readAll();
        done(status, body, status ? Error{} : http::networkError(reply, url));
    });
}

} // namespace

QString applyClientAuth(const TokenEndpoint &endpoint, QList<QPair<QString, QString>> *form, QByteArray *authorizationHeader)
{
    const QString method = selectAuthMethod(endpoint.client, endpoint.authMethods);
    if (method == u"client_secret_basic") {
        const QString pair = formPart(endpoint.client.clientId) + u':' + formPart(endpoint.client.clientSecret);
        *authorizationHeader = "Basic " + pair.toUtf8().toBase64();
    } else if (method == u"client_secret_post") {
        form->append({QStringLiteral("client_id"), endpoint.client.clientId});
        form->append({QStringLiteral("client_secret"), endpoint.client.clientSecret});
    } else {
        form->append({QStringLiteral("client_id"), endpoint.client.clientId});
    }
    return method;
}

TokenRequest::TokenRequest(QNetworkAccessManager *network, const Clock *clock, TokenEndpoint endpoint,
                           QList<QPair<QString, QString>> form, QString requestedScope, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_endpoint(std::move(endpoint))
    , m_form(std::move(form))
    , m_requestedScope(std::move(requestedScope))
{
}

TokenRequest *TokenRequest::exchangeCode(QNetworkAccessManager *network, const Clock *clock, const TokenEndpoint &endpoint,
                                         const QString &code, const QUrl &redirectUri, const QByteArray &verifier,
                                         const QString &resource, const QString &requestedScope, QObject *parent)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
                                        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
    if (!resource.isEmpty())
        form.append({QStringLiteral("resource"), resource});
    return new TokenRequest(network, clock, endpoint, form, requestedScope, parent);
}

TokenRequest *TokenRequest::refresh(QNetworkAccessManager *network, const Clock *clock, const TokenEndpoint &endpoint,
                                    const QString &refreshToken, const QString &resource, const QString &currentScope,
                                    QObject *parent)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), refreshToken}};
    if (!resource.isEmpty())
        form.append({QStringLiteral("resource"), resource});
    auto *r = new TokenRequest(network, clock, endpoint, form, currentScope, parent);
    r->m_tokens.refreshToken = refreshToken; // kept when the AS does not rotate it
    return r;
}

void TokenRequest::start()
{
    if (!wellknown::isAllowedEndpoint(m_endpoint.url)) {
        m_error = Error::make(ErrorKind::Auth, QStringLiteral("Refusing to send credentials to %1: not HTTPS.").arg(m_endpoint.url.toString()));
        QTimer::singleShot(0, this, &TokenRequest::finished);
        return;
    }
    qCDebug(lcOAuth) << "token request" << m_form.first().second << "to" << m_endpoint.url.toString();
    postForm(this, m_network, m_endpoint, m_form,
             [this](int status, const QByteArray &body, const Error &e) { onReply(status, body, e); });
}

void TokenRequest::onReply(int status, const QByteArray &body, const Error &networkError)
{
    const bool isRefresh = m_form.first().second == u"refresh_token";
    const QString what = isRefresh ? QStringLiteral("Refreshing the sign-in") : QStringLiteral("Exchanging the authorization code");
    if (status == 0) {
        m_error = networkError;
        m_error.message = QStringLiteral("%1 failed: %2").arg(what, networkError.message);
    } else if (status < 200 || status >= 300) {
        const OAuthErrorBody oe = parseOAuthError(body);
        m_oauthError = oe.error;
        m_error = Error::make(ErrorKind::Auth,
            QStringLiteral("%1 failed: the authorization server answered HTTP %2%3%4.")
                .arg(what).arg(status)
                .arg(oe.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(oe.error),
                     oe.description.isEmpty() ? QString() : QStringLiteral(": ") + oe.description),
            status);
    } else {
        const auto parsed = parseJson(body, QStringLiteral("The token response"), ErrorKind::Auth);
        const json o = parsed ? *parsed : json();
        auto s = [&](const char *k) {
            auto it = o.is_object() ? o.find(k) : o.end();
            return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        const QString access = s("access_token");
        const QString type = s("token_type");
        if (!parsed && body.trimmed().startsWith('<')) {
            // A login portal or proxy answering for the AS: name it, not the JSON position.
            m_error = Error::make(ErrorKind::Auth,
                QStringLiteral("%1 failed: the token endpoint %2 answered with an HTML page, not JSON.").arg(what, m_endpoint.url.toString()),
                0, QStringLiteral("Something between you and the authorization server (a proxy or a login portal) may be answering; "
                                  "check the network, or tell the server's operator."));
        } else if (!parsed) {
            m_error = parsed.error();
            m_error.message = QStringLiteral("%1 failed: %2").arg(what, parsed.error().message);
        } else if (access.isEmpty()) {
            m_error = Error::make(ErrorKind::Auth, QStringLiteral("%1 failed: the answer has no access_token.").arg(what));
        } else if (type.compare(u"bearer", Qt::CaseInsensitive) != 0) {
            m_error = Error::make(ErrorKind::Auth,
                QStringLiteral("%1 failed: unsupported token type '%2' (only Bearer).").arg(what, type));
        } else {
            m_tokens.accessToken = access;
            m_tokens.tokenType = type;
            if (const QString rt = s("refresh_token"); !rt.isEmpty())
                m_tokens.refreshToken = rt; // rotation: always keep the newest
            const QString scope = s("scope");
            m_tokens.scope = scope.isEmpty() ? m_requestedScope : scope;
            // Seconds; a negative, absurd or non-numeric lifetime means "not said" (ten
            // years is longer than any real token, and keeps the sum far from overflow).
            if (const double secs = jsonNumber(o, "expires_in", -1); secs >= 0 && secs <= 10.0 * 365 * 24 * 3600)
                m_tokens.expiresAtMs = m_clock->nowMs() + qint64(secs * 1000);
            m_ok = true;
        }
    }
    if (!m_ok)
        qCInfo(lcOAuth) << "token request failed:" << status << m_oauthError;
    Q_EMIT finished();
}

TokenRevocation::TokenRevocation(QNetworkAccessManager *network, QUrl revocationEndpoint, TokenEndpoint clientAuth,
                                 QString token, QString tokenTypeHint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(revocationEndpoint))
    , m_auth(std::move(clientAuth))
    , m_token(std::move(token))
    , m_hint(std::move(tokenTypeHint))
{
}

void TokenRevocation::start()
{
    if (!wellknown::isAllowedEndpoint(m_url)) {
        m_error = Error::make(ErrorKind::Auth, QStringLiteral("Not revoking at %1: not HTTPS.").arg(m_url.toString()));
        QTimer::singleShot(0, this, &TokenRevocation::finished);
        return;
    }
    TokenEndpoint ep = m_auth;
    ep.url = m_url;
    postForm(this, m_network, ep, {{QStringLiteral("token"), m_token}, {QStringLiteral("token_type_hint"), m_hint}},
             [this](int status, const QByteArray &body, const Error &e) {
                 m_ok = status >= 200 && status < 300;
                 if (!m_ok)
                     m_error = status ? http::httpStatusError(status, body, m_url) : e;
                 Q_EMIT finished();
             });
}

} // namespace mcpc::oauth
