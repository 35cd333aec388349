// The add/edit server dialog: inline URL validation, the name derived from the host with
// a "Use <slug>" fix, the plain-HTTP opt-in and its warning, header values going to the
// secret store only, and Test connection against the in-process demo server.
#include "uitestsupport.h"

#include "demo/demoserver.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "servers/headerseditor.h"
#include "servers/profilesaver.h"
#include "servers/serverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;

class TestServerDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badUrlIsExplainedInline();
    void nameFollowsTheHostUntilTyped();
    void invalidNameOffersTheSlug();
    void takenNameOffersAnotherOne();
    void insecureHttpNeedsTheOptIn();
    void loopbackHttpIsFine();
    void headerValuesGoToTheSecretStoreOnly();
    void testConnectionShowsTheResult();
    void editKeepsTheNameAndStoredHeaders();
    void removingAServerDeletesEverySecret();

private:
    static void typeUrl(ServerDialog &d, const QString &url)
    {
        d.urlEdit()->clear();
        QTest::keyClicks(d.urlEdit(), url); // textEdited, as a user types
    }
};

void TestServerDialog::badUrlIsExplainedInline()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    QVERIFY(!d.saveButton()->isEnabled()); // nothing typed yet, and no scolding either
    QVERIFY(d.urlMessage().isEmpty());
    typeUrl(d, QStringLiteral("ftp://example.com/mcp"));
    QVERIFY2(d.urlMessage().contains(QStringLiteral("must start with https://")), qPrintable(d.urlMessage()));
    QVERIFY(!d.saveButton()->isEnabled());
    QVERIFY(!d.testButton()->isEnabled());
    typeUrl(d, QStringLiteral("https://example.com/mcp#frag"));
    QVERIFY2(d.urlMessage().contains(QStringLiteral("fragment")), qPrintable(d.urlMessage()));
    typeUrl(d, QStringLiteral("https://example.com/mcp"));
    QVERIFY(d.urlMessage().isEmpty());
    QVERIFY(d.saveButton()->isEnabled());
}

void TestServerDialog::nameFollowsTheHostUntilTyped()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    typeUrl(d, QStringLiteral("https://api.example.com/mcp"));
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("api-example-com"));
    typeUrl(d, QStringLiteral("http://localhost:3000/mcp"));
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("localhost-3000"));
    d.nameEdit()->clear();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("mine"));
    typeUrl(d, QStringLiteral("https://other.example.com/mcp"));
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("mine")); // typed names are never overwritten
    QCOMPARE(d.profile().name, QStringLiteral("mine"));
    QCOMPARE(d.profile().url, QUrl(QStringLiteral("https://other.example.com/mcp")));
}

void TestServerDialog::invalidNameOffersTheSlug()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    typeUrl(d, QStringLiteral("https://example.com/mcp"));
    d.nameEdit()->clear();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("My Server!"));
    QVERIFY(!d.nameMessage().isEmpty());
    QCOMPARE(d.suggestedName(), QStringLiteral("My-Server"));
    QVERIFY(d.useSuggestionButton()->text().contains(QStringLiteral("My-Server")));
    QVERIFY(!d.saveButton()->isEnabled());
    QTest::mouseClick(d.useSuggestionButton(), Qt::LeftButton);
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("My-Server"));
    QVERIFY(d.nameMessage().isEmpty());
    QVERIFY(d.suggestedName().isEmpty());
    QVERIFY(d.saveButton()->isEnabled());
}

void TestServerDialog::takenNameOffersAnotherOne()
{
    uitest::Env env;
    ServerProfile existing;
    existing.name = QStringLiteral("example-com");
    existing.url = QUrl(QStringLiteral("https://example.com/mcp"));
    QVERIFY(env.services->profiles()->add(existing).has_value());
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    typeUrl(d, QStringLiteral("https://example.com/other"));
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("example-com-2")); // auto-name skips taken ones
    d.nameEdit()->clear();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("example-com"));
    QVERIFY(d.nameMessage().contains(QStringLiteral("already exists")));
    QCOMPARE(d.suggestedName(), QStringLiteral("example-com-2"));
    QVERIFY(!d.saveButton()->isEnabled());
}

void TestServerDialog::insecureHttpNeedsTheOptIn()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    QVERIFY(!d.insecureOptionVisible());
    typeUrl(d, QStringLiteral("http://api.example.com/mcp"));
    QVERIFY(d.insecureOptionVisible());
    QVERIFY(d.insecureWarning().contains(QStringLiteral("Always use HTTPS URLs in production environments.")));
    QVERIFY(!d.saveButton()->isEnabled());
    QVERIFY(!d.testButton()->isEnabled());
    d.allowHttpBox()->setChecked(true);
    QVERIFY(d.saveButton()->isEnabled());
    QVERIFY(d.profile().allowInsecureHttp);
    typeUrl(d, QStringLiteral("https://api.example.com/mcp"));
    QVERIFY(!d.insecureOptionVisible());
    QVERIFY(!d.profile().allowInsecureHttp); // never stored for a URL that does not need it
}

void TestServerDialog::loopbackHttpIsFine()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    typeUrl(d, QStringLiteral("http://localhost:3000/mcp"));
    QVERIFY(!d.insecureOptionVisible());
    QVERIFY(d.saveButton()->isEnabled());
    QVERIFY(d.urlMessage().contains(QStringLiteral("this computer")));
}

void TestServerDialog::headerValuesGoToTheSecretStoreOnly()
{
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    QSignalSpy saved(&d, &ServerDialog::saved);
    d.show();
    typeUrl(d, QStringLiteral("https://api.example.com/mcp"));
    d.authCombo()->setCurrentIndex(d.authCombo()->findData(int(AuthMode::Header)));
    QVERIFY(!d.saveButton()->isEnabled()); // the default "Authorization" row has no value yet
    QVERIFY(d.headersMessage().contains(QStringLiteral("Enter a value")));
    // Replace the default row with an API key.
    d.headersEditor()->addRow(QStringLiteral("X-API-Key"), QStringLiteral("sk-very-secret-value"));
    for (QLineEdit *e : d.headersEditor()->findChildren<QLineEdit *>())
        if (e->text() == u"Authorization")
            e->clear();
    QVERIFY2(d.saveButton()->isEnabled(), qPrintable(d.headersMessage()));
    d.accept();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(env.secrets->contains(secretkeys::header(QStringLiteral("api-example-com"), QStringLiteral("X-API-Key"))));
    const QString file = env.profileFileText();
    QVERIFY(file.contains(QStringLiteral("X-API-Key")));
    QVERIFY2(!file.contains(QStringLiteral("sk-very-secret-value")), "a header value reached the profile file");
}

void TestServerDialog::testConnectionShowsTheResult()
{
    demo::DemoServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0).has_value());
    uitest::Env env;
    ServerDialog d(env.services.get(), nullptr);
    d.show();
    typeUrl(d, server.url().toString());
    QVERIFY(d.testButton()->isEnabled());
    QTest::mouseClick(d.testButton(), Qt::LeftButton);
    QVERIFY(!d.testButton()->isEnabled()); // busy: one test at a time
    QTRY_VERIFY2(d.testResult().contains(QStringLiteral("Connected")), qPrintable(d.testResult()));
    QVERIFY(d.testResult().contains(QStringLiteral("6 tools")));
    QVERIFY(d.testButton()->isEnabled());
    QCOMPARE(env.profileFileText(), QString()); // testing saves nothing

    server.close();
    QTest::mouseClick(d.testButton(), Qt::LeftButton);
    QTRY_VERIFY2(d.testResult().contains(QStringLiteral("Connection refused")), qPrintable(d.testResult()));
}

void TestServerDialog::editKeepsTheNameAndStoredHeaders()
{
    uitest::Env env;
    ServerProfile p;
    p.name = QStringLiteral("keyed");
    p.url = QUrl(QStringLiteral("https://api.example.com/mcp"));
    p.auth = AuthMode::Header;
    p.headerNames = {QStringLiteral("X-API-Key")};
    QVERIFY(env.services->profiles()->add(p).has_value());
    ServerDialog d(env.services.get(), &p);
    QSignalSpy saved(&d, &ServerDialog::saved);
    d.show();
    QVERIFY(d.nameEdit()->isReadOnly());
    QVERIFY(d.saveButton()->isEnabled()); // the stored value counts: no need to retype it
    typeUrl(d, QStringLiteral("https://api2.example.com/mcp"));
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("keyed"));
    d.accept();
    QTRY_COMPARE(saved.size(), 1);
    auto stored = env.services->profiles()->find(QStringLiteral("keyed"));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->url, QUrl(QStringLiteral("https://api2.example.com/mcp")));
    QCOMPARE((*stored)->headerNames, QStringList{QStringLiteral("X-API-Key")});
}

void TestServerDialog::removingAServerDeletesEverySecret()
{
    uitest::Env env;
    ServerProfile p;
    p.name = QStringLiteral("acme");
    p.url = QUrl(QStringLiteral("https://mcp.acme.dev/mcp"));
    p.headerNames = {QStringLiteral("X-API-Key")};
    QVERIFY(env.services->profiles()->add(p).has_value());
    ServerProfile other = p;
    other.name = QStringLiteral("other");
    QVERIFY(env.services->profiles()->add(other).has_value());
    // Tokens, a pre-registered client's secret and a header value: all the profile's own.
    const QStringList keys = secretkeys::allForProfile(p.name, p.headerNames);
    QCOMPARE(keys.size(), 3);
    QVERIFY(keys.contains(secretkeys::oauthClientSecret(p.name)));
    for (const QString &k : keys + QStringList{secretkeys::oauthTokens(other.name)}) {
        SecretJob *job = env.secrets->write(k, "s3cret");
        QSignalSpy done(job, &SecretJob::finished);
        QVERIFY(done.wait());
    }
    ProfileRemover remover(env.services->profiles(), env.secrets);
    QSignalSpy finished(&remover, &ProfileRemover::finished);
    remover.remove(p);
    QVERIFY(finished.wait());
    for (const QString &k : keys)
        QVERIFY2(!env.secrets->contains(k), qPrintable(k));
    QVERIFY(env.secrets->contains(secretkeys::oauthTokens(other.name))); // another profile's stay
    QVERIFY(!env.services->profiles()->find(p.name)->has_value());
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
