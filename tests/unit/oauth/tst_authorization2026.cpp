// The authorization rules of MCP 2026-07-28, end to end against scripted servers (a
// resource with switchable PRM, authorization servers whose redirects carry chosen `iss`
// values): RFC 9207 `iss` validation before the code is redeemed, the RFC 8414 issuer
// check on metadata, `application_type` in DCR, client credentials bound to their issuer
// (re-registration when the resource moves to another AS), and CIMD before DCR.
#undef QT_NO_CAST_FROM_ASCII

#include "fakeclock.h"
#include "oauth/authorizationflow.h"
#include "oauth/clientregistration.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "scriptedauthserver.h"
#include "scriptedhttpserver.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace mcpc;
using namespace mcpc::oauth;
using mcpc::test::ScriptedAuthServer;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;

namespace {

// The MCP server's side: only its PRM, naming whichever AS it uses now.
struct FakeResource
{
    ScriptedAuthServer *as = nullptr; // the authorization server its PRM names
    ScriptedHttpServer server{[this](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.path == "/.well-known/oauth-protected-resource/mcp")
            c->respond(200, QString("{\"resource\":\"%1\",\"authorization_servers\":[\"%2\"]}")
                                .arg(server.url("/mcp").toString(), as->base())
                                .toUtf8());
        else
            c->respond(404, "{}");
    }};
    QUrl url() const { return server.url("/mcp"); }
};

struct FlowOutcome
{
    bool ok = false;
    QString error;
    SignInRecord record;
};

} // namespace

class TestAuthorization2026 : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    test::FakeClock m_clock;

    FlowOutcome signIn(const QUrl &serverUrl, TokenStore *store, ClientIdentityOptions identity = {})
    {
        AuthorizationOptions opts;
        opts.serverUrl = serverUrl;
        opts.identity = identity;
        HttpFollowUserAgent agent(&m_nam);
        AuthorizationFlow flow(&m_nam, &m_clock, store, &agent, opts);
        QSignalSpy done(&flow, &AuthorizationFlow::finished);
        flow.start();
        if (!done.wait(20000))
            return {false, "timeout", {}};
        return {flow.ok(), flow.error().message, flow.record()};
    }

    QByteArray secret(MemorySecretStore &secrets, const QString &key)
    {
        SecretJob *job = secrets.read(key);
        QSignalSpy spy(job, &SecretJob::finished);
        spy.wait(5000);
        return job->ok() ? job->data() : QByteArray();
    }

private Q_SLOTS:
    void issValidation_data()
    {
        QTest::addColumn<int>("advertised");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("refusal"); // empty: the sign-in succeeds
        QTest::newRow("advertised, matching") << 1 << "correct" << "";
        QTest::newRow("not advertised, absent") << -1 << "omit" << "";
        QTest::newRow("advertised false, matching") << 0 << "correct" << "";
        QTest::newRow("advertised, wrong") << 1 << "wrong" << "iss mismatch";
        QTest::newRow("not advertised, wrong (iss-unexpected)") << -1 << "wrong" << "iss mismatch";
        QTest::newRow("advertised, missing") << 1 << "omit" << "iss missing";
        QTest::newRow("trailing-slash variant (iss-normalized)") << 1 << "normalized" << "iss mismatch";
    }

    void issValidation()
    {
        QFETCH(int, advertised);
        QFETCH(QString, mode);
        QFETCH(QString, refusal);
        ScriptedAuthServer as("as");
        as.issAdvertised = advertised;
        as.issMode = mode;
        FakeResource rs;
        rs.as = &as;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));
        const FlowOutcome r = signIn(rs.url(), store.get());
        QCOMPARE(as.authorizeRequests, 1);
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(as.tokenRequests, 1);
            QCOMPARE(r.record.issuer, as.base());
            return;
        }
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(refusal), qPrintable(r.error));
        QVERIFY2(r.error.contains("not redeemed"), qPrintable(r.error));
        QCOMPARE(as.tokenRequests, 0); // nothing redeemed
        if (mode == "wrong")
            QVERIFY(r.error.contains("\"https://evil.example.com\"") && r.error.contains(as.base()));
    }

    void dcrSendsNativeApplicationType()
    {
        ScriptedAuthServer as("as");
        FakeResource rs;
        rs.as = &as;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));
        const FlowOutcome r = signIn(rs.url(), store.get());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as.registrations.size(), 1);
        const QJsonObject body = as.registrations.first();
        QCOMPARE(body.value("application_type").toString(), QString("native"));
        QVERIFY(body.value("redirect_uris").toArray().first().toString().startsWith("http://127.0.0.1:"));
        QCOMPARE(applicationType(QUrl("http://127.0.0.1:4000/callback")), QString("native"));
        QCOMPARE(applicationType(QUrl("http://localhost:4000/callback")), QString("native"));
        QCOMPARE(applicationType(QUrl("com.example.app:/callback")), QString("native"));
        QCOMPARE(applicationType(QUrl("https://app.example.com/callback")), QString("web"));
    }

    void credentialsAreKeyedByIssuerAndReregisteredWhenTheAsChanges()
    {
        ScriptedAuthServer as1("as1"), as2("as2");
        FakeResource rs;
        rs.as = &as1;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));

        FlowOutcome r = signIn(rs.url(), store.get());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as1.registrations.size(), 1);
        QCOMPARE(r.record.client.issuer, as1.base());
        QVERIFY(secret(secrets, secretkeys::oauthClient(as1.base())).contains("as1-client-1"));

        rs.as = &as2; // the resource moved to another authorization server
        r = signIn(rs.url(), store.get());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as2.registrations.size(), 1);                       // re-registered there
        QVERIFY(!as2.clientIdsSeen.join(' ').contains("as1"));       // never shown AS1's id
        QCOMPARE(r.record.issuer, as2.base());
        QCOMPARE(r.record.client.clientId, QString("as2-client-1"));
        // Each issuer keeps its own registration.
        QVERIFY(secret(secrets, secretkeys::oauthClient(as1.base())).contains("as1-client-1"));
        QVERIFY(secret(secrets, secretkeys::oauthClient(as2.base())).contains("as2-client-1"));

        rs.as = &as1; // and back: AS1's registration is reused, not AS2's
        as1.clientIdsSeen.clear();
        r = signIn(rs.url(), store.get());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as1.registrations.size(), 1);
        QCOMPARE(as1.clientIdsSeen.first(), QString("as1-client-1"));
    }

    void aRegistrationFromAnotherIssuerIsNeverReused()
    {
        ScriptedAuthServer as2("as2");
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, QUrl("http://127.0.0.1:1/mcp")));
        AuthServerMetadata md;
        md.issuer = as2.base();
        md.registrationEndpoint = QUrl(as2.base() + "/register");
        const QUrl redirect("http://127.0.0.1:5555/callback");
        // Even handed the wrong stored client (a key mix-up), registration ignores it.
        ClientCredentials stored{"as1-client", "s", "client_secret_post", RegistrationKind::Dynamic,
                                 "https://as1.example.com", {redirect.toString()}};
        ClientRegistration reg(&m_nam, store.get(), md, as2.base(), {}, stored, redirect, {});
        QSignalSpy done(&reg, &ClientRegistration::finished);
        reg.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        QCOMPARE(reg.client().clientId, QString("as2-client-1"));
        QCOMPARE(reg.client().issuer, as2.base());
        QCOMPARE(as2.registrations.size(), 1);
    }

    void metadataWithAnotherIssuerIsNotUsed()
    {
        ScriptedAuthServer as("as");
        as.metadataIssuer = "https://attacker.example.com";
        FakeResource rs;
        rs.as = &as;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));
        const FlowOutcome r = signIn(rs.url(), store.get());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("names issuer https://attacker.example.com") && r.error.contains(as.base() + " was expected"),
                 qPrintable(r.error));
        QVERIFY(as.registrations.isEmpty());
        QCOMPARE(as.authorizeRequests, 0);
        QCOMPARE(as.tokenRequests, 0);
    }

    void cimdIsPreferredOverDcrAndStoredRegistrations()
    {
        ScriptedAuthServer as("as");
        as.cimd = true; // and it has a registration endpoint too
        FakeResource rs;
        rs.as = &as;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));
        FlowOutcome r = signIn(rs.url(), store.get()); // no document configured: DCR
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as.registrations.size(), 1);

        ClientIdentityOptions identity;
        identity.clientMetadataUrl = QUrl("https://client.example.com/mcp-connect.json");
        as.clientIdsSeen.clear();
        r = signIn(rs.url(), store.get(), identity);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(as.registrations.size(), 1); // neither a new registration nor the stored one
        QCOMPARE(as.clientIdsSeen.first(), identity.clientMetadataUrl.toString());
        QCOMPARE(r.record.client.kind, RegistrationKind::MetadataDocument);
    }

    void refreshedTokenRefusedAfterTheAsMovedSignsInAtTheNewAs()
    {
        ScriptedAuthServer as1("as1"), as2("as2");
        FakeResource rs;
        rs.as = &as1;
        MemorySecretStore secrets;
        std::unique_ptr<TokenStore> store(TokenStore::forUrl(&secrets, rs.url()));
        const FlowOutcome first = signIn(rs.url(), store.get());
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(as1.tokenRequests, 1);
        QSignalSpy saved(store->save(first.record), &SecretJob::finished); // as the authenticator does
        QVERIFY(saved.wait(5000));

        rs.as = &as2;
        AuthenticatorOptions opts;
        opts.serverUrl = rs.url();
        opts.loginCommand = "mcp-connect-cli login X";
        OAuthAuthenticator auth(&m_nam, &m_clock, store.get(), opts);
        auth.setUserAgentFactory([this](QObject *parent) { return new HttpFollowUserAgent(&m_nam, parent); });
        QSignalSpy ready(&auth, &HttpAuthenticator::ready);
        auth.prepare();
        QVERIFY(ready.wait(5000));
        QSignalSpy resolved(&auth, &HttpAuthenticator::challengeResolved);
        const AuthChallenge ch{401, {"Bearer error=\"invalid_token\""}, rs.url()};

        auth.handleChallenge(ch); // the stored token refused: refresh (at AS1, where it was issued)
        QVERIFY(resolved.wait(10000));
        QVERIFY(resolved.last().at(0).toBool());
        QCOMPARE(as1.tokenRequests, 2);
        QVERIFY(as2.registrations.isEmpty());

        auth.handleChallenge(ch); // the refreshed token refused too: the AS moved; sign in there
        QVERIFY(resolved.wait(20000));
        QVERIFY2(resolved.last().at(0).toBool(), qPrintable(resolved.last().at(1).value<Error>().message));
        QCOMPARE(as1.tokenRequests, 2);          // no more refreshing at the old AS
        QCOMPARE(as2.registrations.size(), 1);   // registered with the new one
        QCOMPARE(auth.record().issuer, as2.base());
        QCOMPARE(auth.headers().value(0).second, QByteArray("Bearer AT-as2-1"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorization2026)
#include "tst_authorization2026.moc"
