// Our own sign-in engine (OAuthAuthenticator + the Streamable HTTP transport) against the
// demo authorization server, in one process on one fake clock: sign-in, expiry and a
// silent refresh without waiting, step-up for the admin tool, a revoked grant ending in
// a clear "sign in again" (no loop), and Deny.
#include "demoauthtestbase.h"

#include "http/client/httpclient.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/serverconnector.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>

// QVERIFY2 evaluates its message even on success: never touch error() of a value.
template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

class TestDemoSignIn : public DemoAuthTestBase
{
    Q_OBJECT

    MemorySecretStore *m_secrets = nullptr;
    http::HttpClient *m_http = nullptr;
    oauth::TokenStore *m_store = nullptr;
    oauth::OAuthAuthenticator *m_auth = nullptr;
    McpClient *m_client = nullptr;

    void setUp(DemoAuthConfig config)
    {
        setUpAuthServer(config);
        m_secrets = new MemorySecretStore(this);
        m_http = new http::HttpClient(this);
        m_store = oauth::TokenStore::forUrl(m_secrets, QUrl(resource()), this);
        oauth::AuthenticatorOptions opts;
        opts.serverUrl = QUrl(resource());
        opts.loginCommand = QStringLiteral("mcp-connect-cli login demo");
        m_auth = new oauth::OAuthAuthenticator(m_nam, &m_clock, m_store, opts, this);
        allowInteractive(true);
    }

    void allowInteractive(bool on)
    {
        if (!on)
            return m_auth->setUserAgentFactory({});
        QNetworkAccessManager *nam = m_nam;
        m_auth->setUserAgentFactory([nam](QObject *parent) { return new oauth::HttpFollowUserAgent(nam, parent); });
    }

    Result<McpClient *> connectClient()
    {
        ServerProfile p;
        p.name = QStringLiteral("demo");
        p.url = QUrl(resource());
        p.transport = TransportKind::StreamableHttp;
        p.auth = AuthMode::OAuth;
        auto *connector = new ServerConnector(p, m_http, m_secrets, this);
        connector->setAuthenticator(m_auth);
        QSignalSpy done(connector, &ServerConnector::finished);
        connector->start();
        if (!done.wait(20000))
            return std::unexpected(Error::make(ErrorKind::Timeout, QStringLiteral("connect timed out")));
        connector->deleteLater();
        if (!connector->ok())
            return std::unexpected(connector->error());
        return connector->takeClient(this);
    }

    Result<json> callTool(const QString &name)
    {
        RpcCall *call = m_client->call(QStringLiteral("tools/call"), json{{"name", name.toStdString()}});
        QSignalSpy done(call, &RpcCall::finished);
        json result;
        Error error;
        bool ok = false;
        connect(call, &RpcCall::finished, this, [&] {
            ok = call->ok();
            result = call->result();
            error = call->error();
        });
        if (!done.wait(20000))
            return std::unexpected(Error::make(ErrorKind::Timeout, QStringLiteral("call timed out")));
        if (!ok)
            return std::unexpected(error);
        return result;
    }

private Q_SLOTS:
    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        tearDownAuthServer();
    }

    void signInRefreshStepUpAndRevocation()
    {
        DemoAuthConfig config;
        config.autoConsent = DemoAuthConfig::AutoConsent::Allow;
        config.accessTokenTtlMs = 60 * 1000;
        config.requireResource = true;
        setUp(config);

        auto client = connectClient();
        QVERIFY2(client.has_value(), qPrintable(why(client)));
        m_client = *client;
        QCOMPARE(m_auth->interactiveSignIns(), 1);
        QCOMPARE(m_auth->record().tokens.scope, QStringLiteral("mcp:tools user:read"));
        QCOMPARE(m_auth->record().issuer, base());

        auto user = callTool(QStringLiteral("get_user_data"));
        QVERIFY2(user.has_value(), qPrintable(why(user)));
        QCOMPARE(QString::fromStdString(user->at("structuredContent").at("username").get<std::string>()), QStringLiteral("ada.demo"));

        // Past the token's lifetime: renewed silently (no new sign-in), and the call works.
        m_clock.advance(61 * 1000);
        allowInteractive(false);
        user = callTool(QStringLiteral("get_user_data"));
        QVERIFY2(user.has_value(), qPrintable(why(user)));
        QCOMPARE(m_as->stats().refreshes, 1);
        QCOMPARE(m_auth->interactiveSignIns(), 1);

        // The admin tool needs user:admin: a new consent for the wider scope, then the retry.
        allowInteractive(true);
        auto report = callTool(DemoAuthServer::adminToolName());
        QVERIFY2(report.has_value(), qPrintable(why(report)));
        QCOMPARE(m_auth->interactiveSignIns(), 2);
        QVERIFY(m_auth->record().tokens.scope.split(u' ').contains(QStringLiteral("user:admin")));
        QVERIFY(QString::fromStdString(report->dump()).contains(u"Token refreshes: 1"));

        // The grant is revoked at the server while we still hold it: when the access
        // token is refused, the refresh fails too, and we get a clear sign-in-again error.
        allowInteractive(false);
        QCOMPARE(m_as->tokens().revoke(m_auth->record().tokens.refreshToken, QStringLiteral("refresh_token"),
                                       m_auth->record().client.clientId),
                 DemoTokens::Revocation::Revoked);
        const auto failed = callTool(QStringLiteral("get_user_data"));
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().kind, ErrorKind::Auth);
        QVERIFY2(failed.error().message.contains(u"Sign in again"), qPrintable(failed.error().message));
        QVERIFY(failed.error().hint.contains(u"mcp-connect-cli login demo"));
        QCOMPARE(m_as->stats().failedRefreshes, 1); // one attempt, no loop
        QCOMPARE(m_auth->state(), oauth::OAuthAuthenticator::State::SignInRequired);
    }

    void denyGivesAClearError()
    {
        DemoAuthConfig config;
        config.autoConsent = DemoAuthConfig::AutoConsent::Deny;
        setUp(config);
        const auto client = connectClient();
        QVERIFY(!client.has_value());
        QCOMPARE(client.error().kind, ErrorKind::Auth);
        QVERIFY2(client.error().message.contains(u"denied"), qPrintable(client.error().message));
        QCOMPARE(m_as->stats().denied, 1);
    }

    void localhostAndLoopbackIpAreEachConsistent()
    {
        DemoAuthConfig config;
        config.autoConsent = DemoAuthConfig::AutoConsent::Allow;
        setUpAuthServer(config);
        for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
            auto *secrets = new MemorySecretStore(this);
            auto *store = oauth::TokenStore::forUrl(secrets, QUrl(resource(host)), this);
            oauth::AuthenticatorOptions opts;
            opts.serverUrl = QUrl(resource(host));
            auto *auth = new oauth::OAuthAuthenticator(m_nam, &m_clock, store, opts, this);
            QNetworkAccessManager *nam = m_nam;
            auth->setUserAgentFactory([nam](QObject *parent) { return new oauth::HttpFollowUserAgent(nam, parent); });
            ServerProfile p;
            p.name = QStringLiteral("demo");
            p.url = QUrl(resource(host));
            p.transport = TransportKind::StreamableHttp;
            p.auth = AuthMode::OAuth;
            auto *http = new http::HttpClient(this);
            auto *connector = new ServerConnector(p, http, secrets, this);
            connector->setAuthenticator(auth);
            QSignalSpy done(connector, &ServerConnector::finished);
            connector->start();
            QVERIFY(done.wait(20000));
            QVERIFY2(connector->ok(), qPrintable(connector->error().message));
            QCOMPARE(auth->record().issuer, base(host));
            QCOMPARE(auth->record().resource, resource(host));
            delete connector->takeClient(this);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoSignIn)
#include "tst_demosignin.moc"
