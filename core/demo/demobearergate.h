#pragma once

#include "demo/demoauth.h"

#include <QPointer>

namespace mcpc::demo {

class DemoAuthServer;

// The MCP endpoint's side of the demo authorization server: every request to /mcp needs
// `Authorization: Bearer` with a live token issued for this resource and `mcp:tools`.
//   no token             401  Bearer resource_metadata="...", scope="mcp:tools user:read"
//   unknown / expired /
//   revoked / foreign    401  + error="invalid_token", error_description
//   token in the URL     400  invalid_request (RFC 6750 §2.3 is not supported: tokens leak from URLs)
//   missing mcp:tools    403  insufficient_scope
// Tools that need more (user:admin) answer 403 insufficient_scope with the scopes
// already granted plus the missing ones, so a client can step up in one go.
class DemoBearerGate : public DemoAuthGate
{
public:
    explicit DemoBearerGate(DemoAuthServer *server);

    DemoAuthResult authorize(const http::HttpRequest &request) override;
    std::optional<http::HttpResponse> checkScopes(const http::HttpRequest &request, const DemoAuthContext &context,
                                                  const QStringList &requiredScopes) override;

private:
    QPointer<DemoAuthServer> m_as;
};

} // namespace mcpc::demo
