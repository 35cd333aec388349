#pragma once
// A small OAuth authorization server for the GUI sign-in tests, on the scripted HTTP
// server: PRM, RFC 8414 metadata, dynamic registration, /authorize (a 302 straight back
// to the redirect URI, or a page with Allow / Deny links), /token (code and refresh),
// /revoke. Everything adjustable; every request recorded.
#include "scriptedhttpserver.h"

#include <QUrlQuery>

namespace uitest {

struct FakeOAuthServer
{
    QString resource;            // the MCP server URL the PRM names
    bool autoApprove = true;     // /authorize: 302 at once, or a consent page
    bool autoDeny = false;       // with autoApprove: the 302 says access_denied
    bool revocation = true;
    bool sendIss = false;
    QByteArray tokenBody = R"({"access_token":"AT-1","token_type":"bearer","expires_in":3600,"refresh_token":"RT-1","scope":"s1"})";
    int refreshStatus = 400;
    QByteArray refreshBody = R"({"error":"invalid_grant","error_description":"revoked"})";
    mcpc::test::ScriptedHttpServer server{[this](const mcpc::test::ScriptedRequest &r, mcpc::test::ScriptedConnection *c) {
        handle(r, c);
    }};

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.port()); }
    QUrl prmUrl() const { return QUrl(base() + QStringLiteral("/.well-known/oauth-protected-resource/mcp")); }
    int count(const QByteArray &pathPrefix, const QByteArray &grant = {}) const
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.path.startsWith(pathPrefix) && (grant.isEmpty() || r.body.contains(QByteArray("grant_type=" + grant)));
        return n;
    }

    static QString redirectWith(const QUrlQuery &authorize, const QString &params)
    {
        QUrl back(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        back.setQuery(params + QStringLiteral("&state=") + authorize.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
        return back.toString(QUrl::FullyEncoded);
    }

    void handle(const mcpc::test::ScriptedRequest &r, mcpc::test::ScriptedConnection *c)
    {
        const QString path = QString::fromUtf8(r.path.left(r.path.indexOf('?') < 0 ? r.path.size() : r.path.indexOf('?')));
        const QUrlQuery query(QUrl(QString::fromUtf8(r.path)).query(QUrl::FullyEncoded));
        const QString iss = sendIss ? QStringLiteral("&iss=") + QString::fromLatin1(QUrl::toPercentEncoding(base())) : QString();
        if (path == u"/.well-known/oauth-protected-resource/mcp") {
            c->respond(200, QStringLiteral(R"({"resource":"%1","authorization_servers":["%2"],"scopes_supported":["s1"]})")
                                .arg(resource, base()).toUtf8());
        } else if (path == u"/.well-known/oauth-authorization-server") {
            QString doc = QStringLiteral(R"({"issuer":"%1","authorization_endpoint":"%1/authorize","token_endpoint":"%1/token",)"
                                         R"("registration_endpoint":"%1/register","response_types_supported":["code"],)"
                                         R"("code_challenge_methods_supported":["S256"],"token_endpoint_auth_methods_supported":["none"])")
                              .arg(base());
            if (revocation)
                doc += QStringLiteral(R"(,"revocation_endpoint":"%1/revoke")").arg(base());
            c->respond(200, (doc + u'}').toUtf8());
        } else if (path == u"/register") {
            c->respond(201, R"({"client_id":"client-1","token_endpoint_auth_method":"none"})");
        } else if (path == u"/authorize" && autoApprove) {
            const QString answer = autoDeny ? QStringLiteral("error=access_denied") : QStringLiteral("code=CODE-1");
            c->respond(302, {}, "text/plain", {{"Location", redirectWith(query, answer + iss).toUtf8()}});
        } else if (path == u"/authorize") {
            const QString allow = redirectWith(query, QStringLiteral("code=CODE-1") + iss).toHtmlEscaped();
            const QString deny = redirectWith(query, QStringLiteral("error=access_denied") + iss).toHtmlEscaped();
            c->respond(200, QStringLiteral("<!doctype html><html><body><h1>Allow access?</h1>"
                                           "<a id=allow href=\"%1\">Allow</a> <a id=deny href=\"%2\">Deny</a>"
                                           "<a id=plain href=\"http://example.invalid/help\">plain http</a>"
                                           "<a id=popup target=_blank href=\"https://example.invalid/terms\">Terms</a>"
                                           "</body></html>").arg(allow, deny).toUtf8(), "text/html");
        } else if (path == u"/token" && r.body.contains("grant_type=refresh_token")) {
            c->respond(refreshStatus, refreshBody);
        } else if (path == u"/token") {
            c->respond(200, tokenBody);
        } else if (path == u"/revoke") {
            c->respond(200, {}, "text/plain");
        } else {
            c->respond(404, "{}");
        }
    }
};

} // namespace uitest
