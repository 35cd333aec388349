// The app's compatibility surfaces (issue 11), against the built-in demo server in this
// process: the Connect clients tab's Compatibility section shows one line per client
// ("works", "N warnings", "will not load: …", a tool that will not be available) from the
// same rules as `compat`; its one-click fix ("Connect with the bridge…") opens the
// client's preview with the mcp-remote entry; the Overview's "Clients" fact shows the
// seed's "Tool not available in <client>" cases from the same rules as `doctor`.
#include "uitestsupport.h"

#include "clients/clientcard.h"
#include "clients/clientconfigservice.h"
#include "clients/compatibilitysection.h"
#include "clients/connectclientspage.h"
#include "clients/previewdialog.h"
#include "compat/catalogbuilder.h"
#include "compat/compatengine.h"
#include "compat/compatrules.h"
#include "demo/compatfixtures.h"
#include "demo/demoserver.h"
#include "http/client/httpclient.h"
#include "protocol/listoperation.h"
#include "protocol/serverconnector.h"
#include "serverview/overviewtab.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using namespace mcpc::clientconfig;
using namespace Qt::StringLiterals;

namespace {

// The Connect clients page on a temp home, checking the demo server's compatibility.
struct Page
{
    QTemporaryDir dir;
    ClientEnvironment env = uitest::clientEnv(dir.path());
    http::HttpClient http;
    MemorySecretStore secrets;
    std::unique_ptr<ClientConfigService> service;
    std::unique_ptr<ConnectClientsPage> page;

    void open(const QUrl &url)
    {
        service = std::make_unique<ClientConfigService>(env);
        page = std::make_unique<ConnectClientsPage>();
        page->resize(1000, 760);
        page->setService(service.get());
        ServerProfile p;
        p.name = u"demo"_s;
        p.url = url;
        p.allowInsecureHttp = true;
        page->setProfile(p);
        page->setCompatServices(&http, &secrets);
        page->show();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!section()->lineFor(u"cursor"_s).isEmpty(), 30000); }();
        [&] { QTRY_COMPARE(service->pending(), 0); }();
    }
    CompatibilitySection *section() const { return page->compatibility(); }
    QString line(const QString &client) const { return section()->lineFor(client); }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : section()->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
};

// The tools a real connection lists, and that connection.
struct Connection
{
    http::HttpClient http;
    MemorySecretStore secrets;
    McpClient *client = nullptr;
    QList<Tool> tools;

    void open(const QUrl &url)
    {
        ServerProfile p;
        p.name = u"demo"_s;
        p.url = url;
        p.allowInsecureHttp = true;
        ServerConnector connector(p, &http, &secrets);
        bool done = false;
        QObject::connect(&connector, &ServerConnector::finished, [&] { done = true; });
        connector.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        [&] { QVERIFY2(connector.ok(), qPrintable(connector.error().message)); }();
        client = connector.takeClient(nullptr);
        ListOperation op(client, u"tools/list"_s, "tools");
        bool listed = false;
        QObject::connect(&op, &ListOperation::finished, [&] { listed = true; });
        op.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listed, 30000); }();
        for (const auto &t : op.items())
            if (auto tool = parseTool(t))
                tools.append(*tool);
    }
    ~Connection() { delete client; }
};

} // namespace

class TestAppCompat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<demo::DemoServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).has_value());
    }
    void cleanup() { m_server.reset(); }

    // The demo's own tools: every client "works"; Claude Desktop's line still offers the
    // bridge (its file only starts local servers).
    void demoWorksInEveryClient()
    {
        Page f;
        f.open(m_server->url());
        auto rules = compat::RuleSet::loadDefault();
        QVERIFY(rules);
        for (const compat::ClientRules &c : rules->clients())
            QCOMPARE(f.line(c.client), u"✓ works"_s);
        // Every client works: one line says so, the list is folded until asked for.
        QLabel *cursor = f.section()->findChild<QLabel *>(u"compat-cursor"_s);
        QVERIFY(!cursor->isVisibleTo(f.page.get()));
        QVERIFY(f.section()->toggleButton()->isVisibleTo(f.page.get()));
        f.section()->toggleButton()->click();
        QVERIFY(cursor->isVisibleTo(f.page.get()));
        QPushButton *bridge = f.button(u"Connect with the bridge…"_s);
        QVERIFY(bridge && bridge->isVisibleTo(f.page.get()));
    }

    // The fixture tools (a 70-character name, a root anyOf, a $ref cycle, 150 tools):
    // per-client lines count the problems and warnings and name a tool that will not be
    // available; clients none of whose rules the tools break still "work".
    void badToolsGiveProblemsAndWarnings()
    {
        demo::addCompatFixtures(&m_server->catalog());
        m_server->notifyToolsChanged();
        Page f;
        f.open(m_server->url());
        const QString longName = demo::compatLongToolName();
        // Problems: every client's line shows, no folding.
        QVERIFY(f.section()->findChild<QLabel *>(u"compat-cursor"_s)->isVisibleTo(f.page.get()));
        QVERIFY(!f.section()->toggleButton()->isVisibleTo(f.page.get()));
        QVERIFY2(f.line(u"cursor"_s).startsWith(u"✗ "_s), qPrintable(f.line(u"cursor"_s)));
        QVERIFY(f.line(u"cursor"_s).contains(u"problem"_s));
        QVERIFY2(f.line(u"claude-code"_s).contains(u"“%1” will not be available"_s.arg(longName)), qPrintable(f.line(u"claude-code"_s)));
        QVERIFY2(f.line(u"cursor"_s).contains(u"1 warning"_s), qPrintable(f.line(u"cursor"_s))); // 150 tools > 40
        QCOMPARE(f.line(u"continue"_s), u"✓ works"_s);
        for (const QString &id : {u"cursor"_s, u"gemini-cli"_s, u"codex"_s})
            QVERIFY2(!f.line(id).startsWith(u"✓"_s), qPrintable(id));
    }

    // Lines for servers built to the purpose: two tools with long descriptions are
    // "2 warnings" in VS Code; a server that speaks only MCP 2026-07-28 "will not load" in
    // clients whose rules say they speak only the earlier versions, with the rule's reason.
    void warningsAndWillNotLoad()
    {
        auto rules = compat::RuleSet::loadDefault();
        QVERIFY(rules);
        ServerInfo info;
        info.name = u"purpose-built"_s;
        info.capabilities = nlohmann::json{{"tools", nlohmann::json::object()}};
        Tool tool;
        tool.name = u"echo"_s;
        tool.description = QString(1100, u'x');
        tool.inputSchema = nlohmann::json{{"type", "object"}, {"properties", {{"text", {{"type", "string"}}}}}};
        Tool other = tool;
        other.name = u"echo_twice"_s;
        CompatibilitySection section;
        section.setReports(compat::CompatEngine::evaluateAll(
            compat::buildCatalog(u"long"_s, info, ProtocolEra::Legacy, u"Streamable HTTP"_s, {tool, other}, nullptr), *rules));
        QCOMPARE(section.lineFor(u"vscode"_s), u"⚠ 2 warnings"_s);
        QCOMPARE(section.lineFor(u"cursor"_s), u"✓ works"_s);

        info.supportedVersions = {u"2026-07-28"_s};
        tool.description = u"Echoes."_s;
        section.setReports(compat::CompatEngine::evaluateAll(
            compat::buildCatalog(u"modern"_s, info, ProtocolEra::Modern, u"Streamable HTTP"_s, {tool}, nullptr), *rules));
        QVERIFY2(section.lineFor(u"cursor"_s).startsWith(u"✗ will not load: "_s), qPrintable(section.lineFor(u"cursor"_s)));
        QVERIFY(section.lineFor(u"cursor"_s).contains(u"2025-11-25"_s));
        QCOMPARE(section.findChild<QLabel *>(u"compat-cursor"_s)->text(), section.lineFor(u"cursor"_s));
    }

    // The one-click fix: "Connect with the bridge…" opens Claude Desktop's preview, whose
    // proposed file runs the server through npx mcp-remote.
    void bridgeFixOpensThePreview()
    {
        Page f;
        f.open(m_server->url());
        f.section()->toggleButton()->click(); // "Show each client"
        QPushButton *bridge = f.button(u"Connect with the bridge…"_s);
        QVERIFY(bridge && bridge->isVisibleTo(f.page.get()));
        bridge->click();
        ClientCard *card = f.page->card(u"claude-desktop"_s);
        QTRY_VERIFY(card->previewDialog() != nullptr);
        PreviewDialog *d = card->previewDialog();
        QTRY_VERIFY(d->plan().has_value());
        const QString after = QString::fromUtf8(d->plan()->after);
        QVERIFY2(after.contains(u"mcp-remote@"_s) && after.contains(m_server->url().toString()), qPrintable(after));
        QVERIFY(after.contains(u"\"npx\""_s));
    }

    // The Overview reuses the rules for the seed's "Tool not available" case.
    void overviewShowsToolNotAvailable()
    {
        demo::addCompatFixtures(&m_server->catalog());
        m_server->notifyToolsChanged();
        Connection c;
        c.open(m_server->url());
        OverviewTab tab;
        QCOMPARE(tab.clientsFact(), u"—"_s);
        tab.setClient(c.client);
        tab.setTools(c.tools);
        const QString fact = tab.clientsFact();
        QVERIFY2(fact.startsWith(u"Tool not available in Claude Code: "_s), qPrintable(fact));
        QVERIFY(fact.contains(u"more clients."_s)); // three cases shown, the rest counted
        QVERIFY(fact.contains(demo::compatLongToolName()));
        QVERIFY(fact.contains(u"Fix: "_s));
        QVERIFY(fact.contains(u"Connect clients ▸ Compatibility"_s));
    }

    void overviewDemoToolsPass()
    {
        Connection c;
        c.open(m_server->url());
        OverviewTab tab;
        tab.setClient(c.client);
        tab.setTools(c.tools);
        QCOMPARE(tab.clientsFact(), u"Every tool passes the rules of all 14 clients"_s);
        tab.setClient(nullptr);
        QCOMPARE(tab.clientsFact(), u"—"_s);
    }

private:
    std::unique_ptr<demo::DemoServer> m_server;
};

QTEST_MAIN(TestAppCompat)
#include "tst_appcompat.moc"
