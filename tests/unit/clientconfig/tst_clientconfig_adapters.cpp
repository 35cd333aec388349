// Per-client knowledge: config paths on Linux, macOS and Windows (and the variables that
// move them), the exact entry each client's own tools write, header indirection (never a
// literal token), detection, VS Code profiles and the legacy block, opencode's layouts,
// and the deeplink encodings of client-configs.md §4.
#include "clientconfigtesthelpers.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/deeplinks.h"
#include "clientconfig/toml/tomleditor.h"

#include <QTest>

using namespace mcpc::clientconfig;
using namespace testhelpers;
using namespace Qt::StringLiterals;

namespace {

const QString kUrl = u"https://mcp.acme.dev/mcp"_s;

QByteArray entryJson(const QString &client, const mcpc::ServerProfile &p, const EntryOptions &o = {},
                     const ClientEnvironment &env = ClientEnvironment())
{
    auto e = clientAdapter(client)->entry(p, o, env);
    return e ? e->toCompactJson() : QByteArray("error: ") + e.error().message.toUtf8();
}

} // namespace

class TestClientAdapters : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void pathVariables();
    void entries_data();
    void entries();
    void claudeDesktopBridge();
    void headerEnvUsesIndirection_data();
    void headerEnvUsesIndirection();
    void codexNeverWritesBearerToken();
    void stdioAndSse();
    void detection();
    void vscodeProfilesAndLegacyBlock();
    void opencodeLayouts();
    void continueUsesItsOwnDropIn();
    void claudeDesktopStoreBuild();
    void deeplinks();
    void entryUrlReadsEveryShape();
};

void TestClientAdapters::paths_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("expected");
    const int L = int(HostOs::Linux), M = int(HostOs::MacOS), W = int(HostOs::Windows);
    const QString as = u"/H/Library/Application Support"_s;
    const QString ad = u"/H/AppData/Roaming"_s;
    struct Row { const char *client; int os; QString path; };
    const Row rows[] = {
        {"cursor", L, u"/H/.cursor/mcp.json"_s}, {"cursor", W, u"/H/.cursor/mcp.json"_s},
        {"vscode", L, u"/H/.config/Code/User/mcp.json"_s}, {"vscode", M, as + u"/Code/User/mcp.json"_s},
        {"vscode", W, ad + u"/Code/User/mcp.json"_s},
        {"vscode-insiders", L, u"/H/.config/Code - Insiders/User/mcp.json"_s},
        {"vscode-insiders", M, as + u"/Code - Insiders/User/mcp.json"_s},
        {"claude-code", L, u"/H/.claude.json"_s}, {"claude-code", W, u"/H/.claude.json"_s},
        {"claude-desktop", L, u"/H/.config/Claude/claude_desktop_config.json"_s},
        {"claude-desktop", M, as + u"/Claude/claude_desktop_config.json"_s},
        {"claude-desktop", W, ad + u"/Claude/claude_desktop_config.json"_s},
        {"windsurf", L, u"/H/.codeium/windsurf/mcp_config.json"_s},
        {"cline", L, u"/H/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json"_s},
        {"cline", M, as + u"/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json"_s},
        {"cline", W, ad + u"/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json"_s},
        {"zed", L, u"/H/.config/zed/settings.json"_s}, {"zed", M, u"/H/.config/zed/settings.json"_s},
        {"zed", W, ad + u"/Zed/settings.json"_s},
        {"gemini-cli", L, u"/H/.gemini/settings.json"_s}, {"codex", L, u"/H/.codex/config.toml"_s},
        {"opencode", L, u"/H/.config/opencode/opencode.json"_s}, {"opencode", W, u"/H/.config/opencode/opencode.json"_s},
        {"lmstudio", L, u"/H/.lmstudio/mcp.json"_s}, {"lmstudio", W, u"/H/.lmstudio/mcp.json"_s},
        {"continue", L, u"/H/.continue/mcpServers/mcp-connect.json"_s},
        {"continue", W, u"/H/.continue/mcpServers/mcp-connect.json"_s},
        {"junie", L, u"/H/.junie/mcp/mcp.json"_s}, {"junie", M, u"/H/.junie/mcp/mcp.json"_s},
    };
    for (const Row &r : rows)
        QTest::newRow(qPrintable(QString::fromLatin1(r.client) + u'/' + QString::number(r.os))) << QString::fromLatin1(r.client) << r.os << r.path;
}

void TestClientAdapters::paths()
{
    QFETCH(QString, client);
    QFETCH(int, os);
    QFETCH(QString, expected);
    ClientEnvironment env;
    env.os = HostOs(os);
    env.home = u"/H"_s;
    env.xdgConfigHome = u"/H/.config"_s;
    env.appData = u"/H/AppData/Roaming"_s;
    auto loc = clientAdapter(client)->location(env, Scope::User, {}, {});
    QVERIFY(loc.has_value());
    QCOMPARE(loc->path, expected);
}

void TestClientAdapters::pathVariables()
{
    ClientEnvironment env;
    env.home = u"/H"_s;
    env.xdgConfigHome = u"/X"_s;
    env.vars = {{u"CLAUDE_CONFIG_DIR"_s, u"/C"_s}, {u"CODEX_HOME"_s, u"/K"_s}, {u"GEMINI_CLI_HOME"_s, u"/G"_s}};
    QCOMPARE(clientAdapter(u"claude-code"_s)->location(env, Scope::User, {}, {})->path, u"/C/.claude.json"_s);
    QCOMPARE(clientAdapter(u"codex"_s)->location(env, Scope::User, {}, {})->path, u"/K/config.toml"_s);
    QCOMPARE(clientAdapter(u"gemini-cli"_s)->location(env, Scope::User, {}, {})->path, u"/G/.gemini/settings.json"_s);
    QCOMPARE(clientAdapter(u"zed"_s)->location(env, Scope::User, {}, {})->path, u"/X/zed/settings.json"_s);
    QCOMPARE(clientAdapter(u"vscode"_s)->location(env, Scope::User, {}, {})->path, u"/X/Code/User/mcp.json"_s);
    QCOMPARE(clientAdapter(u"cursor"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.cursor/mcp.json"_s);
    QCOMPARE(clientAdapter(u"vscode"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.vscode/mcp.json"_s);
    QCOMPARE(clientAdapter(u"claude-code"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.mcp.json"_s);
    QCOMPARE(clientAdapter(u"gemini-cli"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.gemini/settings.json"_s);
    QCOMPARE(clientAdapter(u"codex"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.codex/config.toml"_s);
    QCOMPARE(clientAdapter(u"zed"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.zed/settings.json"_s);
    QCOMPARE(clientAdapter(u"opencode"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/opencode.json"_s);
}

void TestClientAdapters::entries_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray u = kUrl.toUtf8();
    QTest::newRow("cursor") << u"cursor"_s << "{\"url\":\"" + u + "\"}";
    QTest::newRow("vscode") << u"vscode"_s << "{\"type\":\"http\",\"url\":\"" + u + "\"}";
    QTest::newRow("vscode-insiders") << u"vscode-insiders"_s << "{\"type\":\"http\",\"url\":\"" + u + "\"}";
    QTest::newRow("claude-code") << u"claude-code"_s << "{\"type\":\"http\",\"url\":\"" + u + "\"}";
    QTest::newRow("claude-desktop") << u"claude-desktop"_s << "{\"command\":\"npx\",\"args\":[\"-y\",\"mcp-remote@0.15.1\",\"" + u + "\"]}";
    QTest::newRow("windsurf") << u"windsurf"_s << "{\"serverUrl\":\"" + u + "\"}";
    QTest::newRow("cline") << u"cline"_s << "{\"type\":\"streamableHttp\",\"url\":\"" + u + "\"}";
    QTest::newRow("zed") << u"zed"_s << "{\"url\":\"" + u + "\"}";
    QTest::newRow("gemini-cli") << u"gemini-cli"_s << "{\"url\":\"" + u + "\",\"type\":\"http\"}";
    QTest::newRow("codex") << u"codex"_s << "{\"url\":\"" + u + "\"}";
    QTest::newRow("opencode") << u"opencode"_s << "{\"type\":\"remote\",\"url\":\"" + u + "\",\"enabled\":true}";
    QTest::newRow("lmstudio") << u"lmstudio"_s << "{\"url\":\"" + u + "\"}";
    QTest::newRow("continue") << u"continue"_s << "{\"type\":\"http\",\"url\":\"" + u + "\"}";
    QTest::newRow("junie") << u"junie"_s << "{\"url\":\"" + u + "\"}";
}

void TestClientAdapters::entries()
{
    QFETCH(QString, client);
    QFETCH(QByteArray, expected);
    QCOMPARE(entryJson(client, profile(u"acme"_s, kUrl)), expected);
}

void TestClientAdapters::claudeDesktopBridge()
{
    mcpc::ServerProfile lan = profile(u"lan"_s, u"http://192.168.1.5:3000/mcp"_s);
    lan.allowInsecureHttp = true;
    // mcp-remote refuses http:// to another host unless told (0.15.1 source).
    QCOMPARE(entryJson(u"claude-desktop"_s, lan),
             QByteArray("{\"command\":\"npx\",\"args\":[\"-y\",\"mcp-remote@0.15.1\",\"http://192.168.1.5:3000/mcp\",\"--allow-http\"]}"));
    QCOMPARE(entryJson(u"claude-desktop"_s, profile(u"dev"_s, u"http://localhost:3000/mcp"_s)),
             QByteArray("{\"command\":\"npx\",\"args\":[\"-y\",\"mcp-remote@0.15.1\",\"http://localhost:3000/mcp\"]}"));
    ClientEnvironment win;
    win.os = HostOs::Windows;
    QCOMPARE(entryJson(u"claude-desktop"_s, profile(u"a"_s, kUrl), {}, win),
             QByteArray("{\"command\":\"cmd\",\"args\":[\"/c\",\"npx\",\"-y\",\"mcp-remote@0.15.1\",\"https://mcp.acme.dev/mcp\"]}"));
    EntryOptions bridge;
    bridge.bridge = true;
    for (const QString &client : {u"windsurf"_s, u"junie"_s})
        QCOMPARE(entryJson(client, profile(u"a"_s, kUrl), bridge),
                 QByteArray("{\"command\":\"npx\",\"args\":[\"-y\",\"mcp-remote@0.15.1\",\"https://mcp.acme.dev/mcp\"]}"));
    ClientEnvironment linux;
    QVERIFY(clientAdapter(u"claude-desktop"_s)->notes(linux).join(u' ').contains(u"no official Linux build"_s));
    ClientEnvironment mac;
    mac.os = HostOs::MacOS;
    QVERIFY(!clientAdapter(u"claude-desktop"_s)->notes(mac).join(u' ').contains(u"Linux"_s));
}

void TestClientAdapters::headerEnvUsesIndirection_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QByteArray>("expected"); // empty: the client has no indirection, refuse
    QTest::newRow("cursor") << u"cursor"_s << QByteArray("\"Authorization\":\"${env:ACME_AUTH}\"");
    QTest::newRow("windsurf") << u"windsurf"_s << QByteArray("\"Authorization\":\"${env:ACME_AUTH}\"");
    QTest::newRow("claude-code") << u"claude-code"_s << QByteArray("\"Authorization\":\"${ACME_AUTH}\"");
    QTest::newRow("gemini-cli") << u"gemini-cli"_s << QByteArray("\"Authorization\":\"${ACME_AUTH}\"");
    QTest::newRow("opencode") << u"opencode"_s << QByteArray("\"Authorization\":\"{env:ACME_AUTH}\"");
    QTest::newRow("codex") << u"codex"_s << QByteArray("\"env_http_headers\":{\"Authorization\":\"ACME_AUTH\"}");
    for (const char *c : {"vscode", "claude-desktop", "cline", "zed", "lmstudio", "continue", "junie"})
        QTest::newRow(c) << QString::fromLatin1(c) << QByteArray();
}

void TestClientAdapters::headerEnvUsesIndirection()
{
    QFETCH(QString, client);
    QFETCH(QByteArray, expected);
    EntryOptions o;
    o.headerEnv = {{u"Authorization"_s, u"ACME_AUTH"_s}};
    auto e = clientAdapter(client)->entry(profile(u"acme"_s, kUrl), o, {});
    if (expected.isEmpty()) {
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().kind, mcpc::ErrorKind::Usage);
        QVERIFY(e.error().hint.contains(u"--header-env"_s));
        return;
    }
    QVERIFY(e.has_value());
    QVERIFY2(e->toCompactJson().contains(expected), e->toCompactJson().constData());
}

void TestClientAdapters::codexNeverWritesBearerToken()
{
    EntryOptions o;
    o.headerEnv = {{u"Authorization"_s, u"ACME_AUTH"_s}};
    auto e = clientAdapter(u"codex"_s)->entry(profile(u"acme"_s, kUrl), o, {});
    QVERIFY(e.has_value());
    const QByteArray table = TomlEditor::tableText({u"mcp_servers"_s, u"acme"_s}, *e, "\n");
    QCOMPARE(table, QByteArray("[mcp_servers.acme]\nurl = \"https://mcp.acme.dev/mcp\"\nenv_http_headers = { Authorization = \"ACME_AUTH\" }"));
    QVERIFY(!table.contains("bearer_token ="));
    QVERIFY(TomlEditor::parse(table, u"c.toml"_s).has_value());
}

void TestClientAdapters::stdioAndSse()
{
    mcpc::ServerProfile s;
    s.name = u"fs"_s;
    s.transport = mcpc::TransportKind::Stdio;
    s.command = u"npx"_s;
    s.args = {u"-y"_s, u"pkg"_s};
    QCOMPARE(entryJson(u"cursor"_s, s), QByteArray("{\"command\":\"npx\",\"args\":[\"-y\",\"pkg\"]}"));
    QCOMPARE(entryJson(u"claude-code"_s, s), QByteArray("{\"type\":\"stdio\",\"command\":\"npx\",\"args\":[\"-y\",\"pkg\"],\"env\":{}}"));
    QCOMPARE(entryJson(u"opencode"_s, s), QByteArray("{\"type\":\"local\",\"command\":[\"npx\",\"-y\",\"pkg\"],\"enabled\":true}"));
    QCOMPARE(entryJson(u"continue"_s, s), QByteArray("{\"type\":\"stdio\",\"command\":\"npx\",\"args\":[\"-y\",\"pkg\"]}"));
    mcpc::ServerProfile sse = profile(u"old"_s, kUrl);
    sse.transport = mcpc::TransportKind::Sse;
    QCOMPARE(entryJson(u"claude-code"_s, sse), QByteArray("{\"type\":\"sse\",\"url\":\"https://mcp.acme.dev/mcp\"}"));
    QCOMPARE(entryJson(u"continue"_s, sse), QByteArray("{\"type\":\"sse\",\"url\":\"https://mcp.acme.dev/mcp\"}"));
    QVERIFY(entryJson(u"codex"_s, sse).startsWith("error: Codex speaks Streamable HTTP only"));
}

void TestClientAdapters::detection()
{
    QTemporaryDir tmp;
    ClientEnvironment env = tempEnv(tmp.path());
    env.pathDirs = {tmp.path() + u"/bin"_s};
    QVERIFY(writeFile(tmp.path() + u"/bin/cursor"_s, "#!/bin/sh\n"));
    QVERIFY(QFile::setPermissions(tmp.path() + u"/bin/cursor"_s, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(QDir().mkpath(env.home + u"/.gemini"_s));
    QVERIFY(writeFile(tmp.path() + u"/bin/zed"_s, "not executable"));
    ClientConfigEngine engine(env);
    const QList<ClientStatus> all = engine.statusAll();
    QCOMPARE(all.size(), 14);
    for (const ClientStatus &s : all) {
        const bool expected = s.id == u"cursor" || s.id == u"gemini-cli";
        QVERIFY2(s.installed == expected, qPrintable(s.id));
        if (s.id == u"cursor")
            QCOMPARE(s.evidence, QStringList{tmp.path() + u"/bin/cursor"_s});
        if (s.id == u"gemini-cli")
            QCOMPARE(s.evidence, QStringList{env.home + u"/.gemini"_s});
    }
}

void TestClientAdapters::vscodeProfilesAndLegacyBlock()
{
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    const QString user = env.xdgConfigHome + u"/Code/User"_s;
    QVERIFY(QDir().mkpath(user + u"/profiles/5f3a9c1e"_s));
    QVERIFY(writeFile(user + u"/settings.json"_s, readFile(dataDir() + u"/vscode/legacy/settings.json"_s)));
    const ClientAdapter *vscode = clientAdapter(u"vscode"_s);
    QCOMPARE(vscode->variants(env), QStringList{u"5f3a9c1e"_s});
    QCOMPARE(vscode->location(env, Scope::User, {}, u"5f3a9c1e"_s)->path, user + u"/profiles/5f3a9c1e/mcp.json"_s);
    QVERIFY(!vscode->location(env, Scope::User, {}, u"nope"_s).has_value());
    const QString notes = vscode->notes(env).join(u'\n');
    QVERIFY2(notes.contains(u"legacy \"mcp\" block (servers: clerk-mcp-server)"_s), qPrintable(notes));
    QVERIFY(notes.contains(u"5f3a9c1e"_s));

    ClientConfigEngine engine(env);
    ConnectRequest req{{u"vscode"_s, Scope::User, {}, u"5f3a9c1e"_s}, profile(u"acme"_s, kUrl)};
    QVERIFY(engine.connect(req).has_value());
    QVERIFY(readFile(user + u"/profiles/5f3a9c1e/mcp.json"_s).contains("\"servers\""));
    QCOMPARE(readFile(user + u"/settings.json"_s), readFile(dataDir() + u"/vscode/legacy/settings.json"_s)); // never written
}

void TestClientAdapters::opencodeLayouts()
{
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    const QString dir = env.xdgConfigHome + u"/opencode"_s;
    QVERIFY(writeFile(dir + u"/opencode.jsonc"_s, "{\n  // V2 layout\n  \"mcp\": {\n    \"servers\": {}\n  }\n}\n"));
    QCOMPARE(clientAdapter(u"opencode"_s)->location(env, Scope::User, {}, {})->path, dir + u"/opencode.jsonc"_s);
    ClientConfigEngine engine(env);
    auto r = engine.connect({{u"opencode"_s}, profile(u"acme"_s, kUrl)});
    QVERIFY(r.has_value());
    QCOMPARE(r->plan.container, (QStringList{u"mcp"_s, u"servers"_s}));
}

void TestClientAdapters::continueUsesItsOwnDropIn()
{
    QTemporaryDir tmp;
    const ClientEnvironment env = tempEnv(tmp.path());
    const QByteArray yaml = "name: Local Assistant\nversion: 1.0.0\nmcpServers:\n  - name: docs\n    type: streamable-http\n"
                            "    url: https://docs.example.com/mcp\n";
    QVERIFY(writeFile(env.home + u"/.continue/config.yaml"_s, yaml));
    ClientConfigEngine engine(env);
    auto r = engine.connect({{u"continue"_s}, profile(u"acme"_s, kUrl)});
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    const QString dropIn = env.home + u"/.continue/mcpServers/mcp-connect.json"_s;
    QCOMPARE(r->plan.path, dropIn);
    QVERIFY(readFile(dropIn).contains("\"type\": \"http\""));
    QCOMPARE(readFile(env.home + u"/.continue/config.yaml"_s), yaml); // never touched
    // Our last entry gone: the drop-in we created goes too.
    QVERIFY(engine.disconnect({{u"continue"_s}, u"acme"_s}).has_value());
    QVERIFY(!QFileInfo::exists(dropIn));
    QCOMPARE(readFile(env.home + u"/.continue/config.yaml"_s), yaml);
    // Project scope: the workspace's own drop-in folder.
    QCOMPARE(clientAdapter(u"continue"_s)->location(env, Scope::Project, u"/p"_s, {})->path,
             u"/p/.continue/mcpServers/mcp-connect.json"_s);
    QCOMPARE(clientAdapter(u"junie"_s)->location(env, Scope::Project, u"/p"_s, {})->path, u"/p/.junie/mcp/mcp.json"_s);
}

void TestClientAdapters::claudeDesktopStoreBuild()
{
    QTemporaryDir tmp;
    const ClientEnvironment win = tempEnv(tmp.path(), HostOs::Windows);
    const ClientAdapter *desktop = clientAdapter(u"claude-desktop"_s);
    // Classic installer: %APPDATA%\Claude.
    QCOMPARE(desktop->location(win, Scope::User, {}, {})->path, win.appData + u"/Claude/claude_desktop_config.json"_s);
    // The Store build virtualises %APPDATA%: once its package folder exists, its own copy is the one it reads.
    const QString package = win.localAppData + u"/Packages/Claude_pzs8sxrjxfjjc"_s;
    QVERIFY(QDir().mkpath(package));
    const QString msix = package + u"/LocalCache/Roaming/Claude/claude_desktop_config.json"_s;
    QCOMPARE(desktop->location(win, Scope::User, {}, {})->path, msix);
    QCOMPARE(desktop->configDirs(win), QStringList{package});
    QVERIFY(desktop->notes(win).join(u' ').contains(u"Microsoft Store"_s));
    ClientConfigEngine engine(win);
    auto r = engine.connect({{u"claude-desktop"_s}, profile(u"acme"_s, kUrl)});
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(readFile(msix).contains("mcp-remote"));
    QVERIFY(!QFileInfo::exists(win.appData + u"/Claude/claude_desktop_config.json"_s));
    bool installed = false;
    for (const ClientStatus &st : engine.statusAll())
        if (st.id == u"claude-desktop")
            installed = st.installed;
    QVERIFY(installed); // the package folder is the evidence
    // The same folder on Linux means nothing.
    ClientEnvironment linux = tempEnv(tmp.path());
    linux.localAppData = win.localAppData;
    QCOMPARE(desktop->location(linux, Scope::User, {}, {})->path, linux.xdgConfigHome + u"/Claude/claude_desktop_config.json"_s);
}

void TestClientAdapters::deeplinks()
{
    // The verified example of client-configs.md §4.1.
    JsonValue github = JsonValue::object();
    github.insert(u"url"_s, JsonValue::string(u"https://api.githubcopilot.com/mcp/"_s));
    QCOMPARE(cursorInstallLink(u"github"_s, github),
             u"cursor://anysphere.cursor-deeplink/mcp/install?name=github&config=eyJ1cmwiOiJodHRwczovL2FwaS5naXRodWJjb3BpbG90LmNvbS9tY3AvIn0%3D"_s);
    QCOMPARE(encodeUriComponent("a b+c/é!*'()~-_.?&="), u"a%20b%2Bc%2F%C3%A9!*'()~-_.%3F%26%3D"_s);

    QTemporaryDir tmp;
    ClientConfigEngine engine(tempEnv(tmp.path()));
    const mcpc::ServerProfile p = profile(u"acme"_s, kUrl);
    auto vscode = engine.deeplinks(u"vscode"_s, p);
    QVERIFY(vscode.has_value());
    const QString link = vscode->first().url;
    QVERIFY(link.startsWith(u"vscode:mcp/install?%7B%22name%22%3A%22acme%22"_s));
    // VS Code's handler: JSON.parse(decodeURIComponent(uri.query)), name inside.
    QCOMPARE(QUrl::fromPercentEncoding(link.mid(link.indexOf(u'?') + 1).toLatin1()),
             u"{\"name\":\"acme\",\"type\":\"http\",\"url\":\"https://mcp.acme.dev/mcp\"}"_s);
    QVERIFY(vscode->at(1).url.startsWith(u"https://vscode.dev/redirect/mcp/install?name=acme&config=%7B%22type%22"_s));
    QVERIFY(engine.deeplinks(u"vscode-insiders"_s, p)->first().url.startsWith(u"vscode-insiders:mcp/install?"_s));
    auto cursor = engine.deeplinks(u"cursor"_s, p);
    const QString config = cursor->first().url.section(u"config="_s, 1);
    QCOMPARE(QByteArray::fromBase64(QUrl::fromPercentEncoding(config.toLatin1()).toLatin1()), QByteArray("{\"url\":\"https://mcp.acme.dev/mcp\"}"));
    QVERIFY(engine.deeplinks(u"lmstudio"_s, p)->first().url.startsWith(u"lmstudio://add_mcp?name=acme&config="_s));
    auto claude = engine.deeplinks(u"claude-code"_s, p);
    QVERIFY(!claude.has_value());
    QCOMPARE(claude.error().kind, mcpc::ErrorKind::Unavailable);
    QCOMPARE(claude.error().hint, u"Run: claude mcp add --transport http -s user acme https://mcp.acme.dev/mcp"_s);
}

void TestClientAdapters::entryUrlReadsEveryShape()
{
    auto doc = JsoncDocument::parse(readFile(dataDir() + u"/gemini-cli/base.json"_s), JsoncDialect::jsonWithComments());
    QVERIFY(doc.has_value());
    // Gemini's older httpUrl counts as the same URL.
    QCOMPARE(ClientAdapter::entryUrl(doc->value(doc->findPath({u"mcpServers"_s, u"legacy-docs"_s}))), u"https://docs.example.com/mcp"_s);
    auto desktop = JsoncDocument::parse(entryJson(u"claude-desktop"_s, profile(u"a"_s, kUrl)), JsoncDialect::strictJson());
    QCOMPARE(ClientAdapter::entryUrl(desktop->rootValue()), kUrl);
    QCOMPARE(ClientAdapter::normalizedUrl(u"HTTPS://MCP.Acme.dev/mcp/"_s), kUrl);
}

QTEST_GUILESS_MAIN(TestClientAdapters)
#include "tst_clientconfig_adapters.moc"
