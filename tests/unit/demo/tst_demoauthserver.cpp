// The demo authorization server over HTTP: metadata per Host, registration rules, the
// /authorize checks (page vs redirect), the consent page and its CSRF protection, PKCE,
// single-use codes, refresh rotation with reuse detection, revocation, the bearer gate
// (401 / invalid_token / 403 insufficient_scope) and expiry on a fake clock.
#include "demoauthtestbase.h"

#include "demo/consentpage.h"

class TestDemoAuthServer : public DemoAuthTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpAuthServer(); }
    void cleanup() { tearDownAuthServer(); }

    void metadataFollowsTheHostTheClientUsed()
    {
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            const HttpResult prm = get(base(host) + QStringLiteral("/.well-known/oauth-protected-resource/mcp"));
            QCOMPARE(prm.status, 200);
            JCOMPARE_STR(prm.doc.at("resource"), resource(host));
            JCOMPARE_STR(prm.doc.at("authorization_servers")[0], base(host));
            QVERIFY(prm.doc.at("scopes_supported").size() == 3);
            const HttpResult root = get(base(host) + QStringLiteral("/.well-known/oauth-protected-resource"));
            QVERIFY(root.doc == prm.doc);

            const HttpResult as = get(base(host) + QStringLiteral("/.well-known/oauth-authorization-server"));
            QCOMPARE(as.status, 200);
            JCOMPARE_STR(as.doc.at("issuer"), base(host));
            JCOMPARE_STR(as.doc.at("authorization_endpoint"), base(host) + QStringLiteral("/authorize"));
            JCOMPARE_STR(as.doc.at("token_endpoint"), base(host) + QStringLiteral("/token"));
            JCOMPARE_STR(as.doc.at("registration_endpoint"), base(host) + QStringLiteral("/register"));
            JCOMPARE_STR(as.doc.at("revocation_endpoint"), base(host) + QStringLiteral("/revoke"));
            QVERIFY(as.doc.at("code_challenge_methods_supported") == json::array({"S256"}));
            QVERIFY(as.doc.at("authorization_response_iss_parameter_supported") == true);
            QVERIFY(as.doc.at("response_types_supported") == json::array({"code"}));
            QVERIFY(as.doc.at("token_endpoint_auth_methods_supported").size() == 3);
        }
        // DNS rebinding: another name is refused.
        QCOMPARE(get(base() + QStringLiteral("/.well-known/oauth-authorization-server"), {{"Host", "evil.example"}}).status, 403);
    }

    void challengeWithoutAToken()
    {
        const HttpResult r = mcpInitialize({});
        QCOMPARE(r.status, 401);
        const QByteArray h = r.header("WWW-Authenticate");
        QVERIFY2(h.startsWith("Bearer "), h.constData());
        QVERIFY(!h.contains("error=")); // RFC 6750 §3.1: no error code without credentials
        QVERIFY(h.contains("scope=\"mcp:tools user:read\""));
        QVERIFY(h.contains(QStringLiteral("resource_metadata=\"%1/.well-known/oauth-protected-resource/mcp\"").arg(base()).toLatin1()));

        const HttpResult bogus = mcpInitialize(QStringLiteral("nope"));
        QCOMPARE(bogus.status, 401);
        QVERIFY(bogus.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        // Never in the URL.
        QCOMPARE(postJson(resource() + QStringLiteral("?access_token=x"), json::object()).status, 400);
    }

    void registrationRules()
    {
        const RegisteredClient pub = registerClient();
        QVERIFY(pub.id.startsWith(u"pub."));
        QVERIFY(pub.secret.isEmpty());
        const RegisteredClient conf = registerClient(QStringLiteral("client_secret_basic"));
        QVERIFY(!conf.id.isEmpty() && !conf.id.startsWith(u"pub."));
        QVERIFY(conf.secret.size() >= 32);

        auto reg = [this](const json &body) { return postJson(base() + QStringLiteral("/register"), body); };
        HttpResult r = reg(json{{"redirect_uris", json::array({"http://evil.example/cb"})}, {"token_endpoint_auth_method", "none"}});
        QCOMPARE(r.status, 400);
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_redirect_uri"));
        r = reg(json{{"redirect_uris", json::array({"javascript:alert(1)"})}, {"token_endpoint_auth_method", "none"}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_redirect_uri"));
        r = reg(json{{"redirect_uris", json::array({"http://127.0.0.1:1/cb#x"})}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_redirect_uri"));
        r = reg(json{{"client_name", "x"}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_redirect_uri"));
        r = reg(json{{"redirect_uris", json::array({"http://127.0.0.1:1/cb"})}, {"token_endpoint_auth_method", "private_key_jwt"}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_client_metadata"));
        r = reg(json{{"redirect_uris", json::array({"http://127.0.0.1:1/cb"})}, {"grant_types", json::array({"implicit"})}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_client_metadata"));
        // RFC 7591's default method is client_secret_basic: a secret comes back.
        r = reg(json{{"redirect_uris", json::array({"https://app.example.com/cb", "cursor://oauth/callback"})}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.doc.contains("client_secret"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }

    void publicClientsSurviveARestart()
    {
        const RegisteredClient c = registerClient();
        tearDownAuthServer();
        setUpAuthServer();
        const HttpResult page = get(authorizeUrl(c, Pkce::make()));
        QCOMPARE(page.status, 200); // the id itself carries the registration
        QVERIFY(page.body.contains("Test App"));
    }

    void authorizeErrorsBeforeTheRedirectIsTrustedAreShownNotRedirected()
    {
        const RegisteredClient c = registerClient();
        RegisteredClient unknown = c;
        unknown.id = QStringLiteral("no-such-client");
        HttpResult r = get(authorizeUrl(unknown, Pkce::make()));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.body.contains("Unknown app"));

        RegisteredClient otherRedirect = c;
        otherRedirect.redirectUri = QStringLiteral("https://evil.example/cb");
        r = get(authorizeUrl(otherRedirect, Pkce::make()));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());

        // Loopback: any port, same path (RFC 8252 §7.3); another path is refused.
        RegisteredClient otherPort = c;
        otherPort.redirectUri = QStringLiteral("http://127.0.0.1:9999/callback");
        QCOMPARE(get(authorizeUrl(otherPort, Pkce::make())).status, 200);
        otherPort.redirectUri = QStringLiteral("http://127.0.0.1:9999/other");
        QCOMPARE(get(authorizeUrl(otherPort, Pkce::make())).status, 400);
    }

    void authorizeErrorsAfterThatGoBackWithStateAndIss()
    {
        const RegisteredClient c = registerClient();
        const QString good = authorizeUrl(c, Pkce::make());
        auto expectError = [&](const QString &url, const QString &error) {
            const HttpResult r = get(url);
            QCOMPARE(r.status, 302);
            QVERIFY2(r.header("Location").startsWith(QByteArray(c.redirectUri.toLatin1() + '?')), r.header("Location").constData());
            QCOMPARE(r.locationParam(QStringLiteral("error")), error);
            QCOMPARE(r.locationParam(QStringLiteral("state")), QStringLiteral("st-1"));
            QCOMPARE(r.locationParam(QStringLiteral("iss")), base());
        };
        expectError(QString(good).remove(QRegularExpression(QStringLiteral("&code_challenge=[^&]*"))), QStringLiteral("invalid_request"));
        expectError(QString(good).replace(QStringLiteral("method=S256"), QStringLiteral("method=plain")), QStringLiteral("invalid_request"));
        expectError(QString(good).replace(QStringLiteral("response_type=code"), QStringLiteral("response_type=token")),
                    QStringLiteral("unsupported_response_type"));
        expectError(good + QStringLiteral("&scope=root"), QStringLiteral("invalid_scope"));
        expectError(QString(good).replace(QStringLiteral("%2Fmcp"), QStringLiteral("%2Fother")), QStringLiteral("invalid_target"));
        expectError(good + QStringLiteral("&state=again"), QStringLiteral("invalid_request"));
    }

    void consentPageAllowAndDeny()
    {
        const RegisteredClient c = registerClient();
        const Pkce pkce = Pkce::make();
        QByteArray page;
        HttpResult r = consent(authorizeUrl(c, pkce, QStringLiteral("mcp:tools user:read user:admin")), QStringLiteral("allow"), &page);
        const QString html = QString::fromUtf8(page);
        QVERIFY(html.contains(u"<strong>Test App</strong> wants to access your account"));
        QVERIFY(html.contains(ConsentPage::describeScope(QStringLiteral("user:read")).toHtmlEscaped()));
        QVERIFY(html.contains(ConsentPage::describeScope(QStringLiteral("user:admin")).toHtmlEscaped()));
        QVERIFY(html.contains(u"ada.demo"));
        QVERIFY(html.contains(u"value=\"allow\"") && html.contains(u"value=\"deny\""));
        QVERIFY(html.contains(u"127.0.0.1:4567"));
        QCOMPARE(r.status, 303);
        QVERIFY(!r.locationParam(QStringLiteral("code")).isEmpty());
        QCOMPARE(r.locationParam(QStringLiteral("iss")), base());
        QCOMPARE(r.locationParam(QStringLiteral("state")), QStringLiteral("st-1"));

        r = consent(authorizeUrl(c, pkce), QStringLiteral("deny"));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.locationParam(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(r.locationParam(QStringLiteral("code")).isEmpty());
        QCOMPARE(m_as->stats().denied, 1);
        QCOMPARE(m_as->stats().allowed, 1);
    }

    void consentNeedsTheCsrfTokenAndTheCookieAndIsSingleUse()
    {
        const RegisteredClient c = registerClient();
        const HttpResult page = get(authorizeUrl(c, Pkce::make()));
        QVERIFY(page.header("Set-Cookie").contains("SameSite=Strict"));
        QVERIFY(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        const QString id = formField(page.body, QStringLiteral("request_id"));
        const QString csrf = formField(page.body, QStringLiteral("csrf_token"));
        QVERIFY(!id.isEmpty() && !csrf.isEmpty());

        // Without the cookie (another site posting the form): refused, and the request is gone.
        m_nam->setCookieJar(new QNetworkCookieJar(m_nam));
        HttpResult r = postForm(base() + QStringLiteral("/consent"), {{QStringLiteral("request_id"), id},
                                                                      {QStringLiteral("csrf_token"), csrf},
                                                                      {QStringLiteral("decision"), QStringLiteral("allow")}});
        QCOMPARE(r.status, 403);
        QVERIFY(r.header("Location").isEmpty());
        r = postForm(base() + QStringLiteral("/consent"), {{QStringLiteral("request_id"), id},
                                                          {QStringLiteral("csrf_token"), csrf},
                                                          {QStringLiteral("decision"), QStringLiteral("allow")}},
                     {{"Cookie", QString(DemoAuthorizeEndpointCookie(id) + u'=' + csrf).toLatin1()}});
        QCOMPARE(r.status, 400); // already answered

        // With cookie but a wrong token.
        const HttpResult page2 = get(authorizeUrl(c, Pkce::make()));
        r = postForm(base() + QStringLiteral("/consent"), {{QStringLiteral("request_id"), formField(page2.body, QStringLiteral("request_id"))},
                                                          {QStringLiteral("csrf_token"), QStringLiteral("guess")},
                                                          {QStringLiteral("decision"), QStringLiteral("allow")}});
        QCOMPARE(r.status, 403);
    }

    void codeExchangeChecksPkceRedirectResourceAndIsSingleUse()
    {
        const RegisteredClient c = registerClient();
        const Pkce pkce = Pkce::make();
        QString code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        HttpResult r = exchange(c, code, Pkce::make("wrong-verifier-wrong-verifier-wrong-verifier-0"));
        QCOMPARE(r.status, 400);
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_grant"));
        r = exchange(c, code, pkce); // a failed attempt burnt the code
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_grant"));

        code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        RegisteredClient otherRedirect = c;
        otherRedirect.redirectUri = QStringLiteral("http://127.0.0.1:4567/other");
        JCOMPARE_STR(exchange(otherRedirect, code, pkce).doc.at("error"), QStringLiteral("invalid_grant"));

        code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        r = postForm(base() + QStringLiteral("/token"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                        {QStringLiteral("code"), code},
                                                        {QStringLiteral("redirect_uri"), c.redirectUri},
                                                        {QStringLiteral("code_verifier"), pkce.verifier},
                                                        {QStringLiteral("client_id"), c.id},
                                                        {QStringLiteral("resource"), base() + QStringLiteral("/elsewhere")}});
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_target"));

        code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        r = exchange(c, code, pkce);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        JCOMPARE_STR(r.doc.at("token_type"), QStringLiteral("Bearer"));
        QVERIFY(r.doc.at("expires_in") == 3600);
        JCOMPARE_STR(r.doc.at("scope"), QStringLiteral("mcp:tools user:read"));
        const QString access = QString::fromStdString(r.doc.at("access_token").get<std::string>());
        QCOMPARE(mcpInitialize(access).status, 200);
        // Replaying the code fails and revokes what it gave.
        JCOMPARE_STR(exchange(c, code, pkce).doc.at("error"), QStringLiteral("invalid_grant"));
        QCOMPARE(mcpInitialize(access).status, 401);
        // An expired code.
        code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        m_clock.advance(61'000);
        JCOMPARE_STR(exchange(c, code, pkce).doc.at("error"), QStringLiteral("invalid_grant"));
    }

    void tokensWorkOnlyForTheirResourceAndExpire()
    {
        const json t = signIn();
        const QString access = QString::fromStdString(t.at("access_token").get<std::string>());
        QCOMPARE(mcpInitialize(access).status, 200);
        // Issued for http://127.0.0.1:PORT/mcp, not for the localhost name of it.
        const HttpResult other = mcpInitialize(access, QStringLiteral("localhost"));
        QCOMPARE(other.status, 401);
        QVERIFY(other.header("WWW-Authenticate").contains("another resource"));
        m_clock.advance(3600 * 1000);
        const HttpResult expired = mcpInitialize(access);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        QVERIFY(expired.header("WWW-Authenticate").contains("expired"));
    }

    void refreshRotatesAndAReusedTokenRevokesTheFamily()
    {
        RegisteredClient c;
        const json t = signIn({}, &c);
        const QString rt1 = QString::fromStdString(t.at("refresh_token").get<std::string>());
        HttpResult r = refresh(c, rt1);
        QCOMPARE(r.status, 200);
        const QString rt2 = QString::fromStdString(r.doc.at("refresh_token").get<std::string>());
        const QString at2 = QString::fromStdString(r.doc.at("access_token").get<std::string>());
        QVERIFY(rt2 != rt1);
        QCOMPARE(mcpInitialize(at2).status, 200);
        QCOMPARE(m_as->stats().refreshes, 1);
        // Cannot widen.
        JCOMPARE_STR(refresh(c, rt2, QStringLiteral("mcp:tools user:admin")).doc.at("error"), QStringLiteral("invalid_scope"));
        // The old one again: theft assumed, everything of this sign-in dies.
        JCOMPARE_STR(refresh(c, rt1).doc.at("error"), QStringLiteral("invalid_grant"));
        QCOMPARE(mcpInitialize(at2).status, 401);
        JCOMPARE_STR(refresh(c, rt2).doc.at("error"), QStringLiteral("invalid_grant"));
        // Another client cannot use someone's refresh token.
        RegisteredClient c2;
        const json t2 = signIn({}, &c2);
        RegisteredClient thief = registerClient();
        QVERIFY(thief.id != c2.id); // same metadata, still another client
        JCOMPARE_STR(refresh(thief, QString::fromStdString(t2.at("refresh_token").get<std::string>())).doc.at("error"),
                     QStringLiteral("invalid_grant"));
    }

    void revocation()
    {
        RegisteredClient c;
        const json t = signIn({}, &c);
        const QString at = QString::fromStdString(t.at("access_token").get<std::string>());
        const QString rt = QString::fromStdString(t.at("refresh_token").get<std::string>());
        auto revoke = [&](const RegisteredClient &who, const QString &token, const QString &hint) {
            return postForm(base() + QStringLiteral("/revoke"), {{QStringLiteral("token"), token},
                                                                 {QStringLiteral("token_type_hint"), hint},
                                                                 {QStringLiteral("client_id"), who.id}});
        };
        QCOMPARE(revoke(c, QStringLiteral("unknown"), QStringLiteral("refresh_token")).status, 200);
        const RegisteredClient other = registerClient();
        QCOMPARE(revoke(other, rt, QStringLiteral("refresh_token")).status, 400);
        QCOMPARE(mcpInitialize(at).status, 200);
        QCOMPARE(revoke(c, rt, QStringLiteral("refresh_token")).status, 200);
        QCOMPARE(mcpInitialize(at).status, 401); // RFC 7009 §2.1: the grant's access tokens go too
        JCOMPARE_STR(refresh(c, rt).doc.at("error"), QStringLiteral("invalid_grant"));

        // An access token alone.
        const json t2 = signIn({}, &c);
        const QString at2 = QString::fromStdString(t2.at("access_token").get<std::string>());
        QCOMPARE(revoke(c, at2, QStringLiteral("access_token")).status, 200);
        QCOMPARE(mcpInitialize(at2).status, 401);
        QCOMPARE(refresh(c, QString::fromStdString(t2.at("refresh_token").get<std::string>())).status, 200);
    }

    void confidentialClientsAuthenticate()
    {
        const RegisteredClient c = registerClient(QStringLiteral("client_secret_basic"));
        const Pkce pkce = Pkce::make();
        const QString code = consent(authorizeUrl(c, pkce), QStringLiteral("allow")).locationParam(QStringLiteral("code"));
        const QList<QPair<QString, QString>> form = {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                     {QStringLiteral("code"), code},
                                                     {QStringLiteral("redirect_uri"), c.redirectUri},
                                                     {QStringLiteral("code_verifier"), pkce.verifier},
                                                     {QStringLiteral("resource"), resource()}};
        auto basic = [](const QString &id, const QString &secret) {
            return QList<QPair<QByteArray, QByteArray>>{
                {"Authorization", "Basic " + QByteArray(QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret)).toBase64()}};
        };
        HttpResult r = postForm(base() + QStringLiteral("/token"), form, basic(c.id, QStringLiteral("wrong")));
        QCOMPARE(r.status, 401);
        JCOMPARE_STR(r.doc.at("error"), QStringLiteral("invalid_client"));
        // The secret in the body, though it registered Basic: refused as well.
        r = postForm(base() + QStringLiteral("/token"), form + QList<QPair<QString, QString>>{{QStringLiteral("client_id"), c.id},
                                                                                            {QStringLiteral("client_secret"), c.secret}});
        QCOMPARE(r.status, 401);
        // No secret at all.
        r = postForm(base() + QStringLiteral("/token"), form + QList<QPair<QString, QString>>{{QStringLiteral("client_id"), c.id}});
        QCOMPARE(r.status, 401);
        // Failed client authentication never reaches the code, so it still works.
        r = postForm(base() + QStringLiteral("/token"), form, basic(c.id, c.secret));
        QCOMPARE(r.status, 200);
        QVERIFY(r.doc.contains("refresh_token"));
    }

    void insufficientScopeNamesWhatIsMissingPlusWhatWasGranted()
    {
        const json t = signIn();
        const QByteArray bearer = "Bearer " + QByteArray::fromStdString(t.at("access_token").get<std::string>());
        const HttpResult init = mcpInitialize(QString::fromLatin1(bearer.mid(7)));
        const QByteArray session = init.header("Mcp-Session-Id");
        const QList<QPair<QByteArray, QByteArray>> h = {{"Authorization", bearer}, {"Mcp-Session-Id", session},
                                                        {"MCP-Protocol-Version", "2025-11-25"}};
        postJson(resource(), json{{"jsonrpc", "2.0"}, {"method", "notifications/initialized"}}, h);
        HttpResult r = postJson(resource(), json{{"jsonrpc", "2.0"}, {"id", 2}, {"method", "tools/call"},
                                                 {"params", {{"name", "get_user_data"}}}}, h);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("ada.demo"));
        r = postJson(resource(), json{{"jsonrpc", "2.0"}, {"id", 3}, {"method", "tools/call"},
                                      {"params", {{"name", "get_admin_report"}}}}, h);
        QCOMPARE(r.status, 403);
        const QByteArray www = r.header("WWW-Authenticate");
        QVERIFY2(www.contains("error=\"insufficient_scope\""), www.constData());
        QVERIFY(www.contains("scope=\"mcp:tools user:read user:admin\""));
        QVERIFY(www.contains("resource_metadata="));

        const json admin = signIn(QStringLiteral("mcp:tools user:read user:admin"));
        JCOMPARE_STR(admin.at("scope"), QStringLiteral("mcp:tools user:read user:admin"));
    }

    void requireResourceRefusesRequestsWithoutIt()
    {
        tearDownAuthServer();
        DemoAuthConfig config;
        config.requireResource = true;
        setUpAuthServer(config);
        const RegisteredClient c = registerClient();
        const QString url = authorizeUrl(c, Pkce::make()).remove(QRegularExpression(QStringLiteral("&resource=[^&]*")));
        const HttpResult r = get(url);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.locationParam(QStringLiteral("error")), QStringLiteral("invalid_target"));
    }

    void autoConsentStillChecksEverything()
    {
        tearDownAuthServer();
        DemoAuthConfig config;
        config.autoConsent = DemoAuthConfig::AutoConsent::Deny;
        setUpAuthServer(config);
        const RegisteredClient c = registerClient();
        HttpResult r = get(authorizeUrl(c, Pkce::make()));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.locationParam(QStringLiteral("error")), QStringLiteral("access_denied"));
        RegisteredClient bad = c;
        bad.redirectUri = QStringLiteral("https://evil.example/");
        QCOMPARE(get(authorizeUrl(bad, Pkce::make())).status, 400);
    }

    void consentPageEscapesEverything()
    {
        ConsentView v;
        v.clientName = QStringLiteral("<script>x</script> {{csrf_token}}");
        v.clientId = QStringLiteral("id\"><b>");
        v.scopes = {QStringLiteral("<i>odd</i>")};
        v.csrfToken = QStringLiteral("TOKEN");
        const QString html = ConsentPage::render(v);
        QVERIFY(!html.contains(u"<script>x"));
        QVERIFY(html.contains(u"&lt;script&gt;x&lt;/script&gt; {{csrf_token}}"));
        QVERIFY(!html.contains(u"<b>") && !html.contains(u"<i>odd"));
        QVERIFY(html.contains(u"lang=\"en\""));
    }

private:
    static QString DemoAuthorizeEndpointCookie(const QString &id) { return QStringLiteral("demo_csrf_") + id; }
};

QTEST_GUILESS_MAIN(TestDemoAuthServer)
#include "tst_demoauthserver.moc"
