// --demo's profile rules: "demo" is used when free or already ours; a user's own "demo"
// pointing elsewhere is never touched ("mcp-connect-demo" instead); a profile created
// for the session is removed again.
#include "app/demolauncher.h"
#include "profiles/profilestore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkeys.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;

namespace {
ServerProfile profile(const QString &name, const QString &url)
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}
} // namespace

class TestDemoLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesTheName();
    void sessionProfileComesAndGoes();
    void usersDemoProfileIsLeftAlone();
    void busyPortFallsBackToAFreeOne();
    void signInIsOnAndStaleSignInsGo();
    void noAuthRunsItOpen();
};

void TestDemoLauncher::choosesTheName()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:3000/mcp"));
    auto c = DemoLauncher::chooseProfile({}, url);
    QCOMPARE(c.name, QStringLiteral("demo"));
    QVERIFY(!c.exists);
    c = DemoLauncher::chooseProfile({profile(QStringLiteral("demo"), url.toString())}, url);
    QCOMPARE(c.name, QStringLiteral("demo"));
    QVERIFY(c.exists && c.sameUrl);
    c = DemoLauncher::chooseProfile({profile(QStringLiteral("demo"), QStringLiteral("https://mine.example.com/mcp"))}, url);
    QCOMPARE(c.name, QStringLiteral("mcp-connect-demo"));
    QVERIFY(!c.exists);
}

void TestDemoLauncher::sessionProfileComesAndGoes()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    DemoLauncher launcher(&store);
    auto p = launcher.start(0);
    QVERIFY(p.has_value());
    QCOMPARE(p->name, QStringLiteral("demo"));
    QVERIFY(launcher.isRunning());
    QCOMPARE(p->url, launcher.url());
    QVERIFY(store.find(QStringLiteral("demo"))->has_value());
    QCOMPARE(launcher.start(0)->url, p->url); // idempotent
    launcher.cleanup();
    QVERIFY(!launcher.isRunning());
    QVERIFY(!store.find(QStringLiteral("demo"))->has_value());
}

void TestDemoLauncher::usersDemoProfileIsLeftAlone()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    const ServerProfile mine = profile(QStringLiteral("demo"), QStringLiteral("https://mine.example.com/mcp"));
    QVERIFY(store.add(mine).has_value());
    {
        DemoLauncher launcher(&store);
        auto p = launcher.start(0);
        QVERIFY(p.has_value());
        QCOMPARE(p->name, QStringLiteral("mcp-connect-demo"));
        QCOMPARE((*store.find(QStringLiteral("demo")))->url, mine.url);
    } // the destructor cleans up
    QVERIFY(!store.find(QStringLiteral("mcp-connect-demo"))->has_value());
    QCOMPARE((*store.find(QStringLiteral("demo")))->url, mine.url);
}

void TestDemoLauncher::busyPortFallsBackToAFreeOne()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    DemoLauncher launcher(&store);
    auto p = launcher.start(squatter.serverPort());
    QVERIFY(p.has_value());
    QVERIFY(launcher.url().port() != squatter.serverPort());
}

void TestDemoLauncher::signInIsOnAndStaleSignInsGo()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    MemorySecretStore secrets;
    // Left by an earlier session: its authorization server (and so the grant) is gone.
    const QString key = secretkeys::oauthTokens(QStringLiteral("demo"));
    secrets.write(key, "{\"access_token\":\"old\"}");
    QTRY_VERIFY(secrets.contains(key));
    DemoLauncher launcher(&store, &secrets);
    auto p = launcher.start(0);
    QVERIFY(p.has_value());
    QCOMPARE(p->auth, AuthMode::OAuth);
    QVERIFY(launcher.authServer());
    QCOMPARE((*store.find(QStringLiteral("demo")))->auth, AuthMode::OAuth);
    QTRY_VERIFY(!secrets.contains(key));
}

void TestDemoLauncher::noAuthRunsItOpen()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    DemoLauncher launcher(&store);
    launcher.setSignInEnabled(false);
    auto p = launcher.start(0);
    QVERIFY(p.has_value());
    QCOMPARE(p->auth, AuthMode::None);
    QVERIFY(!launcher.authServer());
}

QTEST_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
