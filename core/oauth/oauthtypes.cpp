#include "oauth/oauthtypes.h"
#include "util/jsonfield.h"

#include "util/boundedjson.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::oauth {

namespace {

QString str(const json &o, const char *key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList strList(const json &o, const char *key)
{
    QStringList out;
    auto it = o.find(key);
    if (it != o.end() && it->is_array())
        for (const json &v : *it)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

json toJson(const QStringList &l)
{
    json a = json::array();
    for (const QString &s : l)
        a.push_back(s.toStdString());
    return a;
}

Error parseError(const QString &what)
{
    return Error::make(ErrorKind::Auth, what);
}

Result<json> parseObject(const QByteArray &body, const QString &what)
{
    auto o = parseJson(body, QStringLiteral("The %1").arg(what), ErrorKind::Auth,
                       QStringLiteral("The %1 is not a JSON object.").arg(what));
    if (o && !o->is_object())
        return std::unexpected(parseError(QStringLiteral("The %1 is not a JSON object.").arg(what)));
    return o;
}

} // namespace

Result<ProtectedResourceMetadata> parseProtectedResourceMetadata(const QByteArray &body)
{
    auto o = parseObject(body, QStringLiteral("protected resource metadata"));
    if (!o)
        return std::unexpected(o.error());
    ProtectedResourceMetadata m;
    m.resource = str(*o, "resource");
    m.authorizationServers = strList(*o, "authorization_servers");
    m.scopesSupported = strList(*o, "scopes_supported");
    m.resourceName = str(*o, "resource_name");
    if (m.resource.isEmpty())
        return std::unexpected(parseError(QStringLiteral("The protected resource metadata has no `resource`.")));
    return m;
}

Result<AuthServerMetadata> parseAuthServerMetadata(const QByteArray &body)
{
    auto o = parseObject(body, QStringLiteral("authorization server metadata"));
    if (!o)
        return std::unexpected(o.error());
    AuthServerMetadata m;
    m.issuer = str(*o, "issuer");
    m.authorizationEndpoint = QUrl(str(*o, "authorization_endpoint"));
    m.tokenEndpoint = QUrl(str(*o, "token_endpoint"));
    m.registrationEndpoint = QUrl(str(*o, "registration_endpoint"));
    m.revocationEndpoint = QUrl(str(*o, "revocation_endpoint"));
    m.responseTypesSupported = strList(*o, "response_types_supported");
    m.codeChallengeMethodsSupported = strList(*o, "code_challenge_methods_supported");
    m.tokenEndpointAuthMethodsSupported = strList(*o, "token_endpoint_auth_methods_supported");
    m.grantTypesSupported = strList(*o, "grant_types_supported");
    m.scopesSupported = strList(*o, "scopes_supported");
    m.clientIdMetadataDocumentSupported = jsonBool(*o, "client_id_metadata_document_supported", false);
    m.issParameterSupported = jsonBool(*o, "authorization_response_iss_parameter_supported", false);
    if (m.issuer.isEmpty() || m.authorizationEndpoint.isEmpty() || m.tokenEndpoint.isEmpty())
        return std::unexpected(parseError(QStringLiteral(
            "The authorization server metadata lacks issuer, authorization_endpoint or token_endpoint.")));
    return m;
}

QString registrationKindName(RegistrationKind kind)
{
    switch (kind) {
    case RegistrationKind::PreRegistered: return QStringLiteral("pre-registered");
    case RegistrationKind::MetadataDocument: return QStringLiteral("client-id-metadata-document");
    case RegistrationKind::Dynamic: break;
    }
    return QStringLiteral("dynamic");
}

static RegistrationKind kindFromName(const QString &n)
{
    if (n == u"pre-registered")
        return RegistrationKind::PreRegistered;
    if (n == u"client-id-metadata-document")
        return RegistrationKind::MetadataDocument;
    return RegistrationKind::Dynamic;
}

QString selectAuthMethod(const ClientCredentials &client, const QStringList &serverMethods)
{
    const bool hasSecret = !client.clientSecret.isEmpty();
    if (serverMethods.isEmpty())
        return !client.authMethod.isEmpty() ? client.authMethod
                                            : (hasSecret ? QStringLiteral("client_secret_basic") : QStringLiteral("none"));
    if (!client.authMethod.isEmpty() && serverMethods.contains(client.authMethod)
        && (client.authMethod == u"none" || hasSecret))
        return client.authMethod;
    if (hasSecret && serverMethods.contains(QStringLiteral("client_secret_basic")))
        return QStringLiteral("client_secret_basic");
    if (hasSecret && serverMethods.contains(QStringLiteral("client_secret_post")))
        return QStringLiteral("client_secret_post");
    if (serverMethods.contains(QStringLiteral("none")))
        return QStringLiteral("none");
    // Nothing we can do matches; try what we have and let the AS explain.
    return hasSecret ? QStringLiteral("client_secret_basic") : QStringLiteral("none");
}

static json clientJson(const ClientCredentials &c, bool withSecret)
{
    json o = {{"client_id", c.clientId.toStdString()},
              {"auth_method", c.authMethod.toStdString()},
              {"kind", registrationKindName(c.kind).toStdString()},
              {"issuer", c.issuer.toStdString()},
              {"redirect_uris", toJson(c.redirectUris)}};
    if (withSecret && !c.clientSecret.isEmpty())
        o["client_secret"] = c.clientSecret.toStdString();
    return o;
}

static ClientCredentials clientFromJson(const json &o)
{
    ClientCredentials c;
    c.clientId = str(o, "client_id");
    c.clientSecret = str(o, "client_secret");
    c.authMethod = str(o, "auth_method");
    c.kind = kindFromName(str(o, "kind"));
    c.issuer = str(o, "issuer");
    c.redirectUris = strList(o, "redirect_uris");
    return c;
}

static json metadataJson(const SignInRecord &r)
{
    return json{{"issuer", r.issuer.toStdString()},
                {"resource", r.resource.toStdString()},
                {"server_url", r.serverUrl.toString().toStdString()},
                {"token_endpoint", r.tokenEndpoint.toString().toStdString()},
                {"revocation_endpoint", r.revocationEndpoint.toString().toStdString()},
                {"token_endpoint_auth_methods", toJson(r.tokenEndpointAuthMethods)},
                {"expires_at_ms", r.tokens.expiresAtMs},
                {"obtained_at_ms", r.obtainedAtMs},
                {"scope", r.tokens.scope.toStdString()},
                {"token_type", r.tokens.tokenType.toStdString()},
                {"has_refresh_token", !r.tokens.refreshToken.isEmpty()},
                {"client", clientJson(r.client, false)}};
}

QByteArray serializeRecord(const SignInRecord &r)
{
    json o = metadataJson(r);
    o["access_token"] = r.tokens.accessToken.toStdString();
    o["refresh_token"] = r.tokens.refreshToken.toStdString();
    o["client"] = clientJson(r.client, true);
    return QByteArray::fromStdString(o.dump());
}

std::string recordMetadataJson(const SignInRecord &record)
{
    return metadataJson(record).dump();
}

Result<SignInRecord> parseRecord(const QByteArray &blob)
{
    auto o = parseObject(blob, QStringLiteral("stored sign-in"));
    if (!o)
        return std::unexpected(o.error());
    SignInRecord r;
    r.tokens.accessToken = str(*o, "access_token");
    r.tokens.refreshToken = str(*o, "refresh_token");
    r.tokens.tokenType = str(*o, "token_type");
    r.tokens.scope = str(*o, "scope");
    r.tokens.expiresAtMs = jsonInt64(*o, "expires_at_ms").value_or(0);
    r.obtainedAtMs = jsonInt64(*o, "obtained_at_ms").value_or(0);
    r.issuer = str(*o, "issuer");
    r.resource = str(*o, "resource");
    r.serverUrl = QUrl(str(*o, "server_url"));
    r.tokenEndpoint = QUrl(str(*o, "token_endpoint"));
    r.revocationEndpoint = QUrl(str(*o, "revocation_endpoint"));
    r.tokenEndpointAuthMethods = strList(*o, "token_endpoint_auth_methods");
    if (auto it = o->find("client"); it != o->end() && it->is_object())
        r.client = clientFromJson(*it);
    return r;
}

QByteArray serializeClient(const ClientCredentials &client)
{
    return QByteArray::fromStdString(clientJson(client, true).dump());
}

Result<ClientCredentials> parseClient(const QByteArray &blob)
{
    auto o = parseObject(blob, QStringLiteral("stored client registration"));
    if (!o)
        return std::unexpected(o.error());
    return clientFromJson(*o);
}

} // namespace mcpc::oauth
