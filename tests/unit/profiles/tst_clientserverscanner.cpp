// "Import from your AI clients" against fixture config files of several clients in a
// temp HOME: URL entries, mcp-remote bridges, stdio commands, what cannot be imported,
// the same server in several clients, dedupe against saved profiles.
#include "../clientconfig/clientconfigtesthelpers.h"

#include "profiles/clientserverscanner.h"
#include "profiles/profilestore.h"

#include <QTest>

using namespace mcpc;
using namespace Qt::StringLiterals;
using namespace testhelpers;

namespace {

const QString kToken = u"ghp_PLANTEDtoken1234567890"_s;

QString userFile(const ClientEnvironment &env, const QString &client)
{
    return clientAdapter(client)->location(env, Scope::User, QString(), QString())->path;
}

const ImportItem *byName(const QList<ImportItem> &items, const QString &name)
{
    for (const ImportItem &i : items)
        if (i.profile.name == name)
            return &i;
    return nullptr;
}

} // namespace

class TestClientServerScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansEveryClient()
    {
        QTemporaryDir dir;
        const ClientEnvironment env = tempEnv(dir.path());
        const QByteArray fixture1 = R"({
  "mcpServers": {
    "acme": { "url": "https://mcp.acme.example/mcp", "headers": { "Authorization": "Bearer )" + kToken.toUtf8() + R"(" } },
    "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/ada"], "env": { "DEBUG": "1" } },
    "broken": { "note": "neither url nor command" }
  }
})";
        QVERIFY(writeFile(userFile(env, u"cursor"_s), fixture1));
        const QByteArray fixture2 = R"({
  // VS Code's own comments
  "servers": { "acme-vs": { "type": "http", "url": "https://MCP.acme.example/mcp/" },
               "events": { "type": "sse", "url": "https://events.example/sse" }, },
})";
        QVERIFY(writeFile(userFile(env, u"vscode"_s), fixture2));
        const QByteArray fixture3 = R"({
  "mcpServers": { "linear": { "command": "npx", "args": ["-y", "mcp-remote@0.15.1", "https://mcp.linear.example/sse",
                              "--header", "X-Api-Key: )" + kToken.toUtf8() + R"("] } }
})";
        QVERIFY(writeFile(userFile(env, u"claude-desktop"_s), fixture3));
        const QByteArray fixture4 = R"({ "mcpServers": { "wind": { "serverUrl": "https://wind.example/mcp" },
  "plain": { "serverUrl": "http://intranet.example/mcp" } } })";
        QVERIFY(writeFile(userFile(env, u"windsurf"_s), fixture4));
        const QByteArray fixture5 = "[mcp_servers.docs]\nurl = \"https://docs.example/mcp\"\n"
                                                     "bearer_token_env_var = \"DOCS_TOKEN\"\n";
        QVERIFY(writeFile(userFile(env, u"codex"_s), fixture5));
        const QByteArray fixture6 = R"({ "context_servers": { "zed srv": { "command": { "path": "/usr/bin/srv", "args": ["--token", ")" + kToken.toUtf8() + R"("] } } } })";
        QVERIFY(writeFile(userFile(env, u"zed"_s), fixture6));
        const QByteArray fixture7 = R"({ "mcpServers": { "acme": { "type": "http", "url": "https://other-acme.example/mcp" } } })";
        QVERIFY(writeFile(userFile(env, u"claude-code"_s), fixture7));
        const QByteArray fixture8 = "{ not json";
        QVERIFY(writeFile(userFile(env, u"gemini-cli"_s), fixture8));

        ClientServerScanner scanner(env);
        const QList<ImportItem> items = scanner.scan({http(u"saved"_s, u"https://wind.example/mcp"_s)});

        const ImportItem *acme = byName(items, u"acme"_s);
        QVERIFY(acme);
        QCOMPARE(acme->sources, (QStringList{u"Cursor"_s, u"VS Code"_s})); // one server, two clients
        QCOMPARE(acme->profile.auth, AuthMode::Header);
        QCOMPARE(acme->profile.headerNames, QStringList{u"Authorization"_s});
        QVERIFY(acme->selected);

        const ImportItem *files = byName(items, u"files"_s);
        QVERIFY(files && files->importable());
        QCOMPARE(files->profile.transport, TransportKind::Stdio);
        QCOMPARE(files->profile.command, u"npx"_s);
        QVERIFY(files->notes.join(u' ').contains(u"DEBUG"_s));

        const ImportItem *broken = byName(items, u"broken"_s);
        QVERIFY(broken && !broken->importable() && !broken->selected);
        QVERIFY(broken->problem.contains(u"neither a URL nor a command"_s));

        QCOMPARE(byName(items, u"events"_s)->profile.transport, TransportKind::Sse);

        const ImportItem *linear = byName(items, u"linear"_s);
        QVERIFY(linear && linear->importable());
        QCOMPARE(linear->profile.url.toString(), u"https://mcp.linear.example/sse"_s);
        QCOMPARE(linear->profile.headerNames, QStringList{u"X-Api-Key"_s});
        QCOMPARE(linear->sources, QStringList{u"Claude Desktop"_s});

        const ImportItem *wind = byName(items, u"wind"_s);
        QCOMPARE(wind->conflict, ImportConflict::SameServer);
        QCOMPARE(wind->existingName, u"saved"_s);
        QVERIFY(!wind->selected);
        QVERIFY(!byName(items, u"plain"_s)->importable());

        const ImportItem *docs = byName(items, u"docs"_s);
        QVERIFY(docs && docs->importable());
        QCOMPARE(docs->sources, QStringList{u"Codex CLI"_s});
        QCOMPARE(docs->profile.headerNames, QStringList{u"Authorization"_s});

        const ImportItem *zed = byName(items, u"zed-srv"_s); // slug of "zed srv"
        QVERIFY(zed && zed->importable());
        QCOMPARE(zed->entryName, u"zed srv"_s);
        QCOMPARE(zed->profile.args.at(1), u"REDACTED"_s);

        // Claude Code's "acme" points elsewhere: a second server, under a free name.
        const ImportItem *acme2 = byName(items, u"acme-2"_s);
        QVERIFY(acme2);
        QCOMPARE(acme2->sources, QStringList{u"Claude Code"_s});

        QCOMPARE(scanner.problems().size(), 1);
        QVERIFY(scanner.problems().at(0).startsWith(u"Gemini CLI"_s));

        // No secret of any client made it into a candidate.
        for (const ImportItem &i : items) {
            const QString all = i.profile.target() + i.profile.headerNames.join(u' ') + i.notes.join(u' ');
            QVERIFY2(!all.contains(kToken), qPrintable(all));
        }

        // Importing the picked ones saves them; the file itself is left alone.
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.add(http(u"saved"_s, u"https://wind.example/mcp"_s)).has_value());
        const QByteArray cursorBefore = readFile(userFile(env, u"cursor"_s));
        auto done = ProfileImporter::apply(store, items);
        QVERIFY(done.has_value());
        QCOMPARE(done->added.size(), 7); // acme files events linear docs zed-srv acme-2
        QCOMPARE(readFile(userFile(env, u"cursor"_s)), cursorBefore);
    }

    void noClients()
    {
        QTemporaryDir dir;
        ClientServerScanner scanner(tempEnv(dir.path()));
        QVERIFY(scanner.scan({}).isEmpty());
        QVERIFY(scanner.problems().isEmpty());
    }

private:
    static ServerProfile http(const QString &name, const QString &url) { return profile(name, url); }
};

QTEST_GUILESS_MAIN(TestClientServerScanner)
#include "tst_clientserverscanner.moc"
