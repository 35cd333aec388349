// The fixture corpus (tests/data/clientconfig): for every client and every realistic file
// (comments, trailing commas, CRLF, BOM, tabs, unicode, 1 MiB, other tools' entries),
// connect, update and disconnect through the engine; after each step the file parses in
// the client's dialect and nothing outside our entry changed (compared, not eyeballed);
// disconnect gives back the original bytes, and undo walks back every step exactly.
// Files the client's own parser rejects are refused with file, line and column.
#include "clientconfigtesthelpers.h"

#include "clientconfig/adapters/clientadapter.h"

#include <QTest>

using namespace mcpc::clientconfig;
using namespace testhelpers;
using namespace Qt::StringLiterals;

class TestClientFixtures : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void rejected_data();
    void rejected();
    void missingFile_data();
    void missingFile();
};

void TestClientFixtures::roundTrip_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("fixture");
    int rows = 0;
    for (const ClientAdapter *a : allClientAdapters()) {
        const QDir dir(dataDir() + u'/' + a->id());
        QVERIFY2(dir.exists(), qPrintable(u"no fixtures for "_s + a->id()));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(a->id() + u'/' + f)) << a->id() << dir.filePath(f);
            ++rows;
        }
        QTest::newRow(qPrintable(a->id() + u"/big"_s)) << a->id() << dataDir() + u'/' + QString::fromLatin1(bigFileFor(a->dialect()));
    }
    QVERIFY(rows >= 100);
}

void TestClientFixtures::roundTrip()
{
    QFETCH(QString, client);
    QFETCH(QString, fixture);
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine(env);
    const ClientAdapter *adapter = clientAdapter(client);
    const ConfigLocation loc = *adapter->location(env, Scope::User, {}, {});
    const QByteArray original = readFile(fixture);
    if (fixture.contains(u"/big/"))
        QVERIFY(original.size() >= 1024 * 1024);
    QVERIFY(writeFile(loc.path, original));

    // Connect.
    const ConnectRequest first{{client}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)};
    auto r1 = engine.connect(first);
    QVERIFY2(r1.has_value(), qPrintable(r1 ? QString() : r1.error().message));
    QVERIFY(r1->written);
    QCOMPARE(r1->plan.action, PlanAction::Add);
    const QByteArray after1 = readFile(loc.path);
    auto editor = ConfigEditor::open(adapter->dialect(), after1, loc.path);
    QVERIFY2(editor.has_value(), "the result must parse in the client's dialect");
    const QStringList path = adapter->resolveContainer(**editor, loc) + QStringList{u"acme"_s};
    QCOMPARE((*editor)->value(path)->canonicalJson(), adapter->entry(first.profile, {}, env)->canonicalJson());
    const auto [a, b] = addedSpan(adapter->dialect(), original, after1, path);
    QVERIFY2(onlySpanChanged(original, after1, a, b), "bytes outside the new entry changed");
    if (original.startsWith("\xEF\xBB\xBF"))
        QVERIFY(after1.startsWith("\xEF\xBB\xBF"));
    if (original.contains("\r\n"))
        QCOMPARE(after1.count("\r\n"), after1.count('\n')); // every added line break is CRLF too
    // Our lines are indented like the file's own: tabs in a tab file, spaces in a space file.
    const QByteArray added = after1.mid(a, b - a);
    const bool tabFile = original.contains("\n\t") && !original.contains("\n  ");
    const bool spaceFile = original.contains("\n  ") && !original.contains("\n\t");
    if (tabFile)
        QVERIFY2(!added.contains("\n "), added.constData());
    if (spaceFile)
        QVERIFY2(!added.contains("\n\t"), added.constData());

    // Update: only the entry's own bytes change.
    const ConnectRequest second{{client}, profile(u"acme"_s, u"https://mcp.acme.dev/v2/mcp"_s)};
    auto r2 = engine.connect(second);
    QVERIFY2(r2.has_value(), qPrintable(r2 ? QString() : r2.error().message));
    QCOMPARE(r2->plan.action, PlanAction::Update);
    const QByteArray after2 = readFile(loc.path);
    auto editor2 = ConfigEditor::open(adapter->dialect(), after2, loc.path);
    QVERIFY(editor2.has_value());
    QCOMPARE((*editor2)->value(path)->canonicalJson(), adapter->entry(second.profile, {}, env)->canonicalJson());
    const auto [v1a, v1b] = valueSpan(adapter->dialect(), after1, path);
    const auto [v2a, v2b] = valueSpan(adapter->dialect(), after2, path);
    QCOMPARE(after2.left(v2a), after1.left(v1a));
    QCOMPARE(after2.mid(v2b), after1.mid(v1b));

    // Connecting again changes nothing.
    auto same = engine.connect(second);
    QVERIFY(same.has_value());
    QVERIFY(!same->written);
    QCOMPARE(readFile(loc.path), after2);

    // Disconnect: the original, byte for byte.
    auto r3 = engine.disconnect({{client}, u"acme"_s});
    QVERIFY2(r3.has_value(), qPrintable(r3 ? QString() : r3.error().message));
    QVERIFY(r3->written);
    QCOMPARE(readFile(loc.path), original);
    QVERIFY(QFileInfo::exists(loc.path));

    // Undo walks back: before disconnect, before update, before connect.
    for (const QByteArray &expected : {after2, after1, original}) {
        auto u = engine.undo(client);
        QVERIFY2(u.has_value(), qPrintable(u ? QString() : u.error().message));
        QCOMPARE(readFile(loc.path), expected);
    }
    QVERIFY(!engine.undo(client).has_value());
    // The sidecar forgot our entry along the way.
    QVERIFY(engine.ownership().record(client, loc.path)->entries.isEmpty());
}

void TestClientFixtures::rejected_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("fixture");
    for (const ClientAdapter *a : allClientAdapters()) {
        const QDir dir(dataDir() + u'/' + a->id() + u"/reject"_s);
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(u"no reject fixtures for "_s + a->id()));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(a->id() + u"/reject/"_s + f)) << a->id() << dir.filePath(f);
    }
}

void TestClientFixtures::rejected()
{
    QFETCH(QString, client);
    QFETCH(QString, fixture);
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine(env);
    const ConfigLocation loc = *clientAdapter(client)->location(env, Scope::User, {}, {});
    const QByteArray original = readFile(fixture);
    QVERIFY(writeFile(loc.path, original));

    auto r = engine.connect({{client}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Parse);
    QVERIFY2(r.error().message.contains(loc.path), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"line "_s) && r.error().message.contains(u"column "_s), qPrintable(r.error().message));
    QCOMPARE(readFile(loc.path), original);
    QVERIFY(engine.backups().list(client)->isEmpty());
    QVERIFY(!engine.disconnect({{client}, u"acme"_s}).has_value());
    QCOMPARE(readFile(loc.path), original);
    // Status reports the problem instead of pretending the client has no servers.
    QVERIFY(engine.status({client})->problem.has_value());
}

void TestClientFixtures::missingFile_data()
{
    QTest::addColumn<QString>("client");
    for (const ClientAdapter *a : allClientAdapters())
        QTest::newRow(qPrintable(a->id())) << a->id();
}

void TestClientFixtures::missingFile()
{
    QFETCH(QString, client);
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine(env);
    const ClientAdapter *adapter = clientAdapter(client);
    const ConfigLocation loc = *adapter->location(env, Scope::User, {}, {});
    QVERIFY(!QFileInfo::exists(loc.path));

    auto r = engine.connect({{client}, profile(u"acme"_s, u"https://mcp.acme.dev/mcp"_s)});
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    const QByteArray created = readFile(loc.path);
    auto editor = ConfigEditor::open(adapter->dialect(), created, loc.path);
    QVERIFY(editor.has_value());
    QVERIFY(created.endsWith('\n'));
    // 0600 where the client uses it (~/.claude.json, Codex), 0644 elsewhere.
    QCOMPARE(QFileInfo(loc.path).permissions().testFlag(QFileDevice::ReadOther), bool(loc.newFileMode & 0004));

    auto d = engine.disconnect({{client}, u"acme"_s});
    QVERIFY(d.has_value());
    QCOMPARE(d->plan.action, PlanAction::DeleteFile);
    QVERIFY(!QFileInfo::exists(loc.path));

    QVERIFY(engine.undo(client).has_value());
    QCOMPARE(readFile(loc.path), created);
    QVERIFY(engine.undo(client).has_value());
    QVERIFY(!QFileInfo::exists(loc.path)); // "the file did not exist" restored
}

QTEST_GUILESS_MAIN(TestClientFixtures)
#include "tst_clientconfig_fixtures.moc"
