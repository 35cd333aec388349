// The compatibility engine: every check kind against fixture tool lists, the compat
// fixture server's deliberately bad tools per client, and the demo's own tools (clean).
#include "compat/catalogbuilder.h"
#include "compat/compatengine.h"
#include "compat/schemafeatures.h"
#include "demo/compatfixtures.h"
#include "demo/democatalog.h"

#include <QTest>

using namespace mcpc;
using namespace mcpc::compat;
using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

ClientRules oneRule(const json &check, const char *severity = "warning")
{
    const json doc{{"client", "t"}, {"displayName", "T"},
                   {"rules", json::array({{{"id", "t.rule"}, {"severity", severity}, {"check", check},
                                           {"message", "{tool}|{value}|{max}|{server}"}, {"fix", "do it"},
                                           {"verified", false}}})}};
    auto rules = RuleSet::parse(QByteArray::fromStdString(doc.dump()), u"inline"_s);
    if (!rules)
        qFatal("%s", qPrintable(rules.error().message));
    return *rules;
}

CatalogTool tool(const QString &name, json schema = json{{"type", "object"}}, const QString &description = {})
{
    return {name, description, std::move(schema), false};
}

ServerCatalog catalogOf(QList<CatalogTool> tools)
{
    ServerCatalog c;
    c.serverName = u"acme"_s;
    c.tools = std::move(tools);
    return c;
}

QStringList toolsHit(const ClientReport &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.tool;
    return out;
}

ServerCatalog demoCatalog(bool withFixtures)
{
    demo::DemoCatalog dc = demo::DemoCatalog::builtIn();
    if (withFixtures)
        demo::addCompatFixtures(&dc);
    QList<Tool> tools;
    for (const demo::DemoTool &t : dc.tools)
        if (auto parsed = parseTool(t.toJson()))
            tools.append(*parsed);
    ServerInfo info;
    info.name = u"mcp-connect-demo"_s;
    info.capabilities = json{{"tools", json::object()}, {"resources", json::object()}, {"prompts", json::object()}};
    info.supportedVersions = {u"2025-11-25"_s, u"2026-07-28"_s};
    return buildCatalog(u"demo"_s, info, ProtocolEra::Modern, u"Streamable HTTP"_s, tools, nullptr);
}

// JSON written with single quotes (moc trips over raw strings full of quotes and '#').
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestCompatEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toolNamePattern()
    {
        const auto rules = oneRule({{"kind", "toolNamePattern"}, {"pattern", "^[a-zA-Z0-9_-]{1,64}$"}});
        const auto r = CompatEngine::evaluate(catalogOf({tool(u"ok_name"_s), tool(u"has space"_s), tool(u"dot.ted"_s)}), rules);
        QCOMPARE(toolsHit(r), (QStringList{u"has space"_s, u"dot.ted"_s}));
        QCOMPARE(r.findings.first().message, u"has space|has space|0|acme"_s);
        QCOMPARE(r.findings.first().fix, u"do it"_s);
        QVERIFY(!r.findings.first().verified);
    }

    void toolNameLength()
    {
        const auto rules = oneRule({{"kind", "toolNameLength"}, {"max", 64}});
        const auto r = CompatEngine::evaluate(catalogOf({tool(QString(64, u'a')), tool(QString(65, u'b'))}), rules);
        QCOMPARE(toolsHit(r), QStringList{QString(65, u'b')});
        QCOMPARE(r.findings.first().message.section(u'|', 1, 2), u"65|64"_s);
    }

    void prefixedNameLength()
    {
        // Claude Code: mcp__acme__ is 11 characters, leaving 53 for the tool.
        const auto rules = oneRule({{"kind", "prefixedNameLength"}, {"max", 64}, {"format", "mcp__{server}__{tool}"}});
        const auto r = CompatEngine::evaluate(catalogOf({tool(QString(53, u'a')), tool(QString(54, u'b'))}), rules);
        QCOMPARE(toolsHit(r), QStringList{QString(54, u'b')});
        QVERIFY(r.findings.first().message.contains(u"mcp__acme__bbb"_s));
        QVERIFY(r.findings.first().message.contains(u"65 characters"_s));
    }

    void toolCountCapsFindings()
    {
        const auto count = oneRule({{"kind", "toolCount"}, {"max", 40}}, "error");
        QList<CatalogTool> many;
        for (int i = 0; i < 41; ++i)
            many.append(tool(u"t%1"_s.arg(i)));
        auto r = CompatEngine::evaluate(catalogOf(many), count);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().tool, QString());
        QCOMPARE(r.verdict(), Verdict::Problems);
        QCOMPARE(r.summary(), u"1 problem"_s);
        many.removeLast();
        QVERIFY(CompatEngine::evaluate(catalogOf(many), count).findings.isEmpty());

        // 150 bad tools: kMaxFindingsPerRule lines and one "…and N more".
        const auto pattern = oneRule({{"kind", "toolNamePattern"}, {"pattern", "^x"}});
        QList<CatalogTool> bad;
        for (int i = 0; i < 150; ++i)
            bad.append(tool(u"t%1"_s.arg(i)));
        r = CompatEngine::evaluate(catalogOf(bad), pattern);
        QCOMPARE(r.findings.size(), CompatEngine::kMaxFindingsPerRule + 1);
        QVERIFY(r.findings.last().message.contains(u"130 more"_s));
        QCOMPARE(r.count(Severity::Warning), CompatEngine::kMaxFindingsPerRule);
    }

    void schemaFeatures_data()
    {
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QByteArray>("hit");
        QTest::addColumn<QByteArray>("clean");
        QTest::addColumn<QString>("pointer");
        const QByteArray plain = j("{'type':'object','properties':{'a':{'type':'string'}}}");
        QTest::newRow("rootAnyOf") << u"rootAnyOf"_s << j("{'anyOf':[{'type':'object'}]}")
                                   << j("{'type':'object','properties':{'a':{'anyOf':[{'type':'string'}]}}}") << u"/anyOf"_s;
        QTest::newRow("rootOneOf") << u"rootOneOf"_s << j("{'oneOf':[]}") << plain << u"/oneOf"_s;
        QTest::newRow("rootAllOf") << u"rootAllOf"_s << j("{'allOf':[]}") << plain << u"/allOf"_s;
        QTest::newRow("rootNotObject") << u"rootNotObject"_s << j("{'type':'string'}") << plain << u"/type"_s;
        QTest::newRow("ref") << u"ref"_s << j("{'type':'object','properties':{'a':{'$ref':'#/$defs/A'}},'$defs':{'A':{}}}")
                             << plain << u"/properties/a/$ref"_s;
        QTest::newRow("refCycle") << u"refCycle"_s
                                  << j("{'type':'object','properties':{'n':{'$ref':'#/$defs/N'}},'$defs':{'N':{'type':'object','properties':{'next':{'$ref':'#/$defs/N'}}}}}")
                                  << j("{'type':'object','properties':{'a':{'$ref':'#/$defs/A'},'b':{'$ref':'#/$defs/A'}},'$defs':{'A':{'type':'string'}}}")
                                  << u"/properties/n/$ref/properties/next/$ref"_s;
        QTest::newRow("additionalProperties") << u"additionalProperties"_s
                                              << j("{'type':'object','additionalProperties':false}") << plain << u"/additionalProperties"_s;
        QTest::newRow("format") << u"format"_s << j("{'type':'object','properties':{'u':{'type':'string','format':'uri'}}}")
                                << j("{'type':'object','properties':{'d':{'type':'string','format':'date-time'}}}")
                                << u"/properties/u/format"_s;
        QTest::newRow("nonStringEnum") << u"nonStringEnum"_s << j("{'type':'object','properties':{'n':{'enum':[1,2]}}}")
                                       << j("{'type':'object','properties':{'n':{'enum':['a']}}}") << u"/properties/n/enum"_s;
        QTest::newRow("emptyProperties") << u"emptyProperties"_s << j("{'type':'object','properties':{'o':{'type':'object','properties':{}}}}")
                                         << j("{'type':'object','properties':{}}") << u"/properties/o/properties"_s;
        QTest::newRow("depth") << u"depth"_s << j("{'type':'object','properties':{'a':{'type':'object','properties':{'b':{}}}}}")
                               << plain << u"/properties/a/properties/b"_s;
    }

    void schemaFeatures()
    {
        QFETCH(QString, feature);
        QFETCH(QByteArray, hit);
        QFETCH(QByteArray, clean);
        QFETCH(QString, pointer);
        json check{{"kind", "schemaFeature"}, {"feature", feature.toStdString()}};
        if (feature == u"format")
            check["allowed"] = json::array({"enum", "date-time"});
        if (feature == u"depth")
            check["maxDepth"] = 3;
        const auto rules = oneRule(check);
        const auto r = CompatEngine::evaluate(
            catalogOf({tool(u"bad"_s, json::parse(hit.toStdString())), tool(u"good"_s, json::parse(clean.toStdString()))}), rules);
        QCOMPARE(toolsHit(r), QStringList{u"bad"_s});
        QCOMPARE(r.findings.first().message.section(u'|', 1, 1), pointer);
    }

    void hostileSchemaIsBounded()
    {
        // A $ref chain 10,000 definitions long, each pointing at the next, and a self-reference.
        json defs = json::object();
        for (int i = 0; i < 10000; ++i)
            defs["d" + std::to_string(i)] = json{{"$ref", "#/$defs/d" + std::to_string(i + 1)}};
        json schema{{"type", "object"}, {"properties", {{"x", {{"$ref", "#/$defs/d0"}}}}}, {"$defs", defs}};
        QVERIFY(!findSchemaFeature(schema, SchemaFeature::RefCycle)); // walk stops at the bound, no crash
        QVERIFY(findSchemaFeature(json{{"$ref", "#"}}, SchemaFeature::RefCycle));
    }

    void transport()
    {
        const auto rules = oneRule({{"kind", "transport"}, {"supported", {"stdio"}}, {"bridge", "mcp-remote"}}, "info");
        ServerCatalog c = catalogOf({});
        c.transports = {u"streamable-http"_s};
        auto r = CompatEngine::evaluate(c, rules);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().message.section(u'|', 1, 1), u"streamable-http"_s);
        QCOMPARE(r.verdict(), Verdict::Works); // info only
        c.transports = {u"stdio"_s};
        QVERIFY(CompatEngine::evaluate(c, rules).findings.isEmpty());
    }

    void oauth()
    {
        const auto rules = oneRule({{"kind", "oauth"}, {"dcr", false}, {"cimd", false}, {"preRegistered", false},
                                    {"bridge", {{"dcr", true}, {"cimd", false}, {"preRegistered", true}}}}, "error");
        ServerCatalog c = catalogOf({});
        QVERIFY(CompatEngine::evaluate(c, rules).findings.isEmpty()); // no sign-in: nothing to say
        c.oauth = true;
        c.registration = {u"dcr"_s};
        auto r = CompatEngine::evaluate(c, rules);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().severity, Severity::Warning); // the bridge covers DCR
        QCOMPARE(r.findings.first().fixAction, u"bridge"_s);
        c.registration = {u"cimd"_s};
        r = CompatEngine::evaluate(c, rules);
        QCOMPARE(r.findings.first().severity, Severity::Error);
        const auto native = oneRule({{"kind", "oauth"}, {"dcr", true}, {"cimd", true}, {"preRegistered", false}});
        QVERIFY(CompatEngine::evaluate(c, native).findings.isEmpty());
    }

    void protocolEra()
    {
        const auto rules = oneRule({{"kind", "protocolEra"}, {"eras", {"legacy"}}}, "error");
        ServerCatalog c = catalogOf({});
        c.eras = {u"modern"_s};
        QCOMPARE(CompatEngine::evaluate(c, rules).findings.size(), 1);
        c.eras = {u"modern"_s, u"legacy"_s};
        QVERIFY(CompatEngine::evaluate(c, rules).findings.isEmpty());
    }

    void lengths()
    {
        const auto desc = oneRule({{"kind", "descriptionLength"}, {"max", 10}});
        auto r = CompatEngine::evaluate(catalogOf({tool(u"a"_s, json{{"type", "object"}}, QString(11, u'x')),
                                                   tool(u"b"_s, json{{"type", "object"}}, QString(10, u'x'))}), desc);
        QCOMPARE(toolsHit(r), QStringList{u"a"_s});
        const auto instr = oneRule({{"kind", "instructionsLength"}, {"max", 5}});
        ServerCatalog c = catalogOf({});
        c.instructions = u"123456"_s;
        QCOMPARE(CompatEngine::evaluate(c, instr).findings.size(), 1);
        c.instructions = u"12345"_s;
        QVERIFY(CompatEngine::evaluate(c, instr).findings.isEmpty());
    }

    void primitivesAndApps()
    {
        ServerCatalog c = catalogOf({tool(u"chart"_s)});
        c.tools.first().mcpApp = true;
        c.resources = true;
        QCOMPARE(CompatEngine::evaluate(c, oneRule({{"kind", "resources"}, {"supported", false}})).findings.size(), 1);
        QVERIFY(CompatEngine::evaluate(c, oneRule({{"kind", "resources"}, {"supported", true}})).findings.isEmpty());
        QVERIFY(CompatEngine::evaluate(c, oneRule({{"kind", "prompts"}, {"supported", false}})).findings.isEmpty());
        c.prompts = true;
        QCOMPARE(CompatEngine::evaluate(c, oneRule({{"kind", "prompts"}, {"supported", false}})).findings.size(), 1);
        QCOMPARE(toolsHit(CompatEngine::evaluate(c, oneRule({{"kind", "mcpApps"}, {"supported", false}}))), QStringList{u"chart"_s});
        QVERIFY(hasMcpAppUi(json{{"_meta", {{"ui", {{"resourceUri", "ui://chart"}}}}}}));
        QVERIFY(hasMcpAppUi(json{{"_meta", {{"ui/resourceUri", "ui://chart"}}}}));
        QVERIFY(!hasMcpAppUi(json{{"_meta", {{"ui", 3}}}}));
    }

    // Must show 1: the fixture server's bad tools give the expected findings per client.
    void compatFixturePerClient_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QStringList>("expected"); // "rule id@tool" ("@" alone: about the server)
        const QString longName = demo::compatLongToolName();
        QTest::newRow("cursor") << u"cursor"_s << QStringList{u"cursor.tool-name@"_s + longName, u"cursor.combined-name-length@"_s + longName,
                                                          u"cursor.tool-count@"_s, u"cursor.root-anyOf@root_anyof"_s};
        QTest::newRow("vscode") << u"vscode"_s << QStringList{u"vscode.tool-name@"_s + longName, u"vscode.tool-name-length@"_s + longName,
                                                          u"vscode.tool-count@"_s, u"vscode.root-anyOf@root_anyof"_s};
        QTest::newRow("claude-code") << u"claude-code"_s << QStringList{u"claude-code.tool-name@"_s + longName,
                                                                    u"claude-code.prefixed-name-length@"_s + longName,
                                                                    u"claude-code.root-object@root_anyof"_s};
        QTest::newRow("claude-desktop") << u"claude-desktop"_s << QStringList{u"claude-desktop.tool-name-length@"_s + longName,
                                                                          u"claude-desktop.tool-name@"_s + longName,
                                                                          u"claude-desktop.transport@"_s};
        QTest::newRow("windsurf") << u"windsurf"_s << QStringList{u"windsurf.tool-count@"_s, u"windsurf.tool-name@"_s + longName};
        QTest::newRow("gemini-cli") << u"gemini-cli"_s << QStringList{u"gemini-cli.tool-name@"_s + longName, u"gemini-cli.root-object@root_anyof"_s,
                                                                  u"gemini-cli.ref@ref_cycle"_s, u"gemini-cli.ref-cycle@ref_cycle"_s,
                                                                  u"gemini-cli.root-anyof@root_anyof"_s};
        QTest::newRow("codex") << u"codex"_s << QStringList{u"codex.tool-name@"_s + longName, u"codex.root-anyOf@root_anyof"_s,
                                                        u"codex.prefixed-name-length@"_s + longName};
        QTest::newRow("opencode") << u"opencode"_s << QStringList{u"opencode.prefixed-name-length@"_s + longName, u"opencode.ref@ref_cycle"_s};
        QTest::newRow("zed") << u"zed"_s << QStringList{u"zed.tool-name@"_s + longName};
    }

    void compatFixturePerClient()
    {
        QFETCH(QString, client);
        QFETCH(QStringList, expected);
        auto set = RuleSet::loadBuiltIn();
        QVERIFY(set);
        const ServerCatalog catalog = demoCatalog(true);
        QVERIFY(catalog.tools.size() >= demo::kCompatFixtureToolCount);
        QStringList got;
        for (const Finding &f : CompatEngine::evaluate(catalog, *set->client(client)).findings)
            if (f.severity != Severity::Info || f.ruleId.endsWith(u"transport") || f.ruleId.endsWith(u"prefixed-name-length"))
                got << f.ruleId + u'@' + f.tool;
        got.removeIf([](const QString &s) { return s.endsWith(u".resources@") || s.endsWith(u".prompts@"); });
        QCOMPARE(got, expected);
    }

    // Must show 1: the demo server's normal tools give no finding in any client.
    void demoToolsAreClean()
    {
        auto set = RuleSet::loadBuiltIn();
        QVERIFY(set);
        const ServerCatalog catalog = demoCatalog(false);
        QVERIFY(!catalog.tools.isEmpty());
        for (const ClientReport &r : CompatEngine::evaluateAll(catalog, *set)) {
            for (const Finding &f : r.findings) {
                // Only facts about the whole server remain: e.g. "Cursor does not use resources".
                QVERIFY2(f.tool.isEmpty() && f.severity == Severity::Info, qPrintable(r.client + u": "_s + f.ruleId + u" " + f.message));
            }
            QCOMPARE(r.verdict(), Verdict::Works);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompatEngine)
#include "tst_compatengine.moc"
