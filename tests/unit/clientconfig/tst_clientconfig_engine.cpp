// Engine behaviour on hostile ground: broken files, a directory where the file should be,
// read-only files, a file that changes between our read and our write, symlinks, modes,
// Claude Code's lock, hand-edited and foreign entries, undo after someone else wrote.
// Every failure must leave the original untouched.
#include "clientconfigtesthelpers.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/files/safefile.h"

#include <QDateTime>
#include <QTest>

#include <utime.h>

using namespace mcpc::clientconfig;
using namespace testhelpers;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCursorFile = "{\n  \"mcpServers\": {\n    \"other\": {\n      \"url\": \"https://other.example/mcp\"\n    }\n  }\n}\n";

struct Fixture
{
    QTemporaryDir tmp;
    ClientEnvironment env = tempEnv(tmp.path());
    ClientConfigEngine engine{env};
    QString path(const QString &client = u"cursor"_s, Scope scope = Scope::User, const QString &project = {}) const
    {
        return clientAdapter(client)->location(env, scope, project, {})->path;
    }
};

ConnectRequest acme(const QString &client = u"cursor"_s, const QString &url = u"https://mcp.acme.dev/mcp"_s)
{
    return {{client}, profile(u"acme"_s, url)};
}

QStringList strayFiles(const QString &dir)
{
    return QDir(dir).entryList({u"*.tmp"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestClientEngine : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { SafeFile::setBeforeCommitHook({}); }
    void syntaxErrorLeavesFileAlone();
    void duplicateKeyIsRefusedByName();
    void directoryWhereFileShouldBe();
    void readOnlyFileIsRefused();
    void changedBetweenReadAndWriteRetries();
    void changingFileMakesUsGiveUp();
    void symlinkStaysALink();
    void modeIsKept();
    void handEditedEntryNeedsForce();
    void foreignEntryNeedsForce();
    void removedEntryIsReadded();
    void undoRefusesAfterSomeoneElseWrote();
    void backupsAreCapped();
    void claudeLockIsRespected();
    void staleClaudeLockIsTakenOver();
    void claudeLocalScope();
    void dryRunWritesNothing();
    void invalidInputs();
};

void TestClientEngine::syntaxErrorLeavesFileAlone()
{
    Fixture f;
    const QByteArray broken = "{\n  \"mcpServers\": {\n    \"other\": { \"url\": \"x\" }\n  \n";
    QVERIFY(writeFile(f.path(), broken));
    auto r = f.engine.connect(acme());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Parse);
    QVERIFY2(r.error().message.contains(f.path() + u" is not valid JSON: line 5, column 1"_s), qPrintable(r.error().message));
    QCOMPARE(readFile(f.path()), broken);
    QVERIFY(f.engine.backups().list(u"cursor"_s)->isEmpty());
    QVERIFY(!f.engine.planConnect(acme()).has_value());
}

void TestClientEngine::duplicateKeyIsRefusedByName()
{
    // Found by fuzz_jsonc: with our entry's name twice in one object, an edit of the last
    // one (the one a JSON reader uses) left the other, and removing failed the internal check.
    const QList<QPair<QByteArray, QString>> cases{
        {"{\n  \"mcpServers\": {\n    \"acme\": { \"url\": \"a\" },\n    \"acme\": { \"url\": \"b\" }\n  }\n}\n",
         u"\"acme\" appears more than once in \"mcpServers\""_s},
        {"{\"mcpServers\": {}, \"mcpServers\": {\"other\": {}}}\n", u"\"mcpServers\" appears more than once in the top level"_s}};
    for (const auto &[text, expected] : cases) {
        Fixture f;
        QVERIFY(writeFile(f.path(), text));
        auto r = f.engine.connect(acme());
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().kind, mcpc::ErrorKind::Parse);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"Nothing was changed"_s));
        QCOMPARE(readFile(f.path()), text);
        QVERIFY(f.engine.backups().list(u"cursor"_s)->isEmpty());
    }
}

void TestClientEngine::directoryWhereFileShouldBe()
{
    Fixture f;
    QVERIFY(QDir().mkpath(f.path()));
    auto r = f.engine.connect(acme());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Io);
    QVERIFY2(r.error().message.contains(u"is a directory"_s), qPrintable(r.error().message));
    QVERIFY(QFileInfo(f.path()).isDir());
    QVERIFY(QDir(f.path()).isEmpty());
}

void TestClientEngine::readOnlyFileIsRefused()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    QVERIFY(QFile::setPermissions(f.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto r = f.engine.connect(acme());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Io);
    QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
    QCOMPARE(readFile(f.path()), kCursorFile);
    // Owner/group/other bits (the "User" bits describe whoever runs the test, root included).
    QCOMPARE(QFileInfo(f.path()).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(strayFiles(QFileInfo(f.path()).absolutePath()).isEmpty());
    QVERIFY(f.engine.backups().list(u"cursor"_s)->isEmpty());
}

void TestClientEngine::changedBetweenReadAndWriteRetries()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    // Another program (the client itself) adds a server while we are writing.
    const QByteArray theirs = QByteArray(kCursorFile).replace("\"other\"", "\"theirs\": {\"url\": \"https://t\"},\n    \"other\"");
    int calls = 0;
    SafeFile::setBeforeCommitHook([&](const QString &real) {
        if (calls++ == 0)
            QVERIFY(writeFile(real, theirs));
    });
    auto r = f.engine.connect(acme());
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(calls, 2); // first attempt lost the race, the second went through
    auto editor = ConfigEditor::open(ConfigDialect::Json, readFile(f.path()), f.path());
    QVERIFY(editor.has_value());
    QVERIFY((*editor)->value({u"mcpServers"_s, u"theirs"_s}).has_value()); // their change survived
    QVERIFY((*editor)->value({u"mcpServers"_s, u"acme"_s}).has_value());   // and ours is there
    QCOMPARE(f.engine.backups().list(u"cursor"_s)->size(), 1);              // the lost attempt left no backup
    QVERIFY(strayFiles(QFileInfo(f.path()).absolutePath()).isEmpty());
}

void TestClientEngine::changingFileMakesUsGiveUp()
{
    Fixture f;
    f.engine.setMaxAttempts(4);
    QVERIFY(writeFile(f.path(), kCursorFile));
    int calls = 0;
    QByteArray last;
    SafeFile::setBeforeCommitHook([&](const QString &real) {
        last = QByteArray(kCursorFile).replace("other.example", QByteArray("other" + QByteArray::number(++calls) + ".example"));
        QVERIFY(writeFile(real, last));
    });
    auto r = f.engine.connect(acme());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Io);
    QVERIFY2(r.error().message.contains(u"kept changing"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"4 attempts"_s), qPrintable(r.error().message));
    QCOMPARE(calls, 4);
    QCOMPARE(readFile(f.path()), last); // the other program's last write stands
    QVERIFY(f.engine.backups().list(u"cursor"_s)->isEmpty());
    QVERIFY(strayFiles(QFileInfo(f.path()).absolutePath()).isEmpty());
    QVERIFY(f.engine.ownership().record(u"cursor"_s, f.path())->entries.isEmpty());
}

void TestClientEngine::symlinkStaysALink()
{
    Fixture f;
    // A dotfile manager keeps the real file elsewhere and links it into place.
    const QString real = f.tmp.path() + u"/dotfiles/cursor-mcp.json"_s;
    QVERIFY(writeFile(real, kCursorFile));
    QVERIFY(QDir().mkpath(QFileInfo(f.path()).absolutePath()));
    QVERIFY(QFile::link(real, f.path()));
    QVERIFY(f.engine.connect(acme()).has_value());
    QVERIFY(QFileInfo(f.path()).isSymLink());
    QVERIFY(readFile(real).contains("\"acme\""));
    QVERIFY(f.engine.disconnect({{u"cursor"_s}, u"acme"_s}).has_value());
    QVERIFY(QFileInfo(f.path()).isSymLink());
    QCOMPARE(readFile(real), kCursorFile);
}

void TestClientEngine::modeIsKept()
{
    Fixture f;
    const QString path = f.path(u"claude-code"_s);
    QVERIFY(writeFile(path, "{\n  \"numStartups\": 3\n}"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(f.engine.connect(acme(u"claude-code"_s)).has_value());
    QCOMPARE(QFileInfo(path).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(QFileInfo(path).permissions() & 0x7000, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestClientEngine::handEditedEntryNeedsForce()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    QVERIFY(f.engine.connect(acme()).has_value());
    const QByteArray edited = readFile(f.path()).replace("https://mcp.acme.dev/mcp", "https://mcp.acme.dev/mcp?debug=1");
    QVERIFY(writeFile(f.path(), edited));
    QCOMPARE(f.engine.status({u"cursor"_s}, nullptr, u"acme"_s)->state, EntryState::EditedByHand);

    auto plan = f.engine.planConnect(acme(u"cursor"_s, u"https://mcp.acme.dev/v2"_s));
    QVERIFY(plan.has_value());
    QVERIFY(plan->needsForce); // what the GUI asks about
    auto refused = f.engine.connect(acme(u"cursor"_s, u"https://mcp.acme.dev/v2"_s));
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(u"changed by hand"_s));
    QVERIFY(refused.error().hint.contains(u"--force"_s));
    QCOMPARE(readFile(f.path()), edited);
    QVERIFY(!f.engine.disconnect({{u"cursor"_s}, u"acme"_s}).has_value());
    QCOMPARE(readFile(f.path()), edited);

    ConnectRequest forced = acme(u"cursor"_s, u"https://mcp.acme.dev/v2"_s);
    forced.force = true;
    QVERIFY(f.engine.connect(forced).has_value());
    QCOMPARE(f.engine.status({u"cursor"_s}, &forced.profile)->state, EntryState::Ours);
    QVERIFY(f.engine.status({u"cursor"_s}, &forced.profile)->matchesProfile);
}

void TestClientEngine::foreignEntryNeedsForce()
{
    Fixture f;
    const QByteArray theirs = QByteArray(kCursorFile).replace("\"other\"", "\"acme\"");
    QVERIFY(writeFile(f.path(), theirs));
    auto r = f.engine.connect(acme());
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(u"did not write"_s));
    QVERIFY(r.error().hint.contains(u"--name"_s) && r.error().hint.contains(u"--force"_s));
    QCOMPARE(readFile(f.path()), theirs);
    QVERIFY(!f.engine.disconnect({{u"cursor"_s}, u"acme"_s}).has_value());

    // An identical entry someone else wrote: nothing to do, and it does not become ours.
    auto same = f.engine.connect(acme(u"cursor"_s, u"https://other.example/mcp"_s));
    QVERIFY(same.has_value());
    QVERIFY(!same->written);
    QCOMPARE(same->plan.state, EntryState::Foreign);

    // The status shows the clash and the same-URL entry.
    const mcpc::ServerProfile p = profile(u"docs"_s, u"https://other.example/mcp/"_s);
    auto st = f.engine.status({u"cursor"_s}, &p);
    QCOMPARE(st->sameUrlEntries, QStringList{u"acme"_s});

    DisconnectRequest d{{u"cursor"_s}, u"acme"_s, true};
    QVERIFY(f.engine.disconnect(d).has_value());
    QVERIFY(!readFile(f.path()).contains("acme"));
}

void TestClientEngine::removedEntryIsReadded()
{
    Fixture f;
    const QString path = f.path(u"claude-desktop"_s);
    QVERIFY(writeFile(path, "{\n  \"preferences\": {}\n}\n"));
    QVERIFY(f.engine.connect(acme(u"claude-desktop"_s)).has_value());
    // Claude Desktop rewrites its file on update and drops mcpServers.
    QVERIFY(writeFile(path, "{\n  \"preferences\": {\"menuBarEnabled\": true}\n}\n"));
    QCOMPARE(f.engine.status({u"claude-desktop"_s}, nullptr, u"acme"_s)->state, EntryState::Missing);
    auto again = f.engine.connect(acme(u"claude-desktop"_s));
    QVERIFY(again.has_value());
    QCOMPARE(again->plan.action, PlanAction::Add);
    QCOMPARE(again->plan.state, EntryState::Missing);
    QCOMPARE(f.engine.status({u"claude-desktop"_s}, nullptr, u"acme"_s)->state, EntryState::Ours);

    // Dropped again; disconnect then has nothing to write, and forgets the entry.
    QVERIFY(writeFile(path, "{}\n"));
    auto gone = f.engine.disconnect({{u"claude-desktop"_s}, u"acme"_s});
    QVERIFY(gone.has_value());
    QVERIFY(!gone->written);
    QCOMPARE(readFile(path), QByteArray("{}\n"));
    QCOMPARE(f.engine.status({u"claude-desktop"_s}, nullptr, u"acme"_s)->state, EntryState::Absent);
}

void TestClientEngine::undoRefusesAfterSomeoneElseWrote()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    QVERIFY(f.engine.connect(acme()).has_value());
    const QByteArray later = readFile(f.path()).replace("other.example", "other2.example");
    QVERIFY(writeFile(f.path(), later));
    auto r = f.engine.undo(u"cursor"_s);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().hint.contains(u"--force"_s));
    QCOMPARE(readFile(f.path()), later);
    QVERIFY(f.engine.undo(u"cursor"_s, true).has_value());
    QCOMPARE(readFile(f.path()), kCursorFile);
}

void TestClientEngine::backupsAreCapped()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    for (int i = 0; i < 13; ++i)
        QVERIFY(f.engine.connect(acme(u"cursor"_s, u"https://mcp.acme.dev/v%1"_s.arg(i))).has_value());
    QCOMPARE(f.engine.backups().list(u"cursor"_s)->size(), 10);
    QCOMPARE(QDir(f.env.dataDir + u"/backups/cursor"_s).entryList({u"*.bak"_s}).size(), 10);
}

void TestClientEngine::claudeLockIsRespected()
{
    Fixture f;
    const QString path = f.path(u"claude-code"_s);
    QVERIFY(writeFile(path, "{}"));
    QVERIFY(QDir().mkdir(path + u".lock"_s)); // a Claude Code session is writing
    f.engine.setLockTimeout(std::chrono::milliseconds(300));
    auto r = f.engine.connect(acme(u"claude-code"_s));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(u"locked"_s), qPrintable(r.error().message));
    QCOMPARE(readFile(path), QByteArray("{}"));
    QVERIFY(QFileInfo(path + u".lock"_s).isDir()); // not ours to remove
    QVERIFY(f.engine.planConnect(acme(u"claude-code"_s)).has_value()); // a preview does not wait

    QVERIFY(QDir().rmdir(path + u".lock"_s));
    bool heldDuringWrite = false;
    SafeFile::setBeforeCommitHook([&](const QString &) { heldDuringWrite = QFileInfo(path + u".lock"_s).isDir(); });
    QVERIFY(f.engine.connect(acme(u"claude-code"_s)).has_value());
    QVERIFY(heldDuringWrite);
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

void TestClientEngine::staleClaudeLockIsTakenOver()
{
    Fixture f;
    const QString path = f.path(u"claude-code"_s);
    QVERIFY(writeFile(path, "{}"));
    QVERIFY(QDir().mkdir(path + u".lock"_s));
    const time_t old = QDateTime::currentSecsSinceEpoch() - 60; // a crashed session's leftover
    utimbuf times{old, old};
    QCOMPARE(::utime(QFile::encodeName(path + u".lock"_s).constData(), &times), 0);
    QVERIFY(f.engine.connect(acme(u"claude-code"_s)).has_value());
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

void TestClientEngine::claudeLocalScope()
{
    Fixture f;
    // The project is a sub-folder of a git repository: Claude Code keys it by the repo root.
    const QString repo = f.tmp.path() + u"/src/shop"_s;
    QVERIFY(QDir().mkpath(repo + u"/.git"_s));
    QVERIFY(QDir().mkpath(repo + u"/web"_s));
    const QString path = f.path(u"claude-code"_s);
    const QByteArray original = "{\n  \"projects\": {\n    \"" + repo.toUtf8() + "\": {\n      \"allowedTools\": [],\n"
        "      \"hasTrustDialogAccepted\": true\n    },\n    \"/elsewhere\": {\n      \"mcpServers\": {}\n    }\n  },\n  \"numStartups\": 2\n}";
    QVERIFY(writeFile(path, original));
    ConnectRequest req = acme(u"claude-code"_s);
    req.target.scope = Scope::Local;
    req.target.projectDir = repo + u"/web"_s;
    auto r = f.engine.connect(req);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->plan.container, (QStringList{u"projects"_s, repo, u"mcpServers"_s}));
    auto editor = ConfigEditor::open(ConfigDialect::Json, readFile(path), path);
    QCOMPARE((*editor)->value({u"projects"_s, repo, u"mcpServers"_s, u"acme"_s})->canonicalJson(),
             QByteArray("{\"type\":\"http\",\"url\":\"https://mcp.acme.dev/mcp\"}"));
    QVERIFY(!(*editor)->value({u"mcpServers"_s}).has_value()); // user scope untouched
    // We created projects[repo].mcpServers: it goes with our entry.
    DisconnectRequest d{req.target, u"acme"_s};
    QVERIFY(f.engine.disconnect(d).has_value());
    QCOMPARE(readFile(path), original);

    // Project scope: <project>/.mcp.json, created and deleted again.
    req.target.scope = Scope::Project;
    QVERIFY(f.engine.connect(req).has_value());
    QVERIFY(QFileInfo::exists(repo + u"/web/.mcp.json"_s));
    QVERIFY(f.engine.disconnect({req.target, u"acme"_s}).has_value());
    QVERIFY(!QFileInfo::exists(repo + u"/web/.mcp.json"_s));
}

void TestClientEngine::dryRunWritesNothing()
{
    Fixture f;
    QVERIFY(writeFile(f.path(), kCursorFile));
    auto plan = f.engine.planConnect(acme());
    QVERIFY(plan.has_value());
    QCOMPARE(plan->action, PlanAction::Add);
    const QString diff = plan->diff();
    QCOMPARE(diff, u"--- a"_s + f.path() + u"\n+++ b"_s + f.path() + u"\n@@ -2,6 +2,9 @@\n"
                   "   \"mcpServers\": {\n     \"other\": {\n       \"url\": \"https://other.example/mcp\"\n"
                   "+    },\n+    \"acme\": {\n+      \"url\": \"https://mcp.acme.dev/mcp\"\n     }\n   }\n }\n"_s);
    QCOMPARE(readFile(f.path()), kCursorFile);
    QVERIFY(f.engine.backups().list(u"cursor"_s)->isEmpty());
    QVERIFY(!QFileInfo::exists(f.engine.ownershipFile()));
}

void TestClientEngine::invalidInputs()
{
    Fixture f;
    ConnectRequest bad = acme();
    bad.profile.name = u"My Server!"_s;
    auto r = f.engine.connect(bad);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, mcpc::ErrorKind::Usage);
    QCOMPARE(r.error().hint, u"Try --name My-Server."_s);

    auto unknown = f.engine.connect(acme(u"notepad"_s));
    QVERIFY(!unknown.has_value());
    QVERIFY(unknown.error().message.contains(u"cursor, vscode, vscode-insiders, claude-code"_s));

    ConnectRequest local = acme();
    local.target.scope = Scope::Local;
    local.target.projectDir = f.tmp.path();
    QVERIFY(!f.engine.connect(local).has_value());
    QVERIFY(!QFileInfo::exists(f.path()));
}

QTEST_GUILESS_MAIN(TestClientEngine)
#include "tst_clientconfig_engine.moc"
