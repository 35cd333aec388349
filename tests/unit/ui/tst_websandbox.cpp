// Where the consent page may be shown: the embedded (Chromium) view only where its
// sandbox can run; as root or without user namespaces the system browser, unless the
// user turned the sandbox off on purpose. Decided before any QWebEngine object exists.
#include "auth/browsersignin.h"
#include "auth/websandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace mcpc;
using namespace mcpc::ui;
using namespace Qt::StringLiterals;
using Mode = WebSandbox::Mode;

class TestWebSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<bool>("disabled");
        QTest::addColumn<bool>("root");
        QTest::addColumn<QString>("usernsClone");
        QTest::addColumn<QString>("maxNamespaces");
        QTest::addColumn<bool>("probe");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("normal user") << false << false << QString() << u"63000"_s << true << int(Mode::Embedded) << QString();
        QTest::newRow("root") << false << true << QString() << u"63000"_s << true << int(Mode::SystemBrowser)
                              << u"running as root"_s;
        QTest::newRow("userns clone off") << false << false << u"0"_s << u"63000"_s << true << int(Mode::SystemBrowser)
                                          << u"user namespaces"_s;
        QTest::newRow("no namespaces") << false << false << QString() << u"0"_s << true << int(Mode::SystemBrowser)
                                       << u"user namespaces"_s;
        QTest::newRow("probe fails") << false << false << u"1"_s << u"63000"_s << false << int(Mode::SystemBrowser)
                                     << u"user namespaces"_s;
        QTest::newRow("root, sandbox turned off") << true << true << QString() << QString() << true
                                                  << int(Mode::EmbeddedUnsandboxed) << u"without Chromium's sandbox"_s;
    }
    void decide()
    {
        QFETCH(bool, disabled);
        QFETCH(bool, root);
        QFETCH(QString, usernsClone);
        QFETCH(QString, maxNamespaces);
        QFETCH(bool, probe);
        QFETCH(int, mode);
        QFETCH(QString, reasonPart);
        WebSandbox::Facts f;
        f.sandboxDisabled = disabled;
        f.root = root;
        f.unprivilegedUsernsClone = usernsClone;
        f.maxUserNamespaces = maxNamespaces;
        f.userNamespaceProbe = probe;
        const WebSandbox s = WebSandbox::decide(f);
        QCOMPARE(int(s.mode()), mode);
        QCOMPARE(s.embedded(), Mode(mode) != Mode::SystemBrowser);
        if (reasonPart.isEmpty()) {
            QVERIFY(s.reason().isEmpty());
        } else {
            QVERIFY2(s.reason().contains(reasonPart), qPrintable(s.reason()));
            QCOMPARE(s.reason().count(u". "), 0); // one sentence
        }
    }

    void optInTurnsTheSandboxOffForQtWebEngine()
    {
        qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
        WebSandbox::Facts f;
        f.root = true;
        WebSandbox::decide(f).applyToEnvironment();
        QVERIFY(qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")); // the fallback never does
        f.sandboxDisabled = true;
        WebSandbox::decide(f).applyToEnvironment();
        QCOMPARE(qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX"), u"1"_s);
        qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
    }

    void detectAsRootNeverChoosesTheSandboxedView()
    {
        const QByteArray saved = qgetenv("QTWEBENGINE_DISABLE_SANDBOX");
        qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
        const WebSandbox s = WebSandbox::detect(false);
        if (geteuid() == 0)
            QCOMPARE(s.mode(), Mode::SystemBrowser);
        QCOMPARE(WebSandbox::detect(true).mode(), Mode::EmbeddedUnsandboxed);
        if (!saved.isNull())
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", saved);
    }

    void browserAgentRefusesNonWebUrls()
    {
        BrowserSignIn agent;
        QSignalSpy failed(&agent, &oauth::AuthorizationUserAgent::failed);
        QSignalSpy opened(&agent, &BrowserSignIn::pageOpened);
        agent.open(QUrl(QStringLiteral("javascript:alert(1)")), QUrl(QStringLiteral("http://127.0.0.1:1/callback")));
        QVERIFY(failed.wait());
        QCOMPARE(opened.count(), 0);
        QVERIFY(failed.at(0).at(0).value<Error>().message.contains(u"Refusing"));
    }
};

QTEST_MAIN(TestWebSandbox)
#include "tst_websandbox.moc"
