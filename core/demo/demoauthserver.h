#pragma once

#include "demo/democlients.h"
#include "demo/demotokens.h"
#include "http/httpresponder.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace mcpc::oauth {
class Clock;
}

namespace mcpc::demo {

class DemoAuthorizeEndpoint;
class DemoServer;

struct DemoAuthConfig
{
    enum class AutoConsent { Off, Allow, Deny };

    qint64 accessTokenTtlMs = 60 * 60 * 1000;
    qint64 refreshTokenTtlMs = qint64(30) * 24 * 60 * 60 * 1000;
    qint64 codeTtlMs = 60 * 1000;
    // Test-only: answer /authorize with the redirect straight away (every check still
    // runs), as if the user had clicked Allow or Deny.
    AutoConsent autoConsent = AutoConsent::Off;
    // Refuse authorization and token requests that carry no RFC 8707 `resource` (MCP
    // clients must send it; lenient by default for older clients).
    bool requireResource = false;
};

// What the authorization server did, for the admin tool, the CLI's log and tests.
struct DemoAuthStats
{
    int registrations = 0;
    int consentPagesShown = 0;
    int allowed = 0;
    int denied = 0;
    int codeExchanges = 0;
    int refreshes = 0;
    int failedRefreshes = 0;
    int revocations = 0;
    int rejectedTokens = 0; // 401 invalid_token at the MCP endpoint
};

// The demo MCP server's own OAuth 2.1 authorization server, strict on purpose so it is a
// real test of clients. Issuer and resource are derived from the Host a request came in
// by (http://127.0.0.1:PORT and http://localhost:PORT both work, consistently per host).
//
//   GET  /.well-known/oauth-protected-resource[/mcp]  RFC 9728 (resource = the MCP URL)
//   GET  /.well-known/oauth-authorization-server      RFC 8414 (S256, iss parameter, ...)
//   POST /register   RFC 7591 dynamic registration (public and confidential clients)
//   GET  /authorize  validates, then shows the consent page (resources/demo/consent.html)
//   POST /consent    the page's Allow / Deny (CSRF token in the form and a cookie)
//   POST /token      authorization_code (PKCE S256) and refresh_token (rotation, reuse
//                    detection revokes the family); `resource` checked (RFC 8707)
//   POST /revoke     RFC 7009
//
// Installing it puts a bearer-token gate on /mcp (401 with resource_metadata and scope,
// invalid_token for expired or revoked tokens), makes get_user_data and get_avatar need
// user:read, and adds get_admin_report, which needs user:admin (403 insufficient_scope
// until the client steps up).
class DemoAuthServer : public QObject
{
    Q_OBJECT
public:
    using SecretObserver = std::function<void(const char *kind, const QString &value)>;

    // Installs itself on the server (routes, gate, tools). Lives as long as the server.
    explicit DemoAuthServer(DemoServer *server, DemoAuthConfig config = {}, const oauth::Clock *clock = nullptr);
    ~DemoAuthServer() override;

    static QStringList supportedScopes();  // mcp:tools user:read user:admin
    static QStringList defaultScopes();    // what a sign-in gets unless it asks: mcp:tools user:read
    static QString adminToolName() { return QStringLiteral("get_admin_report"); }

    // As seen through one request's Host header.
    QString issuerFor(const http::HttpRequest &request) const;      // "http://127.0.0.1:3000"
    QString resourceFor(const http::HttpRequest &request) const;    // "http://127.0.0.1:3000/mcp"
    QUrl resourceMetadataUrlFor(const http::HttpRequest &request) const;
    // The canonical form of a `resource` value that names this server's MCP endpoint
    // (a loopback or allowed host, this port, /mcp); "" when it names anything else.
    QString canonicalResource(const QString &resource, const http::HttpRequest &request) const;

    const DemoAuthConfig &config() const { return m_config; }
    const DemoAuthStats &stats() const { return m_stats; }
    DemoAuthStats &mutableStats() { return m_stats; }
    DemoTokens &tokens() { return m_tokens; }
    DemoClients &clients() { return m_clients; }
    const oauth::Clock *clock() const { return m_clock; }
    DemoServer *server() const { return m_server; }

    // Test-only (--token-log): sees every code, token and client secret handed out.
    void setSecretObserver(SecretObserver observer);
    // "'MCP Connect'" or the client id, for messages.
    QString clientLabel(const QString &clientId);
    void note(const QString &message); // emits event() and logs it

Q_SIGNALS:
    // One line per thing a person watching the demo server wants to see. No secrets.
    void event(const QString &message);

private:
    void install();
    bool guard(const http::HttpRequest &request, http::HttpResponder &responder, bool json);
    void handleResourceMetadata(const http::HttpRequest &request, http::HttpResponder responder);
    void handleServerMetadata(const http::HttpRequest &request, http::HttpResponder responder);
    void handleRegister(const http::HttpRequest &request, http::HttpResponder responder);
    void handleToken(const http::HttpRequest &request, http::HttpResponder responder);
    void handleRevoke(const http::HttpRequest &request, http::HttpResponder responder);
    http::HttpResponse exchangeCode(const http::HttpRequest &request, const http::UrlQuery &form, const DemoClient &client);
    http::HttpResponse refreshGrant(const http::HttpRequest &request, const http::UrlQuery &form, const DemoClient &client);

    DemoServer *m_server; // our parent: always outlives us
    DemoAuthConfig m_config;
    const oauth::Clock *m_clock;
    DemoTokens m_tokens;
    DemoClients m_clients;
    DemoAuthStats m_stats;
    SecretObserver m_secretObserver;
    std::unique_ptr<DemoAuthorizeEndpoint> m_authorize;
};

// {"error": ..., "error_description": ...} with no-store caching, as OAuth endpoints answer.
http::HttpResponse oauthErrorResponse(int status, const DemoOAuthError &error);
http::HttpResponse noStoreJson(int status, const nlohmann::json &body);

} // namespace mcpc::demo
