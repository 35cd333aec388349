#include "demo/demobearergate.h"

#include "demo/demoauthserver.h"
#include "http/httprequest.h"

namespace mcpc::demo {

namespace {
QStringList unite(QStringList a, const QStringList &b)
{
    for (const QString &s : b) {
        if (!a.contains(s))
            a << s;
    }
    return a;
}
} // namespace

DemoBearerGate::DemoBearerGate(DemoAuthServer *server)
    : m_as(server)
{
}

DemoAuthResult DemoBearerGate::authorize(const http::HttpRequest &request)
{
    if (!m_as)
        return DemoAuthResult::deny(http::HttpResponse::text(503, QStringLiteral("The authorization server is gone.")));
    const QUrl prm = m_as->resourceMetadataUrlFor(request);
    const QStringList wanted = DemoAuthServer::defaultScopes();
    if (request.query.contains(QStringLiteral("access_token")))
        return DemoAuthResult::deny(bearerChallenge(400, QStringLiteral("invalid_request"),
                                                    QStringLiteral("Send the access token in the Authorization header, never in the URL."),
                                                    prm, wanted));
    const QList<QByteArray> headers = request.headers.values("authorization");
    if (headers.size() > 1)
        return DemoAuthResult::deny(bearerChallenge(400, QStringLiteral("invalid_request"),
                                                    QStringLiteral("Send one Authorization header."), prm, wanted));
    const QByteArray header = headers.isEmpty() ? QByteArray() : headers.first().trimmed();
    // RFC 6750 §3.1: a request without credentials gets a challenge without an error code.
    if (header.size() < 7 || !header.left(7).toLower().startsWith("bearer "))
        return DemoAuthResult::deny(bearerChallenge(401, {}, {}, prm, wanted));

    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    DemoGrant grant;
    QString problem;
    switch (m_as->tokens().checkAccessToken(token, &grant)) {
    case DemoTokenProblem::None:
        if (grant.resource != m_as->canonicalResource(m_as->resourceFor(request), request))
            problem = QStringLiteral("The access token was issued for another resource (%1).").arg(grant.resource);
        break;
    case DemoTokenProblem::Unknown:
        problem = QStringLiteral("The access token is not known here (the demo server may have restarted).");
        break;
    case DemoTokenProblem::Expired:
        problem = QStringLiteral("The access token expired.");
        break;
    case DemoTokenProblem::Revoked:
        problem = QStringLiteral("The access token was revoked.");
        break;
    }
    if (!problem.isEmpty()) {
        ++m_as->mutableStats().rejectedTokens;
        // On the server's log, so a test can see the 401 itself (not only a refresh).
        m_as->note(QStringLiteral("Answered 401 invalid_token: %1").arg(problem));
        return DemoAuthResult::deny(bearerChallenge(401, QStringLiteral("invalid_token"), problem, prm, wanted));
    }
    if (!grant.scopes.contains(QStringLiteral("mcp:tools")))
        return DemoAuthResult::deny(bearerChallenge(403, QStringLiteral("insufficient_scope"),
                                                    QStringLiteral("The MCP endpoint needs the mcp:tools scope."), prm,
                                                    unite(grant.scopes, {QStringLiteral("mcp:tools")})));
    DemoAuthContext ctx;
    ctx.authenticated = true;
    ctx.subject = grant.subject;
    ctx.clientId = grant.clientId;
    ctx.scopes = grant.scopes;
    ctx.user = DemoUser::builtIn(); // the one demo account
    return DemoAuthResult::allow(ctx);
}

std::optional<http::HttpResponse> DemoBearerGate::checkScopes(const http::HttpRequest &request, const DemoAuthContext &context,
                                                              const QStringList &requiredScopes)
{
    QStringList missing;
    for (const QString &s : requiredScopes) {
        if (!context.scopes.contains(s))
            missing << s;
    }
    if (missing.isEmpty() || !m_as)
        return std::nullopt;
    // The spec asks for the scopes needed now; sending the granted ones too means the
    // new sign-in does not lose what the client already had.
    return bearerChallenge(403, QStringLiteral("insufficient_scope"),
                           QStringLiteral("This needs the %1 permission, which was not granted.").arg(missing.join(u' ')),
                           m_as->resourceMetadataUrlFor(request), unite(context.scopes, requiredScopes));
}

} // namespace mcpc::demo
