// The single instance and "Add to MCP Connect" links inside the app: a later launch's
// arguments reach the running one over its user-only socket; a socket left by a crash
// is replaced; garbage on the socket is dropped; a link opens the pre-filled add dialog
// (nothing saved until Add), client= goes on to that client's connect preview, and a bad
// link is explained in the window.
#include "uitestsupport.h"

#include "app/deeplinkhandler.h"
#include "app/singleinstance.h"
#include "clients/previewdialog.h"
#include "mainwindow/mainwindow.h"
#include "profiles/profilestore.h"
#include "servers/serverdialog.h"
#include "serverview/serverpage.h"
#include "widgets/banner.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocalSocket>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mcpc;
using namespace mcpc::ui;

namespace {

// handOff() blocks (it runs before any window exists); the listening side needs this
// thread's event loop, so the second launch runs on another thread.
SingleInstance::HandOff handOffFromAnotherThread(const QString &path, const QStringList &args, int timeoutMs = 3000)
{
    SingleInstance::HandOff result = SingleInstance::HandOff::NoAnswer;
    std::atomic<bool> done = false;
    std::thread t([&] {
        result = SingleInstance(path).handOff(args, timeoutMs);
        done = true;
    });
    // Serves the socket meanwhile; the thread ends on its own timeouts in any case.
    (void)QTest::qWaitFor([&] { return done.load(); }, 4 * timeoutMs);
    t.join();
    return result;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ServerDialog *>(); }
    void handsArgumentsToTheRunningApp();
    void nobodyRunning();
    void staleSocketIsReplaced();
    void aLiveInstanceIsNotReplaced();
    void garbageOnTheSocketIsDropped();
    void socketIsPerSettingsLocation();
    void linkOpensThePrefilledDialog();
    void linkWithClientGoesOnToConnecting();
    void badLinkIsExplained();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestSingleInstance::handsArgumentsToTheRunningApp()
{
    SingleInstance first(path("a.sock"));
    QVERIFY(first.listen());
    QVERIFY((QFileInfo(first.socketPath()).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) == 0);
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    const QStringList args{QStringLiteral("mcp-connect://add?url=https%3A%2F%2Fa.example"), QStringLiteral("--demo"), QStringLiteral("caf\u00e9")};
    QCOMPARE(handOffFromAnotherThread(first.socketPath(), args), SingleInstance::HandOff::Delivered);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), args);
}

void TestSingleInstance::nobodyRunning()
{
    QCOMPARE(SingleInstance(path("none.sock")).handOff({QStringLiteral("x")}, 500), SingleInstance::HandOff::NoneRunning);
}

void TestSingleInstance::staleSocketIsReplaced()
{
    // What a crash leaves: a bound socket file nobody accepts on.
    const QByteArray file = QFile::encodeName(path("stale.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    qstrncpy(addr.sun_path, file.constData(), sizeof addr.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path("stale.sock")));

    SingleInstance next(path("stale.sock"));
    QCOMPARE(next.handOff({}, 500), SingleInstance::HandOff::NoneRunning);
    QString error;
    QVERIFY2(next.listen(&error), qPrintable(error));
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    QCOMPARE(handOffFromAnotherThread(next.socketPath(), {QStringLiteral("y")}), SingleInstance::HandOff::Delivered);
    QTRY_COMPARE(received.size(), 1);
}

void TestSingleInstance::aLiveInstanceIsNotReplaced()
{
    SingleInstance first(path("live.sock"));
    QVERIFY(first.listen());
    SingleInstance second(path("live.sock"));
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("another MCP Connect")), qPrintable(error));
    QVERIFY(first.isListening());
}

void TestSingleInstance::garbageOnTheSocketIsDropped()
{
    SingleInstance first(path("garbage.sock"));
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    const QList<QByteArray> messages{"not json\n", "{\"arguments\":[1,2]}\n", "[\"a\"]\n", QByteArray(70 * 1024, 'x')};
    for (const QByteArray &m : messages) {
        QLocalSocket s;
        s.connectToServer(first.socketPath());
        QVERIFY(s.waitForConnected(1000));
        s.write(m);
        QTRY_COMPARE(s.state(), QLocalSocket::UnconnectedState); // the app hangs up
        QVERIFY(!s.readAll().contains("ok"));
    }
    QCOMPARE(received.size(), 0);
    // Still serving.
    QCOMPARE(handOffFromAnotherThread(first.socketPath(), {QStringLiteral("z")}), SingleInstance::HandOff::Delivered);
    QTRY_COMPARE(received.size(), 1);
}

void TestSingleInstance::socketIsPerSettingsLocation()
{
    const QByteArray home = qgetenv("HOME");
    const QString a = SingleInstance::defaultSocketPath();
    qputenv("HOME", QFile::encodeName(path("other-home")));
    const QString b = SingleInstance::defaultSocketPath();
    qputenv("HOME", home);
    QVERIFY(a != b);
    QCOMPARE(SingleInstance::defaultSocketPath(), a);
    QVERIFY(a.size() <= 100);
}

void TestSingleInstance::linkOpensThePrefilledDialog()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    w.show();
    DeeplinkHandler links(&w);
    QSignalSpy opened(&links, &DeeplinkHandler::dialogOpened);
    links.open(QStringLiteral("mcp-connect://add?url=https%3A%2F%2Fmcp.example.com%2Fmcp&name=My%20Server"));
    QCOMPARE(opened.size(), 1);
    ServerDialog *d = links.currentDialog();
    QVERIFY(d && d->isVisible());
    QCOMPARE(d->windowTitle(), QStringLiteral("Add server from a link"));
    QCOMPARE(d->urlEdit()->text(), QStringLiteral("https://mcp.example.com/mcp"));
    QCOMPARE(d->nameEdit()->text(), QStringLiteral("My Server"));
    QVERIFY(d->introText().contains(QStringLiteral("nothing is added until you press Add server")));
    QCOMPARE(d->suggestedName(), QStringLiteral("My-Server")); // the dialog's own name check applies
    QVERIFY(env.services->profiles()->profiles()->isEmpty()); // nothing added by the link itself
    // A second link replaces the unanswered dialog instead of stacking another.
    links.open(QStringLiteral("mcp-connect://add?url=http%3A%2F%2F127.0.0.1%3A3000%2Fmcp"));
    QTRY_VERIFY(!d->isVisible() || d != links.currentDialog());
    QCOMPARE(links.currentDialog()->urlEdit()->text(), QStringLiteral("http://127.0.0.1:3000/mcp"));
    QCOMPARE(links.currentDialog()->nameEdit()->text(), QStringLiteral("127-0-0-1-3000"));
    links.currentDialog()->reject();
}

void TestSingleInstance::linkWithClientGoesOnToConnecting()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    w.show();
    DeeplinkHandler links(&w);
    links.open(QStringLiteral("mcp-connect://add?url=https%3A%2F%2Fmcp.example.com%2Fmcp&name=docs&client=cursor"));
    ServerDialog *d = links.currentDialog();
    QVERIFY(d);
    QSignalSpy saved(d, &ServerDialog::saved);
    d->saveButton()->click(); // the person presses Add
    QTRY_COMPARE(saved.size(), 1);
    QTRY_VERIFY(w.page(QStringLiteral("docs")));
    ServerPage *page = w.page(QStringLiteral("docs"));
    QTRY_COMPARE(page->tabs()->currentIndex(), int(ServerPage::ClientsIndex));
    QTRY_VERIFY(qobject_cast<PreviewDialog *>(QApplication::activeModalWidget()));
    QApplication::activeModalWidget()->close();
}

void TestSingleInstance::badLinkIsExplained()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    w.show();
    DeeplinkHandler links(&w);
    QSignalSpy refused(&links, &DeeplinkHandler::refused);
    QSignalSpy opened(&links, &DeeplinkHandler::dialogOpened);
    links.open(QStringLiteral("mcp-connect://add?url=http://mcp.example.com/mcp"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(opened.size(), 0);
    QVERIFY(w.notice()->isVisible());
    QVERIFY2(w.notice()->text().contains(QStringLiteral("was not used")), qPrintable(w.notice()->text()));
    QVERIFY(w.notice()->text().contains(QStringLiteral("https://")));
    QVERIFY(!links.currentDialog());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
