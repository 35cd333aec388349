#include "demo/demoadminreport.h"

#include "demo/demoauthserver.h"

#include <QPointer>

using nlohmann::json;

namespace mcpc::demo {

DemoTool adminReportTool(DemoAuthServer *server)
{
    DemoTool t;
    t.name = DemoAuthServer::adminToolName();
    t.title = QStringLiteral("Get admin report");
    t.description = QStringLiteral("Administrator view of the demo account's sign-ins: apps registered, consents, "
                                   "token refreshes and revocations. Needs the user:admin permission.");
    t.inputSchema = json{{"type", "object"}, {"properties", json::object()}, {"additionalProperties", false}};
    t.annotations = json{{"readOnlyHint", true}, {"destructiveHint", false}, {"openWorldHint", false}};
    t.requiredScopes = {QStringLiteral("user:admin")};
    QPointer<DemoAuthServer> as(server);
    t.run = [as](DemoToolCall *call) {
        if (!as)
            return call->finishText(QStringLiteral("The authorization server is not running."), true);
        const DemoAuthStats &s = as->stats();
        const json report = {{"account", call->auth().user.username.toStdString()},
                             {"grantedScopes", call->auth().scopes.join(u' ').toStdString()},
                             {"registeredApps", s.registrations},
                             {"consentPagesShown", s.consentPagesShown},
                             {"accessAllowed", s.allowed},
                             {"accessDenied", s.denied},
                             {"activeSignIns", as->tokens().activeFamilies()},
                             {"tokenRefreshes", s.refreshes},
                             {"failedRefreshes", s.failedRefreshes},
                             {"revocations", s.revocations},
                             {"rejectedTokens", s.rejectedTokens}};
        const QString text = QStringLiteral("Admin report for %1\n"
                                            "Granted scopes: %2\n"
                                            "Apps registered: %3\n"
                                            "Consent pages shown: %4 (allowed %5, denied %6)\n"
                                            "Active sign-ins: %7\n"
                                            "Token refreshes: %8 (failed %9)\n"
                                            "Revocations: %10\n"
                                            "Rejected access tokens: %11")
                                 .arg(call->auth().user.username, call->auth().scopes.join(u' '))
                                 .arg(s.registrations)
                                 .arg(s.consentPagesShown)
                                 .arg(s.allowed)
                                 .arg(s.denied)
                                 .arg(as->tokens().activeFamilies())
                                 .arg(s.refreshes)
                                 .arg(s.failedRefreshes)
                                 .arg(s.revocations)
                                 .arg(s.rejectedTokens);
        call->finish(json{{"content", json::array({textContent(text)})}, {"structuredContent", report}});
    };
    return t;
}

} // namespace mcpc::demo
