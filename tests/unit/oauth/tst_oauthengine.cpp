// The async pieces against a scripted HTTP server: discovery refusals (issuer, PKCE,
// resource), refresh ahead of expiry with rotation, a failed refresh that ends in a clear
// "sign in again" (no loop), the step-up cap, and the loopback listener over real TCP.
#undef QT_NO_CAST_FROM_ASCII

#include "fakeclock.h"
#include "oauth/discovery.h"
#include "oauth/loopbackredirectlistener.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenstore.h"
#include "scriptedauthserver.h"
#include "scriptedhttpserver.h"
#include "secrets/memorysecretstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

#include <memory>
#include <vector>

using namespace mcpc;
using namespace mcpc::oauth;
using mcpc::test::ScriptedAuthServer;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;

namespace {

SignInRecord storedRecord(const QString &base, qint64 expiresAtMs)
{
    SignInRecord r;
    r.tokens = {"AT-1", "RT-1", "Bearer", expiresAtMs, "s1"};
    r.client = {"client-1", "", "none", RegistrationKind::Dynamic, base, {}};
    r.issuer = base;
    r.resource = base + "/mcp";
    r.serverUrl = QUrl(base + "/mcp");
    r.tokenEndpoint = QUrl(base + "/token");
    return r;
}

} // namespace

class TestOAuthEngine : public QObject
{
    Q_OBJECT

    QString discoveryError(ScriptedAuthServer &as)
    {
        QNetworkAccessManager nam;
        OAuthDiscovery d(&nam, QUrl(as.base() + "/mcp"), {});
        QSignalSpy spy(&d, &OAuthDiscovery::finished);
        d.start();
        if (!spy.wait(10000))
            return "timeout";
        return d.ok() ? QString() : d.error().message;
    }

private Q_SLOTS:
    void discoverySucceeds()
    {
        ScriptedAuthServer as;
        QNetworkAccessManager nam;
        OAuthDiscovery d(&nam, QUrl(as.base() + "/mcp"), {});
        QSignalSpy spy(&d, &OAuthDiscovery::finished);
        d.start();
        QVERIFY(spy.wait(10000));
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d.result().issuer, as.base());
        QCOMPARE(d.result().resource, as.base() + "/mcp");
        QVERIFY(!d.result().legacy);
    }

    void issuerMismatchIsRefused()
    {
        ScriptedAuthServer as;
        as.metadataIssuer = "https://other.example.com";
        QVERIFY(discoveryError(as).contains("names issuer https://other.example.com"));
    }

    void missingS256IsRefused()
    {
        ScriptedAuthServer as;
        as.listS256 = false;
        QVERIFY(discoveryError(as).contains("PKCE S256"));
    }

    void resourceMismatchIsRefused()
    {
        ScriptedAuthServer as;
        as.prmResource = "https://evil.example.com/mcp";
        QVERIFY(discoveryError(as).contains("different resource"));
    }

    void refreshesAheadOfExpiryAndKeepsTheRotatedToken()
    {
        ScriptedAuthServer as;
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        test::FakeClock clock;
        const QUrl url(as.base() + "/mcp");
        TokenStore *store = TokenStore::forUrl(&secrets, url, &nam); // freed with nam, after auth
        QSignalSpy saved(store->save(storedRecord(as.base(), clock.nowMs() + 3'600'000)), &SecretJob::finished);
        QVERIFY(saved.wait(5000));

        AuthenticatorOptions opts;
        opts.serverUrl = url;
        OAuthAuthenticator auth(&nam, &clock, store, opts);
        QVERIFY(auth.needsPrepare()); // not loaded yet
        QSignalSpy ready(&auth, &HttpAuthenticator::ready);
        auth.prepare();
        QVERIFY(ready.wait(5000));
        QCOMPARE(auth.headers().value(0).second, QByteArray("Bearer AT-1"));
        QCOMPARE(as.tokenRequests, 0);          // an hour left: no refresh
        QVERIFY(!auth.needsPrepare());

        clock.advance(3'600'000 - 30'000);        // 30 s left: inside the refresh window
        QVERIFY(auth.needsPrepare());
        auth.prepare();
        QVERIFY(ready.wait(5000));
        QCOMPARE(as.tokenRequests, 1);
        const ScriptedRequest &req = as.server.requests().last();
        const QUrlQuery form(QString::fromUtf8(req.body));
        QCOMPARE(form.queryItemValue("grant_type"), QString("refresh_token"));
        QCOMPARE(form.queryItemValue("refresh_token"), QString("RT-1"));
        QCOMPARE(form.queryItemValue("resource", QUrl::FullyDecoded), as.base() + "/mcp");
        QCOMPARE(auth.headers().value(0).second, QByteArray("Bearer AT-as-1"));
        QCOMPARE(auth.record().tokens.expiresAtMs, clock.nowMs() + 3'600'000);

        SecretJob *job = store->load();
        QSignalSpy loaded(job, &SecretJob::finished);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(parseRecord(job->data())->tokens.refreshToken, QString("RT-as-1")); // rotation persisted
    }

    void failedRefreshAsksToSignInAgainWithoutLooping()
    {
        ScriptedAuthServer as;
        as.tokenStatus = 400;
        as.tokenBody = "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}";
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        test::FakeClock clock;
        const QUrl url(as.base() + "/mcp");
        TokenStore *store = TokenStore::forUrl(&secrets, url, &nam);
        QSignalSpy saved(store->save(storedRecord(as.base(), clock.nowMs() + 3'600'000)), &SecretJob::finished);
        QVERIFY(saved.wait(5000));
        AuthenticatorOptions opts;
        opts.serverUrl = url;
        opts.loginCommand = "mcp-connect-cli login X";
        OAuthAuthenticator auth(&nam, &clock, store, opts);
        QSignalSpy ready(&auth, &HttpAuthenticator::ready);
        auth.prepare();
        QVERIFY(ready.wait(5000));

        QSignalSpy resolved(&auth, &HttpAuthenticator::challengeResolved);
        AuthChallenge ch{401, {"Bearer error=\"invalid_token\""}, url};
        auth.handleChallenge(ch);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.last().at(0).toBool(), false);
        const Error e = resolved.last().at(1).value<Error>();
        QCOMPARE(e.kind, ErrorKind::Auth);
        QVERIFY(e.message.contains("Sign in again"));
        QVERIFY(e.hint.contains("mcp-connect-cli login X"));
        QCOMPARE(auth.state(), OAuthAuthenticator::State::SignInRequired);
        QVERIFY(auth.headers().isEmpty());

        // Again: no second refresh attempt with the dead grant, same clear answer.
        auth.handleChallenge(ch);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.last().at(0).toBool(), false);
        QCOMPARE(as.tokenRequests, 1);

        SecretJob *job = store->load();
        QSignalSpy loaded(job, &SecretJob::finished);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(job->status(), SecretJob::Status::NotFound); // the dead sign-in was removed
    }

    // Transports sharing one authenticator (a load test's sessions): a burst of 401s makes
    // one refresh, whose outcome every waiter hears once; a 401 for a token already
    // renewed is just retried; a refresh ahead of expiry and a 401 at once refresh once
    // (a second refresh would present the rotated token again, which revokes the sign-in).
    void sharedAuthenticatorRefreshesOnceForABurst()
    {
        // The same signed-in start as refreshesAheadOfExpiry..., as one rig.
        struct Rig
        {
            ScriptedAuthServer as;
            QNetworkAccessManager nam;
            MemorySecretStore secrets;
            test::FakeClock clock;
        } rig;
        ScriptedAuthServer &as = rig.as;
        test::FakeClock &clock = rig.clock;
        const QUrl url(as.base() + "/mcp");
        TokenStore *store = TokenStore::forUrl(&rig.secrets, url, &rig.nam);
        QVERIFY(QSignalSpy(store->save(storedRecord(as.base(), clock.nowMs() + 3'600'000)), &SecretJob::finished).wait(5000));
        OAuthAuthenticator auth(&rig.nam, &clock, store, AuthenticatorOptions{url});
        QSignalSpy ready(&auth, &HttpAuthenticator::ready);
        auth.prepare();
        QVERIFY(ready.wait(5000));

        QSignalSpy resolved(&auth, &HttpAuthenticator::challengeResolved);
        AuthChallenge ch{401, {"Bearer error=\"invalid_token\""}, url, "Bearer AT-1"};
        for (int i = 0; i < 3; ++i)
            auth.handleChallenge(ch);
        QVERIFY(resolved.wait(5000));
        QTest::qWait(200); // room for a wrong second resolution or refresh to show up
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.last().at(0).toBool(), true);
        QCOMPARE(as.tokenRequests, 1);
        QCOMPARE(auth.headers().value(0).second, QByteArray("Bearer AT-as-1"));

        auth.handleChallenge(ch); // a late 401 for the old token: retry, no refresh
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.last().at(0).toBool(), true);
        QCOMPARE(as.tokenRequests, 1);

        clock.advance(3'600'000 - 30'000);
        auth.prepare();
        auth.handleChallenge(AuthChallenge{401, {"Bearer error=\"invalid_token\""}, url, "Bearer AT-as-1"});
        QVERIFY(resolved.wait(5000));
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(as.tokenRequests, 2);
        QCOMPARE(auth.headers().value(0).second, QByteArray("Bearer AT-as-2"));
    }

    void stepUpWithoutBrowserExplainsAndTheSameChallengeTwiceStops()
    {
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        test::FakeClock clock;
        const QUrl url("http://127.0.0.1:1/mcp");
        AuthenticatorOptions opts;
        opts.serverUrl = url;
        opts.loginCommand = "mcp-connect-cli login X";
        opts.loadOnChallenge = true;
        OAuthAuthenticator auth(&nam, &clock, TokenStore::forUrl(&secrets, url, &nam), opts);
        QSignalSpy resolved(&auth, &HttpAuthenticator::challengeResolved);
        AuthChallenge ch{403, {"Bearer error=\"insufficient_scope\", scope=\"a b\""}, url};
        auth.handleChallenge(ch);
        QVERIFY(resolved.wait(5000));
        Error e = resolved.last().at(1).value<Error>();
        QVERIFY(e.message.contains("needs more permissions"));
        QVERIFY(e.hint.contains("--scope \"a b\""));
        auth.handleChallenge(ch);
        QVERIFY(resolved.wait(5000));
        e = resolved.last().at(1).value<Error>();
        QVERIFY(e.message.contains("Stopped to avoid a sign-in loop"));
    }

    void listenerRefusesWrongStateKeepsWaitingAndIgnoresOtherPaths()
    {
        QNetworkAccessManager nam;
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().has_value());
        QCOMPARE(listener.redirectUri().host(), QString("127.0.0.1"));
        QVERIFY(listener.port() > 0);
        listener.expect("good", "https://as", false);
        QSignalSpy finished(&listener, &LoopbackRedirectListener::finished);

        QNetworkReply *other = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString().replace("/callback", "/favicon.ico"))));
        QSignalSpy otherDone(other, &QNetworkReply::finished);
        QVERIFY(otherDone.wait(5000));
        QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(finished.count(), 0); // still waiting

        QNetworkReply *bad = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=c&state=evil")));
        QSignalSpy badDone(bad, &QNetworkReply::finished);
        QVERIFY(badDone.wait(5000));
        QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QByteArray badPage = bad->readAll();
        QVERIFY2(badPage.contains("state mismatch") && badPage.contains("still waiting"), badPage.constData());
        // Any local program can reach this port: a wrong state must not end the sign-in.
        QNetworkReply *missing = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=c")));
        QSignalSpy missingDone(missing, &QNetworkReply::finished);
        QVERIFY(missingDone.wait(5000));
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!listener.ok());

        QNetworkReply *good = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=real&state=good")));
        QSignalSpy goodDone(good, &QNetworkReply::finished);
        QVERIFY(goodDone.wait(5000));
        QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(listener.ok());
        QCOMPARE(listener.code(), QString("real"));
    }

    // The right state with an error from the AS does end the sign-in: it is this sign-in's answer.
    void listenerEndsOnAnErrorWithTheRightState()
    {
        QNetworkAccessManager nam;
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().has_value());
        listener.expect("good", "https://as", false);
        QSignalSpy finished(&listener, &LoopbackRedirectListener::finished);
        QNetworkReply *denied = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?error=access_denied&state=good")));
        QSignalSpy deniedDone(denied, &QNetworkReply::finished);
        QVERIFY(deniedDone.wait(5000));
        QCOMPARE(denied->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(!listener.ok());
        QVERIFY(listener.error().message.contains("denied"));
    }

    // Other local programs holding connections open (silent, or half a request) do not
    // keep the browser's callback out.
    void listenerIsNotBlockedByOtherLocalConnections()
    {
        QNetworkAccessManager nam;
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().has_value());
        listener.expect("st", "https://as", false);
        std::vector<std::unique_ptr<QTcpSocket>> squatters;
        int connected = 0;
        for (int i = 0; i < 100; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            connect(s.get(), &QTcpSocket::connected, this, [&connected, sp = s.get(), i] {
                ++connected;
                if (i % 2)
                    sp->write("GET /callback?code=x&st");
            });
            s->connectToHost(QHostAddress::LocalHost, listener.port());
            squatters.push_back(std::move(s));
        }
        QTRY_COMPARE(connected, 100);
        QSignalSpy finished(&listener, &LoopbackRedirectListener::finished);
        QNetworkReply *good = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=abc&state=st")));
        QSignalSpy goodDone(good, &QNetworkReply::finished);
        QVERIFY(goodDone.wait(5000));
        QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(listener.ok());
        QCOMPARE(listener.code(), QString("abc"));
        int open = 0;
        for (auto &s : squatters)
            open += s->state() == QAbstractSocket::ConnectedState;
        QVERIFY2(open <= 32, qPrintable(QString::number(open))); // the oldest were dropped to make room
    }

    void listenerAcceptsTheRightCallbackOnceAndDeliverChecksThePort()
    {
        QNetworkAccessManager nam;
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().has_value());
        listener.expect("st", "https://as", false);
        QSignalSpy finished(&listener, &LoopbackRedirectListener::finished);
        // A callback delivered by a front end for another port is not ours: ignored.
        QUrl wrongPort = listener.redirectUri();
        wrongPort.setPort(listener.port() == 1 ? 2 : listener.port() - 1);
        wrongPort.setQuery("code=c&state=st");
        listener.deliver(wrongPort);
        QVERIFY(!listener.ok());
        QNetworkReply *good = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=abc&state=st")));
        QSignalSpy goodDone(good, &QNetworkReply::finished);
        QVERIFY(goodDone.wait(5000));
        QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(good->readAll().contains("You can close this window"));
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(listener.ok());
        QCOMPARE(listener.code(), QString("abc"));
        // Once: a replayed or second callback (even a valid-looking one) changes nothing.
        QNetworkReply *again = nam.get(QNetworkRequest(QUrl(listener.redirectUri().toString() + "?code=other&state=st")));
        QSignalSpy againDone(again, &QNetworkReply::finished);
        QVERIFY(againDone.wait(5000));
        QVERIFY(again->error() != QNetworkReply::NoError); // the port is closed after the one callback
        listener.deliver(QUrl(listener.redirectUri().toString() + "?code=other&state=st"));
        QCOMPARE(listener.code(), QString("abc"));
        QVERIFY(listener.ok());
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOAuthEngine)
#include "tst_oauthengine.moc"
