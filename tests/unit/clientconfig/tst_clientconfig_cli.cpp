// The CLI commands (clients list, connect, disconnect, undo, deeplink) run as a user would:
// the real binary in a temp HOME. Exit codes: 0 ok, 1 usage / refused, 2 unavailable,
// 5 a client file that cannot be parsed or written.
#include "clientconfigtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace testhelpers;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestClientConfigCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dryRunPrintsDiffAndWritesNothing();
    void connectDisconnectUndo();
    void refusesHandEditsWithoutForce();
    void parseErrorExitsFive();
    void profilesByNameAndUsageErrors();
    void headerEnvNeverWritesTheSecret();
    void listAndDeeplinks();

private:
    Run cli(const QStringList &args);
    QString home() const { return m_tmp->path() + u"/home"_s; }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestClientConfigCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QDir().mkpath(home());
}

Run TestClientConfigCli::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home());
    env.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home() + u"/.local/share"_s);
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"ACME_AUTH"_s, u"Bearer supersecret-token"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MCPC_CLI_PATH), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestClientConfigCli::dryRunPrintsDiffAndWritesNothing()
{
    const QString path = home() + u"/.cursor/mcp.json"_s;
    QVERIFY(writeFile(path, "{\n  \"mcpServers\": {}\n}\n"));
    Run r = cli({u"connect"_s, u"cursor"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s, u"--dry-run"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"--- a%1\n+++ b%1\n@@ -1,3 +1,7 @@\n {\n-  \"mcpServers\": {}\n+  \"mcpServers\": {\n+    \"acme\": {\n"
                     "+      \"url\": \"https://mcp.acme.dev/mcp\"\n+    }\n+  }\n }\n"_s.arg(path));
    QVERIFY(r.err.contains(u"nothing was written"_s));
    QCOMPARE(readFile(path), QByteArray("{\n  \"mcpServers\": {}\n}\n"));
    QVERIFY(!QFileInfo::exists(home() + u"/.local/share/mcp-connect/backups"_s));

    Run j = cli({u"--json"_s, u"connect"_s, u"vscode"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s, u"--dry-run"_s});
    QCOMPARE(j.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(u"action").toString(), u"add"_s);
    QCOMPARE(o.value(u"fileExisted").toBool(), false);
    QVERIFY(o.value(u"diff").toString().startsWith(u"--- /dev/null\n"_s));
    QCOMPARE(o.value(u"entry").toObject().value(u"type").toString(), u"http"_s);
    QVERIFY(!QFileInfo::exists(home() + u"/.config/Code/User/mcp.json"_s));
}

void TestClientConfigCli::connectDisconnectUndo()
{
    const QString path = home() + u"/.config/Claude/claude_desktop_config.json"_s;
    const QByteArray original = "{\r\n\t\"preferences\": {\"menuBarEnabled\": false}\r\n}\r\n";
    QVERIFY(writeFile(path, original));
    Run r = cli({u"connect"_s, u"claude-desktop"_s, u"http://192.168.1.20:3000/mcp"_s, u"--name"_s, u"lan"_s, u"--allow-http"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Quit Claude Desktop completely"_s));
    QVERIFY(r.out.contains(u"no official Linux build"_s));
    QVERIFY(r.err.contains(u"plain HTTP"_s));
    QVERIFY(readFile(path).contains("\"--allow-http\""));
    QVERIFY(readFile(path).contains("\r\n\t\t\"lan\": {\r\n"));

    Run d = cli({u"disconnect"_s, u"claude-desktop"_s, u"lan"_s});
    QCOMPARE(d.code, 0);
    QCOMPARE(readFile(path), original);
    QCOMPARE(cli({u"undo"_s, u"claude-desktop"_s}).code, 0);
    QVERIFY(readFile(path).contains("\"lan\""));
    Run u = cli({u"--json"_s, u"undo"_s, u"claude-desktop"_s});
    QCOMPARE(u.code, 0);
    QCOMPARE(QJsonDocument::fromJson(u.out.toUtf8()).object().value(u"undone").toString(), u"connect lan"_s);
    QCOMPARE(readFile(path), original);
    Run none = cli({u"undo"_s, u"claude-desktop"_s});
    QCOMPARE(none.code, 1);
    QVERIFY(none.err.contains(u"Nothing to undo"_s));
}

void TestClientConfigCli::refusesHandEditsWithoutForce()
{
    QCOMPARE(cli({u"connect"_s, u"windsurf"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s}).code, 0);
    const QString path = home() + u"/.codeium/windsurf/mcp_config.json"_s;
    const QByteArray edited = readFile(path).replace("https://mcp.acme.dev/mcp", "https://mcp.acme.dev/mcp?team=1");
    QVERIFY(writeFile(path, edited));
    Run r = cli({u"connect"_s, u"windsurf"_s, u"https://mcp.acme.dev/v2"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"changed by hand"_s) && r.err.contains(u"--force"_s));
    QCOMPARE(readFile(path), edited);
    QCOMPARE(cli({u"disconnect"_s, u"windsurf"_s, u"acme"_s}).code, 1);
    QCOMPARE(readFile(path), edited);
    QCOMPARE(cli({u"connect"_s, u"windsurf"_s, u"https://mcp.acme.dev/v2"_s, u"--name"_s, u"acme"_s, u"--force"_s}).code, 0);
    QVERIFY(readFile(path).contains("https://mcp.acme.dev/v2"));
}

void TestClientConfigCli::parseErrorExitsFive()
{
    const QString path = home() + u"/.gemini/settings.json"_s;
    const QByteArray broken = "{\n  // fine in Gemini\n  \"theme\": \"GitHub\",\n}\n"; // the trailing comma is not
    QVERIFY(writeFile(path, broken));
    Run r = cli({u"connect"_s, u"gemini-cli"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(path + u" is not valid JSON with comments: line 3, column 20: trailing commas"_s), qPrintable(r.err));
    Run j = cli({u"--json"_s, u"connect"_s, u"gemini-cli"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(j.code, 5);
    QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"error").toObject().value(u"kind").toString(), u"parse"_s);
    QCOMPARE(readFile(path), broken);
}

void TestClientConfigCli::profilesByNameAndUsageErrors()
{
    QVERIFY(writeFile(home() + u"/.config/mcp-connect/profiles.json"_s,
                      "{\"version\": 1, \"profiles\": [{\"name\": \"clerk\", \"url\": \"http://localhost:3000/mcp\", "
                      "\"transport\": \"auto\", \"auth\": \"oauth\", \"headers\": []}]}"));
    Run r = cli({u"connect"_s, u"vscode"_s, u"clerk"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"select Start above \"clerk\""_s));
    QVERIFY(readFile(home() + u"/.config/Code/User/mcp.json"_s).contains("\"clerk\": {\n      \"type\": \"http\",\n      \"url\": \"http://localhost:3000/mcp\""));

    Run missing = cli({u"connect"_s, u"vscode"_s, u"nope"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"No server profile named 'nope'"_s));
    Run badName = cli({u"connect"_s, u"cursor"_s, u"https://x.dev/mcp"_s, u"--name"_s, u"my server"_s});
    QCOMPARE(badName.code, 1);
    QVERIFY(badName.err.contains(u"Try --name my-server."_s));
    Run badScope = cli({u"connect"_s, u"cursor"_s, u"clerk"_s, u"--scope"_s, u"global"_s});
    QCOMPARE(badScope.code, 1);
    Run unknown = cli({u"connect"_s, u"cursor"_s, u"clerk"_s, u"--frobnicate"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"Unknown option --frobnicate"_s));
    Run insecure = cli({u"connect"_s, u"cursor"_s, u"http://example.com/mcp"_s});
    QCOMPARE(insecure.code, 1);
    QVERIFY(insecure.err.contains(u"--allow-http"_s));
}

void TestClientConfigCli::headerEnvNeverWritesTheSecret()
{
    Run r = cli({u"connect"_s, u"cursor"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s,
                 u"--header-env"_s, u"Authorization=ACME_AUTH"_s});
    QCOMPARE(r.code, 0);
    const QByteArray file = readFile(home() + u"/.cursor/mcp.json"_s);
    QVERIFY(file.contains("\"Authorization\": \"${env:ACME_AUTH}\""));
    QVERIFY(!file.contains("supersecret"));
    Run refused = cli({u"connect"_s, u"zed"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s,
                       u"--header-env"_s, u"Authorization=ACME_AUTH"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY(!QFileInfo::exists(home() + u"/.config/zed/settings.json"_s));
}

void TestClientConfigCli::listAndDeeplinks()
{
    QVERIFY(QDir().mkpath(home() + u"/.lmstudio"_s));
    Run j = cli({u"--json"_s, u"clients"_s, u"list"_s});
    QCOMPARE(j.code, 0);
    const QJsonArray clients = QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"clients").toArray();
    QCOMPARE(clients.size(), 14);
    QStringList installed;
    for (const QJsonValue &c : clients)
        if (c.toObject().value(u"installed").toBool())
            installed << c.toObject().value(u"id").toString();
    QCOMPARE(installed, QStringList{u"lmstudio"_s});
    Run text = cli({u"clients"_s, u"list"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"claude-desktop"_s) && text.out.contains(u"no official Linux build"_s));

    Run cursor = cli({u"deeplink"_s, u"cursor"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(cursor.code, 0);
    QCOMPARE(cursor.out, u"cursor://anysphere.cursor-deeplink/mcp/install?name=acme&config=eyJ1cmwiOiJodHRwczovL21jcC5hY21lLmRldi9tY3AifQ%3D%3D\n"_s);
    Run vscode = cli({u"deeplink"_s, u"vscode"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(vscode.out.trimmed(), u"vscode:mcp/install?%7B%22name%22%3A%22acme%22%2C%22type%22%3A%22http%22%2C%22url%22%3A%22https%3A%2F%2Fmcp.acme.dev%2Fmcp%22%7D"_s);
    Run claude = cli({u"deeplink"_s, u"claude-code"_s, u"https://mcp.acme.dev/mcp"_s, u"--name"_s, u"acme"_s});
    QCOMPARE(claude.code, 2);
    QVERIFY(claude.err.contains(u"claude mcp add --transport http -s user acme https://mcp.acme.dev/mcp"_s));
}

QTEST_GUILESS_MAIN(TestClientConfigCli)
#include "tst_clientconfig_cli.moc"
