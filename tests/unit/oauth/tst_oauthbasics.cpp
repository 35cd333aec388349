// Pure pieces of the sign-in engine: well-known URLs, the WWW-Authenticate parser, PKCE,
// callback checks (state, port, iss), resource matching, scope and auth-method choice.
// Test tables read better with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "oauth/authorizationflow.h"
#include "oauth/loopbackredirectlistener.h"
#include "oauth/oauthtypes.h"
#include "oauth/pkce.h"
#include "oauth/wellknownurls.h"
#include "oauth/wwwauthenticate.h"

#include <QtTest>

using namespace mcpc;
using namespace mcpc::oauth;

class TestOAuthBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prmUrls_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("path") << "https://example.com/public/mcp" << ""
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource/public/mcp",
                                             "https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("trailing slash stripped") << "https://example.com/mcp/" << ""
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource/mcp",
                                             "https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("root only") << "https://example.com/" << ""
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("no path") << "https://example.com" << ""
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("port and query kept") << "http://127.0.0.1:8080/mcp?tenant=a" << ""
                              << QStringList{"http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp?tenant=a",
                                             "http://127.0.0.1:8080/.well-known/oauth-protected-resource"};
        QTest::newRow("header first") << "https://example.com/mcp" << "https://example.com/custom/prm.json"
                              << QStringList{"https://example.com/custom/prm.json",
                                             "https://example.com/.well-known/oauth-protected-resource/mcp",
                                             "https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("header duplicate dropped") << "https://example.com/mcp" << "https://example.com/.well-known/oauth-protected-resource/mcp"
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource/mcp",
                                             "https://example.com/.well-known/oauth-protected-resource"};
        QTest::newRow("host lower-cased") << "https://EXAMPLE.com/mcp" << ""
                              << QStringList{"https://example.com/.well-known/oauth-protected-resource/mcp",
                                             "https://example.com/.well-known/oauth-protected-resource"};
    }
    void prmUrls()
    {
        QFETCH(QString, server);
        QFETCH(QString, header);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const QUrl &u : wellknown::protectedResourceUrls(QUrl(server), header.isEmpty() ? QUrl() : QUrl(header)))
            got << u.toString();
        QCOMPARE(got, expected);
    }

    void asUrls_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no path") << "https://auth.example.com"
            << QStringList{"https://auth.example.com/.well-known/oauth-authorization-server",
                           "https://auth.example.com/.well-known/openid-configuration"};
        QTest::newRow("slash only") << "https://auth.example.com/"
            << QStringList{"https://auth.example.com/.well-known/oauth-authorization-server",
                           "https://auth.example.com/.well-known/openid-configuration"};
        QTest::newRow("tenant path") << "https://auth.example.com/tenant1"
            << QStringList{"https://auth.example.com/.well-known/oauth-authorization-server/tenant1",
                           "https://auth.example.com/.well-known/openid-configuration/tenant1",
                           "https://auth.example.com/tenant1/.well-known/openid-configuration"};
        QTest::newRow("tenant path, trailing slash") << "https://auth.example.com/tenant1/"
            << QStringList{"https://auth.example.com/.well-known/oauth-authorization-server/tenant1",
                           "https://auth.example.com/.well-known/openid-configuration/tenant1",
                           "https://auth.example.com/tenant1/.well-known/openid-configuration"};
        QTest::newRow("keycloak realm") << "http://localhost:8080/realms/mcp"
            << QStringList{"http://localhost:8080/.well-known/oauth-authorization-server/realms/mcp",
                           "http://localhost:8080/.well-known/openid-configuration/realms/mcp",
                           "http://localhost:8080/realms/mcp/.well-known/openid-configuration"};
    }
    void asUrls()
    {
        QFETCH(QString, issuer);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const QUrl &u : wellknown::authServerUrls(QUrl(issuer)))
            got << u.toString();
        QCOMPARE(got, expected);
    }

    void legacyAndCanonical()
    {
        QCOMPARE(wellknown::legacyAuthServer(QUrl("https://mcp.example.com:8443/v1/mcp")).toString(), QString("https://mcp.example.com:8443"));
        QCOMPARE(wellknown::canonicalResource(QUrl("HTTPS://MCP.Example.com/mcp#frag")), QString("https://mcp.example.com/mcp"));
        QCOMPARE(wellknown::canonicalResource(QUrl("https://mcp.example.com/")), QString("https://mcp.example.com"));
    }

    void resourceMatch_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("ok");
        QTest::newRow("identical") << "https://a.com/mcp" << "https://a.com/mcp" << true;
        QTest::newRow("origin only") << "https://a.com" << "https://a.com/mcp" << true;
        QTest::newRow("prefix") << "https://a.com/api" << "https://a.com/api/mcp" << true;
        QTest::newRow("not on a segment") << "https://a.com/ap" << "https://a.com/api/mcp" << false;
        QTest::newRow("other host") << "https://evil.example.com/mcp" << "http://localhost:3000/mcp" << false;
        QTest::newRow("other port") << "http://localhost:3001/mcp" << "http://localhost:3000/mcp" << false;
        QTest::newRow("other scheme") << "http://a.com/mcp" << "https://a.com/mcp" << false;
        QTest::newRow("default port") << "https://a.com:443/mcp" << "https://a.com/mcp" << true;
        QTest::newRow("longer path") << "https://a.com/mcp/x" << "https://a.com/mcp" << false;
        QTest::newRow("fragment") << "https://a.com/mcp#x" << "https://a.com/mcp" << false;
    }
    void resourceMatch()
    {
        QFETCH(QString, resource);
        QFETCH(QString, server);
        QFETCH(bool, ok);
        QCOMPARE(wellknown::resourceMatchesServer(resource, QUrl(server)), ok);
    }

    void httpsRule()
    {
        QVERIFY(wellknown::isAllowedEndpoint(QUrl("https://auth.example.com/token")));
        QVERIFY(wellknown::isAllowedEndpoint(QUrl("http://127.0.0.1:9000/token")));
        QVERIFY(wellknown::isAllowedEndpoint(QUrl("http://localhost:9000/token")));
        QVERIFY(!wellknown::isAllowedEndpoint(QUrl("http://auth.example.com/token")));
        QVERIFY(!wellknown::isAllowedEndpoint(QUrl("javascript:alert(1)")));
        QVERIFY(!wellknown::isAllowedEndpoint(QUrl("file:///etc/passwd")));
    }

    void wwwAuthenticate()
    {
        // Several challenges in one value, quoted commas, escapes, a token68 scheme.
        const auto cs = parseWwwAuthenticate({
            "Basic realm=\"a, b\", Bearer error=\"invalid_token\", error_description=\"say \\\"hi\\\", then go\", resource_metadata=\"https://x.com/.well-known/oauth-protected-resource/mcp\", DPoP algs=\"ES256\"",
            "Negotiate YII=",
            "bearer scope=read"});
        QCOMPARE(cs.size(), 5);
        QCOMPARE(cs[0].scheme, QByteArray("basic"));
        QCOMPARE(cs[0].param("realm"), QString("a, b"));
        QCOMPARE(cs[1].scheme, QByteArray("bearer"));
        QCOMPARE(cs[1].param("ERROR"), QString("invalid_token"));
        QCOMPARE(cs[1].param("error_description"), QString("say \"hi\", then go"));
        QCOMPARE(cs[1].param("resource_metadata"), QString("https://x.com/.well-known/oauth-protected-resource/mcp"));
        QCOMPARE(cs[2].scheme, QByteArray("dpop"));
        QCOMPARE(cs[2].param("algs"), QString("ES256"));
        QCOMPARE(cs[3].scheme, QByteArray("negotiate"));
        QCOMPARE(cs[3].token68, QByteArray("YII="));
        QCOMPARE(cs[4].param("scope"), QString("read"));

        const BearerChallenge b = bearerChallenge({"Basic realm=\"x\"", "Bearer scope=\"mcp:basic mcp:write\", error=\"insufficient_scope\""});
        QVERIFY(b.present);
        QCOMPARE(b.scope, QString("mcp:basic mcp:write"));
        QCOMPARE(b.error, QString("insufficient_scope"));
        QVERIFY(!bearerChallenge({"Basic realm=x"}).present);
        QVERIFY(bearerChallenge({"Bearer"}).present);
        // Broken input: keeps what parsed, never crashes.
        const auto broken = parseWwwAuthenticate({"Bearer a=\"unterminated", "", ",,,", "=x"});
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].scheme, QByteArray("bearer"));
    }

    void pkceRfc7636AppendixB()
    {
        QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray v = pkce::generateVerifier();
        QCOMPARE(v.size(), 43);
        QVERIFY(QRegularExpression("^[A-Za-z0-9_-]+$").match(QString::fromLatin1(v)).hasMatch());
        QVERIFY(v != pkce::generateVerifier());
        QVERIFY(pkce::randomToken() != pkce::randomToken());
    }

    void callbackChecks()
    {
        CallbackExpectation e;
        e.redirectUri = QUrl("http://127.0.0.1:5000/callback");
        e.state = "s1";
        e.issuer = "https://auth.example.com";
        auto r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s1"));
        QCOMPARE(r.kind, CallbackResult::Kind::Code);
        QCOMPARE(r.code, QString("c"));
        // state mismatch / missing
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s2"));
        QCOMPARE(r.kind, CallbackResult::Kind::WrongState);
        QVERIFY(r.error.message.contains("state mismatch"));
        QCOMPARE(checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c")).kind, CallbackResult::Kind::WrongState);
        // wrong port, wrong path: not ours
        QCOMPARE(checkCallback(e, QUrl("http://127.0.0.1:5001/callback?code=c&state=s1")).kind, CallbackResult::Kind::NotForUs);
        QCOMPARE(checkCallback(e, QUrl("http://127.0.0.1:5000/favicon.ico")).kind, CallbackResult::Kind::NotForUs);
        QCOMPARE(checkCallback(e, QUrl("http://localhost:5000/callback?code=c&state=s1")).kind, CallbackResult::Kind::NotForUs);
        // iss (RFC 9207)
        QCOMPARE(checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s1&iss=https%3A%2F%2Fauth.example.com")).kind,
                 CallbackResult::Kind::Code);
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s1&iss=https%3A%2F%2Fevil.example.com"));
        QCOMPARE(r.kind, CallbackResult::Kind::Rejected);
        QVERIFY(r.error.message.contains("iss mismatch"));
        QVERIFY(r.error.message.contains("\"https://evil.example.com\""));
        // no normalisation: a trailing slash, case or an explicit default port is another issuer
        for (const char *variant : {"https%3A%2F%2Fauth.example.com%2F", "https%3A%2F%2FAUTH.example.com",
                                    "https%3A%2F%2Fauth.example.com%3A443"})
            QCOMPARE(checkCallback(e, QUrl(QString("http://127.0.0.1:5000/callback?code=c&state=s1&iss=") + variant)).kind,
                     CallbackResult::Kind::Rejected);
        // absent: fine unless the AS advertised it
        QCOMPARE(checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s1")).kind, CallbackResult::Kind::Code);
        e.issRequired = true;
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?code=c&state=s1"));
        QCOMPARE(r.kind, CallbackResult::Kind::Rejected);
        QVERIFY(r.error.message.contains("iss missing"));
        // checked before an error response is shown
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?error=evil_text&state=s1"));
        QVERIFY(r.error.message.contains("iss missing") && !r.error.message.contains("evil_text"));
        e.issRequired = false;
        // errors from the AS
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?error=access_denied&state=s1"));
        QCOMPARE(r.kind, CallbackResult::Kind::Rejected);
        QVERIFY(r.error.message.contains("denied"));
        // ...but not shown when the state is wrong
        r = checkCallback(e, QUrl("http://127.0.0.1:5000/callback?error=evil_text&state=zz"));
        QCOMPARE(r.kind, CallbackResult::Kind::WrongState);
        QVERIFY(!r.error.message.contains("evil_text"));
    }

    void metadataIssuerComparison()
    {
        QVERIFY(sameIssuer("https://as.example.com/t1", "https://as.example.com/t1"));
        QVERIFY(sameIssuer("https://as.example.com/", "https://as.example.com")); // the one tolerance
        QVERIFY(sameIssuer("https://as.example.com", "https://as.example.com/"));
        QVERIFY(!sameIssuer("https://as.example.com//", "https://as.example.com"));
        QVERIFY(!sameIssuer("https://AS.example.com", "https://as.example.com"));
        QVERIFY(!sameIssuer("https://as.example.com:443", "https://as.example.com"));
        QVERIFY(!sameIssuer("https://attacker.example.com", "https://as.example.com"));
    }

    void authMethodChoice()
    {
        ClientCredentials c{"id", "secret", "", RegistrationKind::Dynamic, "iss", {}};
        QCOMPARE(selectAuthMethod(c, {}), QString("client_secret_basic"));
        QCOMPARE(selectAuthMethod(c, {"none"}), QString("none"));
        QCOMPARE(selectAuthMethod(c, {"client_secret_post", "none"}), QString("client_secret_post"));
        QCOMPARE(selectAuthMethod(c, {"client_secret_post", "client_secret_basic"}), QString("client_secret_basic"));
        c.authMethod = "client_secret_post";
        QCOMPARE(selectAuthMethod(c, {"client_secret_post", "client_secret_basic"}), QString("client_secret_post"));
        c.clientSecret.clear();
        c.authMethod.clear();
        QCOMPARE(selectAuthMethod(c, {}), QString("none"));
        QCOMPARE(selectAuthMethod(c, {"client_secret_basic", "none"}), QString("none"));
    }

    void scopeSelection()
    {
        DiscoveryResult d;
        ProtectedResourceMetadata prm;
        prm.scopesSupported = {"a", "b"};
        AuthorizationOptions o;
        QCOMPARE(selectScope(o, d), QString());            // nothing known: omitted
        d.resourceMetadata = prm;
        QCOMPARE(selectScope(o, d), QString("a b"));       // all of scopes_supported
        o.challenge.scope = "c";
        QCOMPARE(selectScope(o, d), QString("c"));         // the challenge wins
        o.currentScope = "a c";
        o.challenge.scope = "c d";
        QCOMPARE(selectScope(o, d), QString("a c d"));     // step-up keeps the grant
        o.scope = "x";
        o.currentScope.clear();
        QCOMPARE(selectScope(o, d), QString("x"));         // explicit --scope
    }

    void recordRoundTripKeepsSecretsOutOfMetadata()
    {
        SignInRecord r;
        r.tokens = {"AT-123456789", "RT-123456789", "Bearer", 42, "a b"};
        r.client = {"cid", "CS-123456789", "none", RegistrationKind::Dynamic, "https://i", {"http://127.0.0.1:1/callback"}};
        r.issuer = "https://i";
        r.serverUrl = QUrl("https://s/mcp");
        auto back = parseRecord(serializeRecord(r));
        QVERIFY(back.has_value());
        QCOMPARE(back->tokens.refreshToken, QString("RT-123456789"));
        QCOMPARE(back->client.clientSecret, QString("CS-123456789"));
        QCOMPARE(back->tokens.expiresAtMs, qint64(42));
        const QString meta = QString::fromStdString(recordMetadataJson(r));
        QVERIFY(!meta.contains("AT-1") && !meta.contains("RT-1") && !meta.contains("CS-1"));
        QVERIFY(meta.contains("https://i"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthBasics)
#include "tst_oauthbasics.moc"
