// EditLock: MCP Connect's own processes serialise their edits of client config files.

#include "clientconfigtesthelpers.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/files/editlock.h"

#include <QProcess>
#include <QTest>

using namespace mcpc::clientconfig;
using namespace testhelpers;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestEditLock : public QObject
{
    Q_OBJECT

private slots:
    void secondHolderWaitsThenNamesTheFirst();
    void releasedLockIsFree();
    void killedHolderFreesTheLock();
    void connectRefusesWhileAnotherRunEdits();
    void lockLivesWithOurBackupsNotTheClientsFolder();
};

void TestEditLock::secondHolderWaitsThenNamesTheFirst()
{
    QTemporaryDir tmp;
    const QString path = tmp.path() + u"/backups/edit.lock"_s;
    auto first = EditLock::acquire(path, u"connect a in /x/mcp.json"_s, 1s);
    QVERIFY(first.has_value());
    // flock locks belong to the open file, so a second open in this process is refused too.
    auto second = EditLock::acquire(path, u"connect b"_s, 50ms);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().kind, mcpc::ErrorKind::Io);
    QVERIFY2(second.error().message.contains(u"Another MCP Connect (pid %1, editing connect a in /x/mcp.json)"_s
                                                 .arg(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(u"nothing was written"_s), qPrintable(second.error().message));
}

void TestEditLock::releasedLockIsFree()
{
    QTemporaryDir tmp;
    const QString path = tmp.path() + u"/edit.lock"_s;
    {
        auto first = EditLock::acquire(path, u"a"_s, 1s);
        QVERIFY(first.has_value());
        EditLock moved = std::move(*first); // moving keeps it held
        QVERIFY(!EditLock::acquire(path, u"b"_s, 10ms).has_value());
    }
    QVERIFY(EditLock::acquire(path, u"b"_s, 10ms).has_value());
}

void TestEditLock::killedHolderFreesTheLock()
{
    QTemporaryDir tmp;
    const QString path = tmp.path() + u"/edit.lock"_s;
    // flock(1) takes the same kind of lock; it says "held" once it has it, then waits forever.
    QProcess holder;
    holder.start(u"flock"_s, {u"-x"_s, path, u"-c"_s, u"echo held; exec cat"_s});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAllStandardOutput(), QByteArray("held\n"));
    QVERIFY(!EditLock::acquire(path, u"b"_s, 20ms).has_value());
    holder.kill(); // SIGKILL: no chance to clean up
    QVERIFY(holder.waitForFinished(10000));
    auto after = EditLock::acquire(path, u"b"_s, 5s);
    QVERIFY2(after.has_value(), after ? "" : qPrintable(after.error().message));
}

void TestEditLock::connectRefusesWhileAnotherRunEdits()
{
    QTemporaryDir tmp;
    ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine{env};
    engine.setEditLockTimeout(50ms);
    const QString file = clientAdapter(u"cursor"_s)->location(env, Scope::User, {}, {})->path;
    const QByteArray before = "{\n  \"mcpServers\": {}\n}\n";
    QVERIFY(writeFile(file, before));
    auto other = EditLock::acquire(engine.editLockPath(), u"connect x in "_s + file, 1s);
    QVERIFY(other.has_value());
    auto r = engine.connect({{u"cursor"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)});
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(u"is editing"_s) && r.error().message.contains(file), qPrintable(r.error().message));
    QCOMPARE(readFile(file), before);
    QVERIFY(!engine.undo(u"cursor"_s).has_value());
    other = std::unexpected(mcpc::Error::make(mcpc::ErrorKind::Io, u"released"_s)); // drop the lock
    QVERIFY(engine.connect({{u"cursor"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)}).has_value());
}

void TestEditLock::lockLivesWithOurBackupsNotTheClientsFolder()
{
    QTemporaryDir tmp;
    ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine{env};
    QVERIFY(engine.connect({{u"cursor"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)}).has_value());
    const QString file = clientAdapter(u"cursor"_s)->location(env, Scope::User, {}, {})->path;
    QCOMPARE(QFileInfo(engine.editLockPath()).absolutePath(), engine.backups().dir());
    QVERIFY(QFileInfo::exists(engine.editLockPath()));
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{u"mcp.json"_s});
}

QTEST_GUILESS_MAIN(TestEditLock)
#include "tst_clientconfig_editlock.moc"
