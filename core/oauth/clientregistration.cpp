#include "oauth/clientregistration.h"

#include "oauth/discovery.h"
#include "oauth/oauthhttp.h"
#include "oauth/tokenstore.h"
#include "oauth/wellknownurls.h"
#include "secrets/secretstore.h"
#include "transport/httpcommon.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::oauth {

QString applicationType(const QUrl &redirectUri)
{
    const QString host = redirectUri.host().toLower();
    const bool loopback = host == u"127.0.0.1" || host == u"::1" || host == u"localhost";
    return loopback || redirectUri.scheme() != u"https" ? QStringLiteral("native") : QStringLiteral("web");
}

bool isValidClientMetadataUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() && !url.path().isEmpty() && url.path() != u"/";
}

ClientRegistration::ClientRegistration(QNetworkAccessManager *network, TokenStore *store, AuthServerMetadata server,
                                       QString issuer, ClientIdentityOptions options, std::optional<ClientCredentials> stored,
                                       QUrl redirectUri, QString scope, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_server(std::move(server))
    , m_issuer(std::move(issuer))
    , m_options(std::move(options))
    , m_stored(std::move(stored))
    , m_redirectUri(std::move(redirectUri))
    , m_scope(std::move(scope))
{
}

void ClientRegistration::start()
{
    if (!m_options.clientId.isEmpty()) {
        m_client.clientId = m_options.clientId;
        m_client.clientSecret = m_options.clientSecret;
        m_client.kind = RegistrationKind::PreRegistered;
        m_client.issuer = m_issuer;
        qCInfo(lcOAuth) << "using the pre-registered client id";
        return done();
    }
    // CIMD before anything stored or registered: DCR is deprecated (spec 2026-07-28), and
    // a metadata-document client id is portable across authorization servers.
    if (m_server.clientIdMetadataDocumentSupported && isValidClientMetadataUrl(m_options.clientMetadataUrl)) {
        m_client.clientId = m_options.clientMetadataUrl.toString(QUrl::FullyEncoded);
        m_client.authMethod = QStringLiteral("none");
        m_client.kind = RegistrationKind::MetadataDocument;
        m_client.issuer = m_issuer;
        qCInfo(lcOAuth) << "using the client ID metadata document URL as client id";
        return done();
    }
    // Issuer binding (SEP-2352): a stored registration is only reused at the issuer that
    // issued it, and only if it was registered with the redirect URI we are about to use.
    // One issued elsewhere is never shown to this AS: we register anew.
    if (m_stored && sameIssuer(m_stored->issuer, m_issuer)
        && m_stored->redirectUris.contains(m_redirectUri.toString(QUrl::FullyEncoded))) {
        m_client = *m_stored;
        qCInfo(lcOAuth) << "reusing the registration stored for this issuer";
        return done();
    }
    if (m_stored && !sameIssuer(m_stored->issuer, m_issuer))
        qCInfo(lcOAuth) << "the stored registration belongs to another issuer; registering anew";
    if (m_server.clientIdMetadataDocumentSupported)
        qCInfo(lcOAuth) << "the authorization server supports client ID metadata documents, but none is configured";
    registerDynamically();
}

void ClientRegistration::registerDynamically()
{
    if (m_server.registrationEndpoint.isEmpty())
        return done(Error::make(ErrorKind::Auth,
            QStringLiteral("Dynamic client registration is not enabled on the authorization server (%1), and no client id "
                           "was given.").arg(m_issuer),
            0,
            m_server.clientIdMetadataDocumentSupported
                ? QStringLiteral("The authorization server accepts client ID metadata documents: host one and sign in with "
                                 "--client-metadata-url URL, or enter a pre-registered client id: mcp-connect-cli login TARGET "
                                 "--client-id ID [--client-secret SECRET].")
                : QStringLiteral("Enable dynamic client registration on the authorization server, or enter a pre-registered "
                                 "client id: mcp-connect-cli login TARGET --client-id ID [--client-secret SECRET].")));
    if (!wellknown::isAllowedEndpoint(m_server.registrationEndpoint))
        return done(Error::make(ErrorKind::Auth,
            QStringLiteral("Refusing to register at %1: not HTTPS.").arg(m_server.registrationEndpoint.toString())));
    // application_type (SEP-837, required since 2026-07-28): our redirect is a loopback
    // listener, so we are a native client; OIDC servers would default to "web" and then
    // refuse http://127.0.0.1 redirect URIs.
    json body = {{"client_name", m_options.clientName.toStdString()},
                 {"redirect_uris", json::array({m_redirectUri.toString(QUrl::FullyEncoded).toStdString()})},
                 {"grant_types", json::array({"authorization_code", "refresh_token"})},
                 {"response_types", json::array({"code"})},
                 {"token_endpoint_auth_method", "none"},
                 {"application_type", applicationType(m_redirectUri).toStdString()}};
    if (!m_scope.isEmpty())
        body["scope"] = m_scope.toStdString();
    QNetworkRequest req = oauthRequest(m_server.registrationEndpoint);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    qCInfo(lcOAuth) << "registering a client at" << m_server.registrationEndpoint.toString();
    QNetworkReply *reply = m_network->post(req, QByteArray::fromStdString(body.dump()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = http::statusCode(reply);
        const QByteArray data = reply->readAll();
        if (status == 0)
            return done(http::networkError(reply, m_server.registrationEndpoint));
        if (status < 200 || status >= 300) {
            const OAuthErrorBody oe = parseOAuthError(data);
            return done(Error::make(ErrorKind::Auth,
                QStringLiteral("Client registration failed: HTTP %1%2.").arg(status).arg(
                    oe.error.isEmpty() ? QString() : QStringLiteral(" (%1%2)").arg(oe.error,
                        oe.description.isEmpty() ? QString() : QStringLiteral(": ") + oe.description)),
                status, QStringLiteral("Enter a pre-registered client id with --client-id if the server does not allow registration.")));
        }
        const auto parsed = parseJson(data, QStringLiteral("The client registration response"), ErrorKind::Auth);
        if (!parsed)
            return done(parsed.error());
        const json &o = *parsed;
        auto s = [&](const char *k) {
            auto it = o.is_object() ? o.find(k) : o.end();
            return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        m_client.clientId = s("client_id");
        if (m_client.clientId.isEmpty())
            return done(Error::make(ErrorKind::Auth, QStringLiteral("Client registration answered without a client_id.")));
        m_client.clientSecret = s("client_secret");
        m_client.authMethod = s("token_endpoint_auth_method");
        m_client.kind = RegistrationKind::Dynamic;
        m_client.issuer = m_issuer;
        m_client.redirectUris = {m_redirectUri.toString(QUrl::FullyEncoded)};
        // Saved for the next sign-in at this issuer; a failed write only costs a new registration.
        SecretJob *job = m_store->saveClient(m_client);
        connect(job, &SecretJob::finished, this, [this] { done(); });
    });
}

void ClientRegistration::done(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = error.message.isEmpty();
    m_error = error;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace mcpc::oauth
