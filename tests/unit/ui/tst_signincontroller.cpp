// The GUI's sign-in wiring without a web view (the authorization page is fetched by the
// engine's HttpFollowUserAgent, as an auto-approving server allows): a server behind
// OAuth shows Needs login with a prominent Sign in; Sign in stores the tokens and the
// server comes Up with its tools and user data; the card shows the sign-in (never a
// token); Sign out revokes and deletes; a failed renewal asks to sign in again without
// looping; Deny says so; a stored sign-in is used from the very first check.
#include "uitestsupport.h"

#include "auth/navigationpolicy.h"
#include "auth/profilesignin.h"
#include "auth/signincontroller.h"
#include "auth/signinpanel.h"
#include "demo/demoauth.h"
#include "demo/demoserver.h"
#include "fakeclock.h"
#include "fakeoauthserver.h"
#include "http/httprequest.h"
#include "mainwindow/mainwindow.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/serverpage.h"
#include "serverview/userdatacard.h"
#include "widgets/banner.h"
#include "widgets/statusbadge.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace mcpc;
using namespace mcpc::ui;
using State = ServerStatus::State;
using Verdict = NavigationDecision::Verdict;

namespace {

// The MCP side: only the bearer tokens the fake AS issues get in.
class TokenGate : public demo::DemoAuthGate
{
public:
    QSet<QByteArray> valid{"AT-1", "AT-2"};
    QUrl prm;
    demo::DemoAuthResult authorize(const http::HttpRequest &request) override
    {
        const QByteArray a = request.header("Authorization");
        if (a.startsWith("Bearer ") && valid.contains(a.mid(7))) {
            demo::DemoAuthContext c;
            c.authenticated = true;
            c.subject = QStringLiteral("ada");
            c.scopes = {QStringLiteral("s1")};
            return demo::DemoAuthResult::allow(c);
        }
        return demo::DemoAuthResult::deny(demo::bearerChallenge(401, a.isEmpty() ? QString() : QStringLiteral("invalid_token"), {},
                                                                prm, {QStringLiteral("s1")}));
    }
};

MonitorOptions fastMonitor()
{
    MonitorOptions o;
    o.pingIntervalMs = 300;
    o.initialBackoffMs = 200;
    o.maxBackoffMs = 800;
    return o;
}

} // namespace

class TestSignInController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void navigationRules_data();
    void navigationRules();
    void accountComesFromJwtClaimsOnly();
    void expiryIsDescribedInPlainWords();
    void failureTextsSpeakToTheUser();
    void signInEndToEnd();
    void signOutRevokesAndDeletes();
    void failedRenewalAsksToSignInAgainWithoutLooping();
    void denyingAccessSaysSo();
    void signInSwitchesAServerWithoutAMethodToOAuth();
    void storedSignInIsUsedFromTheFirstCheck();

private:
    struct Rig;
    std::unique_ptr<Rig> rig(AuthMode mode = AuthMode::OAuth);
    static QString visibleText(QWidget *root);

    demo::DemoServer *m_server = nullptr;
    std::shared_ptr<TokenGate> m_gate;
    uitest::FakeOAuthServer *m_as = nullptr;
};

struct TestSignInController::Rig
{
    test::FakeClock clock;
    uitest::Env env{fastMonitor()};
    std::unique_ptr<SignInController> controller;
    std::unique_ptr<MainWindow> window;
    int agentsMade = 0;
    ServerPage *page() const { return window->page(QStringLiteral("secure")); }
    SignInPanel *panel() const { return controller->panelFor(QStringLiteral("secure")); }
    State state() const { return env.services->monitor()->status(QStringLiteral("secure")).state; }
};

void TestSignInController::init()
{
    m_server = new demo::DemoServer;
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).has_value());
    m_as = new uitest::FakeOAuthServer;
    m_as->resource = m_server->url().toString();
    m_gate = std::make_shared<TokenGate>();
    m_gate->prm = m_as->prmUrl();
    m_server->setAuthGate(m_gate);
}

void TestSignInController::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_as;
    m_as = nullptr;
}

std::unique_ptr<TestSignInController::Rig> TestSignInController::rig(AuthMode mode)
{
    auto r = std::make_unique<Rig>();
    ServerProfile p;
    p.name = QStringLiteral("secure");
    p.url = m_server->url();
    p.auth = mode;
    [&] { QVERIFY(r->env.services->profiles()->add(p).has_value()); }();
    r->controller = std::make_unique<SignInController>(r->env.services.get());
    r->controller->setClock(&r->clock);
    Rig *raw = r.get();
    QNetworkAccessManager *nam = r->env.services->network();
    r->controller->setUserAgentFactory([raw, nam](const ServerProfile &, QObject *parent) -> oauth::AuthorizationUserAgent * {
        ++raw->agentsMade;
        return new oauth::HttpFollowUserAgent(nam, parent);
    });
    r->window = std::make_unique<MainWindow>(r->env.services.get());
    r->controller->attach(r->window.get());
    r->window->show();
    r->window->selectServer(p.name);
    return r;
}

QString TestSignInController::visibleText(QWidget *root)
{
    QStringList all;
    for (QLabel *l : root->findChildren<QLabel *>())
        all << l->text() << l->toolTip();
    return all.join(u'\n');
}

void TestSignInController::navigationRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<int>("verdict");
    const int allow = int(Verdict::Allow), block = int(Verdict::Block), intercept = int(Verdict::Intercept);
    QTest::newRow("redirect") << "http://127.0.0.1:5555/callback?code=x&state=y" << true << intercept;
    QTest::newRow("redirect in a frame") << "http://127.0.0.1:5555/callback?code=x" << false << block;
    QTest::newRow("other port") << "http://127.0.0.1:5556/callback" << true << allow; // this machine
    QTest::newRow("other path") << "http://127.0.0.1:5555/other" << true << allow;
    QTest::newRow("https") << "https://auth.example.com/authorize?x=1" << true << allow;
    QTest::newRow("https frame") << "https://captcha.example.com/" << false << allow;
    QTest::newRow("localhost http") << "http://localhost:3001/authorize" << true << allow;
    QTest::newRow("remote http") << "http://auth.example.com/authorize" << true << block;
    QTest::newRow("remote http frame") << "http://ads.example.com/" << false << block;
    QTest::newRow("javascript") << "javascript:alert(1)" << true << block;
    QTest::newRow("data") << "data:text/html,<h1>hi</h1>" << true << block;
    QTest::newRow("file") << "file:///etc/passwd" << true << block;
    QTest::newRow("custom scheme") << "myapp://callback?code=x" << true << block;
    QTest::newRow("about:blank frame") << "about:blank" << false << allow;
}

void TestSignInController::navigationRules()
{
    QFETCH(QString, url);
    QFETCH(bool, mainFrame);
    QFETCH(int, verdict);
    const NavigationDecision d = decideNavigation(QUrl(url), QUrl(QStringLiteral("http://127.0.0.1:5555/callback")), mainFrame);
    QCOMPARE(int(d.verdict), verdict);
    QCOMPARE(d.reason.isEmpty(), d.verdict != Verdict::Block);
}

void TestSignInController::accountComesFromJwtClaimsOnly()
{
    const auto b64 = [](const QByteArray &s) {
        return QString::fromLatin1(s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString jwt = b64(R"({"alg":"none"})") + u'.' + b64(R"({"sub":"u1","email":"ada@example.com"})") + QStringLiteral(".sig");
    QCOMPARE(accountFromAccessToken(jwt), QStringLiteral("ada@example.com"));
    const QString subOnly = b64("{}") + u'.' + b64(R"({"sub":"u1"})") + QStringLiteral(".x");
    QCOMPARE(accountFromAccessToken(subOnly), QStringLiteral("u1"));
    QVERIFY(accountFromAccessToken(QStringLiteral("opaque-token")).isEmpty());
    QVERIFY(accountFromAccessToken(QStringLiteral("a.!!!.c")).isEmpty());
}

void TestSignInController::expiryIsDescribedInPlainWords()
{
    const qint64 now = 1'000'000'000'000;
    QCOMPARE(SignInPanel::describeExpiry(now + 3'540'000 + 12'000, now), QStringLiteral("Expires in 59 min 12 s"));
    QCOMPARE(SignInPanel::describeExpiry(now + 45'000, now), QStringLiteral("Expires in 45 s"));
    QCOMPARE(SignInPanel::describeExpiry(now + 7'200'000, now), QStringLiteral("Expires in 2 h 0 min"));
    QCOMPARE(SignInPanel::describeExpiry(now - 120'000, now), QStringLiteral("Expired 2 min 0 s ago"));
    QCOMPARE(SignInPanel::describeExpiry(0, now), QStringLiteral("No expiry given by the server"));
}

void TestSignInController::failureTextsSpeakToTheUser()
{
    const Error denied = Error::make(ErrorKind::Auth, QStringLiteral("Access was denied on the consent page."), 0,
                                     QStringLiteral("Run the sign-in again and choose Allow to connect."));
    QVERIFY(signInFailureText(denied).startsWith(QStringLiteral("The server denied access")));
    QCOMPARE(signInFailureText(Error::make(ErrorKind::Cancelled, QStringLiteral("x"))),
             QStringLiteral("Sign-in was cancelled. Nothing was stored."));
    const Error cli = Error::make(ErrorKind::Auth, QStringLiteral("Bad."), 0, QStringLiteral("Run: mcp-connect-cli login x"));
    QCOMPARE(signInFailureText(cli), QStringLiteral("Bad.")); // no CLI commands in the window
}

void TestSignInController::signInEndToEnd()
{
    auto r = rig();
    QTRY_COMPARE(r->state(), State::NeedsLogin);
    ServerHeader *header = r->page()->header();
    QTRY_VERIFY(header->signInButton()->isVisible());
    QVERIFY(header->signInButton()->isEnabled());
    QVERIFY(header->signInButton()->property("primary").toBool());
    QVERIFY2(header->badge()->hint().contains(QStringLiteral("Press Sign in")), qPrintable(header->badge()->hint()));
    QVERIFY(r->panel()->isVisibleTo(r->page()));
    QCOMPARE(r->panel()->stateText(), QStringLiteral("Not signed in"));
    QVERIFY(r->window->actions().signIn->isEnabled());

    QTest::mouseClick(header->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(r->state(), State::Up, 15000);
    QCOMPARE(r->agentsMade, 1);
    QCOMPARE(m_as->count("/token", "authorization_code"), 1);
    QTRY_COMPARE(r->page()->overview()->userDataCard()->value(QStringLiteral("First Name")), QStringLiteral("Ada"));
    QVERIFY(r->env.services->monitor()->checker(QStringLiteral("secure"))->tools().size() >= 5);

    // Stored in the secret store, metadata next to the profile.
    const QString key = secretkeys::oauthTokens(QStringLiteral("secure"));
    QVERIFY(r->env.secrets->contains(key));
    QVERIFY(r->env.profileFileText().contains(m_as->base()));
    QVERIFY(!r->env.profileFileText().contains(QStringLiteral("AT-1")));

    // The card: who, where, what, until when, renewal, registration. Never the token.
    SignInPanel *panel = r->panel();
    QTRY_COMPARE(panel->stateText(), QStringLiteral("Signed in"));
    QCOMPARE(panel->valueOf(QStringLiteral("Authorization server")), QStringLiteral("127.0.0.1:%1").arg(m_as->server.port()));
    QCOMPARE(panel->valueOf(QStringLiteral("Permissions")), QStringLiteral("s1"));
    QCOMPARE(panel->valueOf(QStringLiteral("Access token")), QStringLiteral("Expires in 1 h 0 min"));
    QVERIFY(panel->valueOf(QStringLiteral("Renewal")).startsWith(QStringLiteral("Automatic")));
    QVERIFY(panel->valueOf(QStringLiteral("Client")).contains(QStringLiteral("dynamic")));
    QVERIFY(panel->valueOf(QStringLiteral("Kept in")).isEmpty()); // the warning says it instead
    // The demo's tokens are opaque: who comes from the user data the server returned.
    QTRY_COMPARE(panel->valueOf(QStringLiteral("Signed in as")), QStringLiteral("ada@example.com"));
    QVERIFY(!panel->signInButton()->isVisible());
    QVERIFY2(panel->storageWarning().startsWith(QStringLiteral("No keychain is available")), qPrintable(panel->storageWarning()));
    QVERIFY(panel->signOutButton()->isVisible());
    r->clock.advance(61'000);
    QTRY_COMPARE(panel->valueOf(QStringLiteral("Access token")), QStringLiteral("Expires in 58 min 59 s")); // live
    const QString everything = visibleText(r->window.get());
    QVERIFY(!everything.contains(QStringLiteral("AT-1")) && !everything.contains(QStringLiteral("RT-1")));
    QVERIFY(!everything.contains(QStringLiteral("CODE-1")));

    // Signed in: the header's button steps back.
    QTRY_VERIFY(!header->signInButton()->isVisible());
    QVERIFY(r->window->actions().signOut->isEnabled());

    // Signed in, the card is compact: who, until when, renewal; Details shows the rest. It
    // moved from above the user data (where it waited for the sign-in) under the facts.
    QVERIFY(panel->isCompact());
    QVERIFY(panel->detailsButton()->isVisible());
    const auto shownValue = [panel](const QString &row) {
        auto *l = panel->findChild<QLabel *>(row);
        return l && l->isVisible();
    };
    QVERIFY(shownValue(QStringLiteral("Signed in as")) && shownValue(QStringLiteral("Access token")));
    QVERIFY(!shownValue(QStringLiteral("Authorization server")) && !shownValue(QStringLiteral("Client")));
    QTest::mouseClick(panel->detailsButton(), Qt::LeftButton);
    QVERIFY(!panel->isCompact());
    QVERIFY(shownValue(QStringLiteral("Authorization server")) && shownValue(QStringLiteral("Client")));
    UserDataCard *card = r->page()->overview()->userDataCard();
    const QPoint panelAt = panel->mapTo(r->page(), QPoint(0, 0)), cardAt = card->mapTo(r->page(), QPoint(0, 0));
    QVERIFY(panelAt.x() > cardAt.x() || panelAt.y() > cardAt.y()); // beside or below the user data, not above
}

void TestSignInController::signOutRevokesAndDeletes()
{
    auto r = rig();
    QTRY_COMPARE(r->state(), State::NeedsLogin);
    r->controller->signIn(r->page()->profile());
    QTRY_COMPARE_WITH_TIMEOUT(r->state(), State::Up, 15000);
    const QString key = secretkeys::oauthTokens(QStringLiteral("secure"));
    QVERIFY(r->env.secrets->contains(key));

    r->window->actions().signOut->trigger();
    QTRY_COMPARE(m_as->count("/revoke"), 2); // refresh token, then access token
    QVERIFY(m_as->server.requests().at(m_as->server.requests().size() - 2).body.contains("token_type_hint=refresh_token"));
    QTRY_VERIFY(!r->env.secrets->contains(key));
    QTRY_COMPARE(r->state(), State::NeedsLogin);
    QTRY_COMPARE(r->panel()->stateText(), QStringLiteral("Not signed in"));
    QVERIFY(r->window->notice()->text().contains(QStringLiteral("revoked")));
    QVERIFY(!r->env.profileFileText().contains(m_as->base())); // metadata gone too
    QCOMPARE(r->agentsMade, 1); // signing out opened nothing
}

void TestSignInController::failedRenewalAsksToSignInAgainWithoutLooping()
{
    auto r = rig();
    QTRY_COMPARE(r->state(), State::NeedsLogin);
    r->controller->signIn(r->page()->profile());
    QTRY_COMPARE_WITH_TIMEOUT(r->state(), State::Up, 15000);

    // The access token runs out and the AS refuses the refresh token (revoked).
    m_gate->valid.clear();
    r->clock.advance(3'600'000);
    QTRY_COMPARE_WITH_TIMEOUT(r->state(), State::NeedsLogin, 10000);
    QTRY_COMPARE(r->panel()->stateText(), QStringLiteral("Sign in again"));
    QCOMPARE(m_as->count("/token", "refresh_token"), 1);
    QVERIFY(!r->env.secrets->contains(secretkeys::oauthTokens(QStringLiteral("secure")))); // the dead grant is gone
    QVERIFY(r->page()->header()->signInButton()->isVisible());

    // The monitor keeps checking; nothing keeps refreshing or opens a page by itself.
    QTest::qWait(1500);
    QCOMPARE(m_as->count("/token", "refresh_token"), 1);
    QCOMPARE(r->agentsMade, 1);
    QCOMPARE(r->state(), State::NeedsLogin);
    QCOMPARE(r->panel()->stateText(), QStringLiteral("Sign in again"));
    QVERIFY(r->panel()->signInButton()->isVisible());
    QCOMPARE(r->panel()->signInButton()->text(), QStringLiteral("Sign in again"));
}

void TestSignInController::denyingAccessSaysSo()
{
    m_as->autoDeny = true;
    auto r = rig();
    QTRY_COMPARE(r->state(), State::NeedsLogin);
    QTest::mouseClick(r->page()->header()->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(r->panel()->stateText(), QStringLiteral("Sign-in failed"), 15000);
    QVERIFY2(r->panel()->messageText().startsWith(QStringLiteral("The server denied access")), qPrintable(r->panel()->messageText()));
    QCOMPARE(m_as->count("/token"), 0);
    QVERIFY(!r->env.secrets->contains(secretkeys::oauthTokens(QStringLiteral("secure"))));
    QCOMPARE(r->state(), State::NeedsLogin);
    QCOMPARE(r->panel()->signInButton()->text(), QStringLiteral("Try again"));
}

void TestSignInController::signInSwitchesAServerWithoutAMethodToOAuth()
{
    auto r = rig(AuthMode::None);
    QTRY_COMPARE(r->state(), State::NeedsLogin); // the 401 alone says so
    QTRY_VERIFY(r->page()->header()->signInButton()->isVisible());
    QTest::mouseClick(r->page()->header()->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(r->state(), State::Up, 15000);
    QCOMPARE(r->page()->profile().auth, AuthMode::OAuth);
    QVERIFY(r->env.profileFileText().contains(QStringLiteral("\"oauth\"")));
}

void TestSignInController::storedSignInIsUsedFromTheFirstCheck()
{
    uitest::Env env{fastMonitor()};
    ServerProfile p;
    p.name = QStringLiteral("secure");
    p.url = m_server->url();
    p.auth = AuthMode::OAuth;
    QVERIFY(env.services->profiles()->add(p).has_value());
    oauth::SignInRecord rec;
    rec.tokens = {QStringLiteral("AT-2"), {}, QStringLiteral("bearer"), 0, QStringLiteral("s1")};
    rec.client.clientId = QStringLiteral("client-1");
    rec.issuer = m_as->base();
    rec.serverUrl = p.url;
    rec.tokenEndpoint = QUrl(m_as->base() + QStringLiteral("/token"));
    auto *store = oauth::TokenStore::forProfile(env.secrets, env.services->profiles(), p.name);
    QSignalSpy saved(store->save(rec), &SecretJob::finished);
    QVERIFY(saved.wait(5000));
    delete store;

    SignInController controller(env.services.get());
    QSignalSpy states(env.services->monitor(), &StatusMonitor::statusChanged);
    MainWindow w(env.services.get());
    controller.attach(&w);
    w.show();
    QTRY_COMPARE(env.services->monitor()->status(p.name).state, State::Up);
    for (const QList<QVariant> &s : std::as_const(states))
        QVERIFY(s.at(1).value<ServerStatus>().state != State::NeedsLogin); // never flashed "Needs login"
    SignInPanel *panel = controller.panelFor(p.name);
    QTRY_COMPARE(panel->stateText(), QStringLiteral("Signed in"));
    QCOMPARE(panel->valueOf(QStringLiteral("Access token")), QStringLiteral("No expiry given by the server"));
    QVERIFY(panel->valueOf(QStringLiteral("Renewal")).startsWith(QStringLiteral("Not possible")));
}

QTEST_MAIN(TestSignInController)
#include "tst_signincontroller.moc"
