// The drift watcher: notices when a client rewrote or wiped its config and our entry went
// missing or changed (Claude Desktop drops mcpServers on update), also after the client
// replaced the file atomically, and stays quiet about our own writes.
#include "clientconfigtesthelpers.h"

#include "clientconfig/clientconfigwatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc::clientconfig;
using namespace testhelpers;
using namespace Qt::StringLiterals;

namespace {

// How clients save: write a temp file, rename it over the config (new inode).
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + u".tmp-client"_s;
    QVERIFY(writeFile(temp, bytes));
    QVERIFY(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0);
}

} // namespace

class TestClientWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reportsDrift();
};

void TestClientWatcher::reportsDrift()
{
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine(env);
    const QString path = env.xdgConfigHome + u"/Claude/claude_desktop_config.json"_s;
    QVERIFY(writeFile(path, "{\n  \"preferences\": {\"menuBarEnabled\": false}\n}\n"));
    QVERIFY(engine.connect({{u"claude-desktop"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)}).has_value());

    ClientConfigWatcher watcher(env);
    watcher.setDebounce(20);
    QSignalSpy spy(&watcher, &ClientConfigWatcher::driftDetected);
    watcher.refresh();
    QCOMPARE(watcher.watchedFiles(), QStringList{path});
    QCOMPARE(spy.count(), 0);

    // Our own update is not drift.
    QVERIFY(engine.connect({{u"claude-desktop"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/v2"_s)}).has_value());
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);

    // Claude Desktop updates itself and rewrites its file without mcpServers.
    replaceAtomically(path, "{\n  \"preferences\": {\"menuBarEnabled\": true}\n}\n");
    QTRY_COMPARE(spy.count(), 1);
    auto report = spy.takeFirst().at(0).value<DriftReport>();
    QCOMPARE(report.kind, DriftReport::Kind::Removed);
    QCOMPARE(report.client, u"claude-desktop"_s);
    QCOMPARE(report.name, u"acme"_s);
    QVERIFY(report.message.contains(u"connect again"_s));

    // The same drift is reported once, not on every rewrite.
    replaceAtomically(path, "{\n  \"preferences\": {\"menuBarEnabled\": false}\n}\n");
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);

    // Reconnect; then the user edits our entry in place (the watch survived the renames).
    QVERIFY(engine.connect({{u"claude-desktop"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/v2"_s)}).has_value());
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
    QVERIFY(writeFile(path, readFile(path).replace("mcp-remote@0.15.1", "mcp-remote@latest")));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<DriftReport>().kind, DriftReport::Kind::Changed);

    // Broken, then gone.
    replaceAtomically(path, "{ \"mcpServers\": ");
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<DriftReport>().kind, DriftReport::Kind::Unreadable);
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<DriftReport>().kind, DriftReport::Kind::FileDeleted);
    QCOMPARE(watcher.check().size(), 1);

    // A connect elsewhere (the CLI) updates the sidecar: the watcher follows by itself.
    const QString cursor = env.home + u"/.cursor/mcp.json"_s;
    QVERIFY(engine.connect({{u"cursor"_s}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)}).has_value());
    QTRY_VERIFY(watcher.watchedFiles().contains(cursor));
    QVERIFY(writeFile(cursor, "{}\n"));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<DriftReport>().client, u"cursor"_s);
}

QTEST_GUILESS_MAIN(TestClientWatcher)
#include "tst_clientconfig_watcher.moc"
