#include "demo/demoauthserver.h"

#include "demo/demoadminreport.h"
#include "demo/demoauthorize.h"
#include "demo/demobearergate.h"
#include "demo/demoserver.h"
#include "http/httprequest.h"
#include "http/urlquery.h"
#include "oauth/clock.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using nlohmann::json;

namespace mcpc::demo {

namespace {

const QString kPrmPath = QStringLiteral("/.well-known/oauth-protected-resource");
const QString kAsPath = QStringLiteral("/.well-known/oauth-authorization-server");

json strings(const QStringList &list)
{
    json a = json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

bool isValidVerifier(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return re.match(v).hasMatch();
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 6749 §3.2: parameters must not repeat.
QString repeatedParameter(const http::UrlQuery &form)
{
    QStringList seen;
    for (const auto &[k, v] : form.items()) {
        if (seen.contains(k))
            return k;
        seen << k;
    }
    return {};
}

} // namespace

http::HttpResponse noStoreJson(int status, const json &body)
{
    http::HttpResponse r = http::HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
    r.headers.set("Cache-Control", "no-store");
    r.headers.set("Pragma", "no-cache");
    return r;
}

http::HttpResponse oauthErrorResponse(int status, const DemoOAuthError &error)
{
    json body = {{"error", error.error.toStdString()}};
    if (!error.description.isEmpty())
        body["error_description"] = error.description.toStdString();
    return noStoreJson(status, body);
}

DemoAuthServer::DemoAuthServer(DemoServer *server, DemoAuthConfig config, const oauth::Clock *clock)
    : QObject(server)
    , m_server(server)
    , m_config(config)
    , m_clock(clock ? clock : oauth::SystemClock::instance())
    , m_tokens(m_clock)
    , m_authorize(std::make_unique<DemoAuthorizeEndpoint>(this))
{
    DemoTokens::Lifetimes l;
    l.accessMs = std::max<qint64>(1000, m_config.accessTokenTtlMs);
    l.refreshMs = std::max<qint64>(1000, m_config.refreshTokenTtlMs);
    l.codeMs = std::max<qint64>(1000, m_config.codeTtlMs);
    m_tokens.setLifetimes(l);
    install();
}

DemoAuthServer::~DemoAuthServer() = default;

QStringList DemoAuthServer::supportedScopes()
{
    return {QStringLiteral("mcp:tools"), QStringLiteral("user:read"), QStringLiteral("user:admin")};
}

QStringList DemoAuthServer::defaultScopes()
{
    return {QStringLiteral("mcp:tools"), QStringLiteral("user:read")};
}

void DemoAuthServer::install()
{
    http::HttpRouter &router = m_server->router();
    auto route = [this](void (DemoAuthServer::*handler)(const http::HttpRequest &, http::HttpResponder)) {
        return [this, handler](const http::HttpRequest &r, http::HttpResponder resp) { (this->*handler)(r, std::move(resp)); };
    };
    router.add("GET", kPrmPath + DemoServer::endpointPath(), route(&DemoAuthServer::handleResourceMetadata));
    router.add("GET", kPrmPath, route(&DemoAuthServer::handleResourceMetadata));
    router.add("GET", kAsPath, route(&DemoAuthServer::handleServerMetadata));
    router.add("POST", QStringLiteral("/register"), route(&DemoAuthServer::handleRegister));
    router.add("POST", QStringLiteral("/token"), route(&DemoAuthServer::handleToken));
    router.add("POST", QStringLiteral("/revoke"), route(&DemoAuthServer::handleRevoke));
    router.add("GET", QStringLiteral("/authorize"), [this](const http::HttpRequest &r, http::HttpResponder resp) {
        if (guard(r, resp, false))
            m_authorize->handleAuthorize(r, std::move(resp));
    });
    router.add("POST", DemoAuthorizeEndpoint::consentPath(), [this](const http::HttpRequest &r, http::HttpResponder resp) {
        if (guard(r, resp, false))
            m_authorize->handleConsent(r, std::move(resp));
    });

    m_server->setAuthGate(std::make_shared<DemoBearerGate>(this));
    // Reading the profile needs user:read; the admin report needs the extra user:admin,
    // which a default sign-in does not get: calling it shows the step-up.
    for (DemoTool &t : m_server->catalog().tools) {
        if (t.name == u"get_user_data" || t.name == u"get_avatar")
            t.requiredScopes = {QStringLiteral("user:read")};
    }
    m_server->addTool(adminReportTool(this));
}

void DemoAuthServer::setSecretObserver(SecretObserver observer)
{
    m_secretObserver = observer;
    m_tokens.setIssueObserver(std::move(observer));
}

QString DemoAuthServer::clientLabel(const QString &clientId)
{
    const DemoClient *c = m_clients.find(clientId);
    if (c && !c->clientName.isEmpty())
        return u'\'' + c->clientName + u'\'';
    return QStringLiteral("client %1").arg(clientId.left(24));
}

void DemoAuthServer::note(const QString &message)
{
    qCInfo(lcDemo).noquote() << message;
    Q_EMIT event(message);
}

QString DemoAuthServer::issuerFor(const http::HttpRequest &request) const
{
    const QByteArray host = request.header("host").trimmed().toLower();
    if (host.isEmpty() || !m_server->hostGuard().allowsHost(host))
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    return QStringLiteral("http://") + QString::fromLatin1(host);
}

QString DemoAuthServer::resourceFor(const http::HttpRequest &request) const
{
    return issuerFor(request) + DemoServer::endpointPath();
}

QUrl DemoAuthServer::resourceMetadataUrlFor(const http::HttpRequest &request) const
{
    return QUrl(issuerFor(request) + kPrmPath + DemoServer::endpointPath());
}

QString DemoAuthServer::canonicalResource(const QString &resource, const http::HttpRequest &request) const
{
    const QUrl u(resource, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != u"http" || u.host().isEmpty() || !u.userInfo().isEmpty() || u.hasQuery()
        || u.hasFragment() || u.path() != DemoServer::endpointPath())
        return {};
    Q_UNUSED(request)
    const int port = u.port(80);
    if (port != m_server->port())
        return {};
    const QString host = u.host().toLower();
    const QString authority = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    if (!m_server->hostGuard().allowsHost(authority.toLatin1()))
        return {};
    return QStringLiteral("http://") + authority + DemoServer::endpointPath();
}

bool DemoAuthServer::guard(const http::HttpRequest &request, http::HttpResponder &responder, bool asJson)
{
    QString why;
    if (m_server->hostGuard().allows(request, &why))
        return true;
    qCWarning(lcDemo).noquote() << "refused request:" << why;
    responder.send(asJson ? oauthErrorResponse(403, {QStringLiteral("invalid_request"), QStringLiteral("Forbidden: ") + why})
                          : http::HttpResponse::text(403, QStringLiteral("Forbidden: ") + why));
    return false;
}

void DemoAuthServer::handleResourceMetadata(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!guard(request, responder, true))
        return;
    // One resource lives here, so the root document describes the MCP endpoint too.
    const json doc = {{"resource", resourceFor(request).toStdString()},
                      {"authorization_servers", json::array({issuerFor(request).toStdString()})},
                      {"scopes_supported", strings(supportedScopes())},
                      {"bearer_methods_supported", json::array({"header"})},
                      {"resource_name", "MCP Connect demo server"}};
    responder.send(http::HttpResponse::json(200, QByteArray::fromStdString(doc.dump())));
}

void DemoAuthServer::handleServerMetadata(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!guard(request, responder, true))
        return;
    const std::string issuer = issuerFor(request).toStdString();
    const json authMethods = json::array({"none", "client_secret_post", "client_secret_basic"});
    const json doc = {{"issuer", issuer},
                      {"authorization_endpoint", issuer + "/authorize"},
                      {"token_endpoint", issuer + "/token"},
                      {"registration_endpoint", issuer + "/register"},
                      {"revocation_endpoint", issuer + "/revoke"},
                      {"scopes_supported", strings(supportedScopes())},
                      {"response_types_supported", json::array({"code"})},
                      {"response_modes_supported", json::array({"query"})},
                      {"grant_types_supported", json::array({"authorization_code", "refresh_token"})},
                      {"token_endpoint_auth_methods_supported", authMethods},
                      {"revocation_endpoint_auth_methods_supported", authMethods},
                      {"code_challenge_methods_supported", json::array({"S256"})},
                      {"authorization_response_iss_parameter_supported", true},
                      {"service_documentation", "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization"}};
    responder.send(http::HttpResponse::json(200, QByteArray::fromStdString(doc.dump())));
}

void DemoAuthServer::handleRegister(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!guard(request, responder, true))
        return;
    if (request.mediaType() != "application/json")
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_client_metadata"),
                                                       QStringLiteral("Send the client metadata as application/json.")}));
    BoundedJson parsed = parseBoundedJson(request.body);
    if (parsed.problem == BoundedJson::Problem::TooDeep || parsed.problem == BoundedJson::Problem::InvalidUtf8)
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_client_metadata"),
                                                       parsed.describe(QStringLiteral("The client metadata"))}));
    const json metadata = std::move(parsed.value); // malformed: discarded, which registerClient refuses
    auto registered = m_clients.registerClient(metadata, m_clock->nowMs() / 1000);
    if (!registered) {
        note(QStringLiteral("Refused a client registration: %1").arg(registered.error().description));
        return responder.send(oauthErrorResponse(400, registered.error()));
    }
    ++m_stats.registrations;
    const QString clientId = QString::fromStdString(registered->at("client_id").get<std::string>());
    if (registered->contains("client_secret") && m_secretObserver)
        m_secretObserver("client_secret", QString::fromStdString(registered->at("client_secret").get<std::string>()));
    note(QStringLiteral("Registered %1 (dynamic client registration, %2)")
             .arg(clientLabel(clientId), QString::fromStdString(registered->at("token_endpoint_auth_method").get<std::string>())));
    responder.send(noStoreJson(201, *registered));
}

void DemoAuthServer::handleToken(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!guard(request, responder, true))
        return;
    if (request.mediaType() != "application/x-www-form-urlencoded")
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_request"),
                                                       QStringLiteral("Send the token request as application/x-www-form-urlencoded.")}));
    const http::UrlQuery form = request.form();
    if (const QString k = repeatedParameter(form); !k.isEmpty())
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_request"),
                                                       QStringLiteral("The parameter %1 was sent more than once.").arg(k)}));
    auto client = m_clients.authenticate(request, form);
    if (!client) {
        http::HttpResponse r = oauthErrorResponse(401, client.error());
        if (request.headers.contains("authorization"))
            r.headers.set("WWW-Authenticate", "Basic realm=\"demo\"");
        return responder.send(r);
    }
    const DemoClient c = **client;
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == u"authorization_code")
        return responder.send(exchangeCode(request, form, c));
    if (grant == u"refresh_token") {
        if (!c.mayRefresh())
            return responder.send(oauthErrorResponse(400, {QStringLiteral("unauthorized_client"),
                                                           QStringLiteral("This client did not register the refresh_token grant.")}));
        return responder.send(refreshGrant(request, form, c));
    }
    responder.send(oauthErrorResponse(400, {QStringLiteral("unsupported_grant_type"),
                                            QStringLiteral("grant_type must be authorization_code or refresh_token.")}));
}

http::HttpResponse DemoAuthServer::exchangeCode(const http::HttpRequest &request, const http::UrlQuery &form, const DemoClient &c)
{
    const QString code = form.value(QStringLiteral("code"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (code.isEmpty())
        return oauthErrorResponse(400, {QStringLiteral("invalid_request"), QStringLiteral("code is missing.")});
    auto taken = m_tokens.takeCode(code, c.clientId);
    auto refuse = [&](const DemoOAuthError &e) {
        note(QStringLiteral("Refused a code exchange for %1: %2").arg(clientLabel(c.clientId), e.description));
        return oauthErrorResponse(400, e);
    };
    if (!taken)
        return refuse(taken.error());
    const DemoCodeGrant &g = *taken;
    // OAuth 2.1 §4.1.3: the same redirect_uri as on /authorize, byte for byte.
    const bool redirectSent = form.contains(QStringLiteral("redirect_uri"));
    if (!g.redirectUri.isEmpty() && form.value(QStringLiteral("redirect_uri")) != g.redirectUri)
        return refuse({QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match the authorization request.")});
    if (g.redirectUri.isEmpty() && redirectSent && !c.allowsRedirectUri(form.value(QStringLiteral("redirect_uri"))))
        return refuse({QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri is not registered for this client.")});
    if (verifier.isEmpty())
        return refuse({QStringLiteral("invalid_request"), QStringLiteral("code_verifier is missing (PKCE).")});
    if (!isValidVerifier(verifier) || s256(verifier) != g.codeChallenge)
        return refuse({QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed: the code_verifier does not match.")});
    if (form.contains(QStringLiteral("resource"))) {
        if (canonicalResource(form.value(QStringLiteral("resource")), request) != g.grant.resource)
            return refuse({QStringLiteral("invalid_target"),
                           QStringLiteral("resource does not match the authorization request (%1).").arg(g.grant.resource)});
    } else if (m_config.requireResource) {
        return refuse({QStringLiteral("invalid_target"), QStringLiteral("The resource parameter (RFC 8707) is required.")});
    }
    const DemoIssuedTokens t = m_tokens.issue(g.grant, c.mayRefresh(), code);
    ++m_stats.codeExchanges;
    note(QStringLiteral("Issued tokens to %1 (access token valid %2 s%3)")
             .arg(clientLabel(c.clientId)).arg(t.expiresInSec)
             .arg(t.refreshToken.isEmpty() ? QStringLiteral(", no refresh token") : QStringLiteral(", with a refresh token")));
    json body = {{"access_token", t.accessToken.toStdString()},
                 {"token_type", "Bearer"},
                 {"expires_in", t.expiresInSec},
                 {"scope", t.scopes.join(u' ').toStdString()}};
    if (!t.refreshToken.isEmpty())
        body["refresh_token"] = t.refreshToken.toStdString();
    return noStoreJson(200, body);
}

http::HttpResponse DemoAuthServer::refreshGrant(const http::HttpRequest &request, const http::UrlQuery &form, const DemoClient &c)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    auto refuse = [&](const DemoOAuthError &e) {
        ++m_stats.failedRefreshes;
        note(QStringLiteral("Refused a token refresh for %1: %2").arg(clientLabel(c.clientId), e.description));
        return oauthErrorResponse(400, e);
    };
    if (token.isEmpty())
        return refuse({QStringLiteral("invalid_request"), QStringLiteral("refresh_token is missing.")});
    QString resource;
    if (form.contains(QStringLiteral("resource"))) {
        resource = canonicalResource(form.value(QStringLiteral("resource")), request);
        if (resource.isEmpty())
            return refuse({QStringLiteral("invalid_target"), QStringLiteral("resource is not this server's MCP endpoint.")});
    } else if (m_config.requireResource) {
        return refuse({QStringLiteral("invalid_target"), QStringLiteral("The resource parameter (RFC 8707) is required.")});
    }
    const QStringList scopes = form.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    auto t = m_tokens.refresh(token, c.clientId, scopes, resource);
    if (!t)
        return refuse(t.error());
    ++m_stats.refreshes;
    note(QStringLiteral("Refreshed the access token for %1 (refresh token rotated; valid %2 s)")
             .arg(clientLabel(c.clientId)).arg(t->expiresInSec));
    return noStoreJson(200, json{{"access_token", t->accessToken.toStdString()},
                                 {"token_type", "Bearer"},
                                 {"expires_in", t->expiresInSec},
                                 {"refresh_token", t->refreshToken.toStdString()},
                                 {"scope", t->scopes.join(u' ').toStdString()}});
}

void DemoAuthServer::handleRevoke(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!guard(request, responder, true))
        return;
    if (request.mediaType() != "application/x-www-form-urlencoded")
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_request"),
                                                       QStringLiteral("Send the revocation request as a form.")}));
    const http::UrlQuery form = request.form();
    auto client = m_clients.authenticate(request, form);
    if (!client)
        return responder.send(oauthErrorResponse(401, client.error()));
    const QString clientId = (*client)->clientId;
    const QString token = form.value(QStringLiteral("token"));
    if (token.isEmpty())
        return responder.send(oauthErrorResponse(400, {QStringLiteral("invalid_request"), QStringLiteral("token is missing.")}));
    const QString hint = form.value(QStringLiteral("token_type_hint"));
    switch (m_tokens.revoke(token, hint, clientId)) {
    case DemoTokens::Revocation::OtherClient:
        return responder.send(oauthErrorResponse(400, {QStringLiteral("unauthorized_client"),
                                                       QStringLiteral("The token was issued to another client.")}));
    case DemoTokens::Revocation::Revoked:
        ++m_stats.revocations;
        note(QStringLiteral("Revoked a token of %1 at its request%2").arg(clientLabel(clientId),
             hint == u"access_token" ? QString() : QStringLiteral(" (a refresh token ends the whole sign-in)")));
        break;
    case DemoTokens::Revocation::NotFound:
        break; // RFC 7009 §2.2: unknown tokens are not an error
    }
    responder.send(noStoreJson(200, json::object()));
}

} // namespace mcpc::demo
