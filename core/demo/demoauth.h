#pragma once

#include "demo/demouser.h"
#include "http/httpresponse.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace mcpc::http {
struct HttpRequest;
}

namespace mcpc::demo {

// Who is calling, as far as the MCP endpoint is concerned. With auth off (the default)
// every caller is the built-in demo user and `authenticated` is false.
struct DemoAuthContext
{
    bool authenticated = false;
    QString subject;     // the token's subject (user id)
    QString clientId;    // the OAuth client the token was issued to
    QStringList scopes;  // granted scopes
    DemoUser user = DemoUser::builtIn(); // what get_user_data reports
};

// A gate's verdict on one HTTP request to the MCP endpoint.
struct DemoAuthResult
{
    bool allowed = true;
    DemoAuthContext context;        // when allowed
    http::HttpResponse challenge;   // when refused: sent as is (401/403 + WWW-Authenticate)

    static DemoAuthResult allow(DemoAuthContext context = {});
    static DemoAuthResult deny(http::HttpResponse challenge);
};

// Extension point for the demo's OAuth authorization server (DemoBearerGate): consulted
// on every POST/GET/DELETE to /mcp before any JSON-RPC is read, and again before a
// tool that declares required scopes runs. Implementations must be synchronous (token
// checks against the in-process AS are).
class DemoAuthGate
{
public:
    virtual ~DemoAuthGate() = default;

    virtual DemoAuthResult authorize(const http::HttpRequest &request) = 0;

    // nullopt = go ahead. Default: allowed when auth is off (unauthenticated context) or
    // every required scope was granted; otherwise 403 insufficient_scope.
    virtual std::optional<http::HttpResponse> checkScopes(const http::HttpRequest &request,
                                                          const DemoAuthContext &context,
                                                          const QStringList &requiredScopes);
};

// The default gate: no sign-in, everyone is the built-in demo user.
class OpenDemoAuthGate : public DemoAuthGate
{
public:
    DemoAuthResult authorize(const http::HttpRequest &request) override;
};

// A Bearer challenge (RFC 6750 §3, RFC 9728 §5.1) for gates to send:
// status 401 for missing/invalid tokens, 403 for error "insufficient_scope".
// Empty arguments are left out of the header.
http::HttpResponse bearerChallenge(int status, const QString &error, const QString &description,
                                   const QUrl &resourceMetadata, const QStringList &scopes);

} // namespace mcpc::demo
