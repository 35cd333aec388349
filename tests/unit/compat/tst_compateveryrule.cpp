// Every built-in compatibility rule (issue 11, "Must show" 1), one test row each: a
// fixture server built for that rule (a name it refuses, one tool more than its limit,
// the schema feature it names, a transport, registration or era it lacks, ...) gives a
// finding of exactly that rule, and the same server without that one defect gives none.
#include "compat/compatengine.h"
#include "compat/schemafeatures.h"

#include <QTest>

#include <optional>

using namespace mcpc;
using namespace mcpc::compat;
using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

// A plain server: one well-formed tool, Streamable HTTP, both eras, no sign-in.
ServerCatalog cleanCatalog()
{
    ServerCatalog c;
    c.serverName = u"demo"_s;
    c.tools = {{u"echo"_s, u"Echoes the text back."_s,
                json{{"type", "object"}, {"properties", {{"text", {{"type", "string"}}}}}, {"required", {"text"}}}, false}};
    c.transports = {u"streamable-http"_s};
    c.eras = {u"legacy"_s, u"modern"_s};
    c.instructions = u"Call echo."_s;
    return c;
}

json objectWith(const json &property)
{
    return json{{"type", "object"}, {"properties", {{"a", property}}}};
}

json schemaWith(SchemaFeature feature, int maxDepth)
{
    const json two = json::array({objectWith(json{{"type", "string"}}), objectWith(json{{"type", "number"}})});
    switch (feature) {
    case SchemaFeature::RootAnyOf: return json{{"anyOf", two}};
    case SchemaFeature::RootOneOf: return json{{"oneOf", two}};
    case SchemaFeature::RootAllOf: return json{{"allOf", two}};
    case SchemaFeature::RootNotObject: return json{{"type", "string"}};
    case SchemaFeature::Ref: {
        json s = objectWith(json{{"$ref", "#/$defs/A"}});
        s["$defs"] = {{"A", {{"type", "string"}}}};
        return s;
    }
    case SchemaFeature::RefCycle: {
        json s = objectWith(json{{"$ref", "#/$defs/Node"}});
        s["$defs"] = {{"Node", objectWith(json{{"$ref", "#/$defs/Node"}})}};
        return s;
    }
    case SchemaFeature::AdditionalProperties: {
        json s = objectWith(json{{"type", "string"}});
        s["additionalProperties"] = false;
        return s;
    }
    case SchemaFeature::Format: return objectWith(json{{"type", "string"}, {"format", "x-no-client-knows-this"}});
    case SchemaFeature::NonStringEnum: return objectWith(json{{"type", "integer"}, {"enum", {1, 2}}});
    case SchemaFeature::EmptyProperties: return objectWith(json{{"type", "object"}, {"properties", json::object()}});
    case SchemaFeature::Depth: {
        json s{{"type", "string"}};
        for (int i = 0; i < maxDepth + 2; ++i)
            s = objectWith(s);
        return s;
    }
    }
    return json::object();
}

QString firstNotIn(const QStringList &candidates, const json &allowed)
{
    for (const QString &c : candidates)
        if (std::find(allowed.begin(), allowed.end(), c.toStdString()) == allowed.end())
            return c;
    return {};
}

// The clean server with the one defect `rule` is about; nullopt when no server can
// break the rule (e.g. "resources": supported true).
std::optional<ServerCatalog> fixtureFor(const Rule &rule)
{
    ServerCatalog c = cleanCatalog();
    const json &k = rule.check;
    const int max = k.value("max", 0);
    switch (rule.kind) {
    case CheckKind::ToolNamePattern: {
        const QRegularExpression re(QString::fromStdString(k.value("pattern", std::string())));
        for (const QString &name : {u"bad name!"_s, u"ünïcode"_s, QString(300, u'a')})
            if (!re.match(name).hasMatch()) {
                c.tools[0].name = name;
                return c;
            }
        return std::nullopt;
    }
    case CheckKind::ToolNameLength:
    case CheckKind::PrefixedNameLength:
        c.tools[0].name = QString(max + 1, u'a');
        return c;
    case CheckKind::ToolCount:
        for (int i = 1; i <= max; ++i)
            c.tools.append({u"tool_%1"_s.arg(i), {}, json{{"type", "object"}}, false});
        return c;
    case CheckKind::SchemaFeature: {
        const auto feature = schemaFeatureFromName(QString::fromStdString(k.value("feature", std::string())));
        if (!feature)
            return std::nullopt;
        c.tools[0].inputSchema = schemaWith(*feature, k.value("maxDepth", 0));
        return c;
    }
    case CheckKind::Transport: {
        const QString t = firstNotIn({u"sse"_s, u"streamable-http"_s, u"stdio"_s}, k.value("supported", json::array()));
        if (t.isEmpty())
            return std::nullopt;
        c.transports = {t};
        return c;
    }
    case CheckKind::OAuth:
        for (const char *kind : {"dcr", "cimd", "preRegistered"})
            if (!k.value(kind, false)) {
                c.oauth = true;
                c.registration = {QString::fromLatin1(kind)};
                return c;
            }
        return std::nullopt;
    case CheckKind::ProtocolEra: {
        const QString era = firstNotIn({u"modern"_s, u"legacy"_s}, k.value("eras", json::array()));
        if (era.isEmpty())
            return std::nullopt;
        c.eras = {era};
        return c;
    }
    case CheckKind::DescriptionLength:
        c.tools[0].description = QString(max + 1, u'x');
        return c;
    case CheckKind::InstructionsLength:
        c.instructions = QString(max + 1, u'x');
        return c;
    case CheckKind::Resources:
    case CheckKind::Prompts:
    case CheckKind::McpApps:
        if (k.value("supported", true))
            return std::nullopt;
        c.resources = rule.kind == CheckKind::Resources;
        c.prompts = rule.kind == CheckKind::Prompts;
        c.tools[0].mcpApp = rule.kind == CheckKind::McpApps;
        return c;
    }
    return std::nullopt;
}

// The clean server as the rule's client accepts it (its transport, its era).
ServerCatalog controlFor(const Rule &rule)
{
    ServerCatalog c = cleanCatalog();
    if (rule.kind == CheckKind::Transport)
        c.transports = {QString::fromStdString(rule.check.value("supported", json::array()).at(0).get<std::string>())};
    if (rule.kind == CheckKind::ProtocolEra)
        c.eras = {QString::fromStdString(rule.check.value("eras", json::array()).at(0).get<std::string>())};
    return c;
}

// One server per thing a server can offer: each transport, each era, each registration,
// resources, prompts, an MCP Apps UI.
QList<ServerCatalog> everyOffer()
{
    QList<ServerCatalog> out;
    for (const QString &t : {u"streamable-http"_s, u"sse"_s, u"stdio"_s}) {
        ServerCatalog c = cleanCatalog();
        c.transports = {t};
        out << c;
    }
    for (const QString &e : {u"legacy"_s, u"modern"_s}) {
        ServerCatalog c = cleanCatalog();
        c.eras = {e};
        out << c;
    }
    for (const QString &r : {u"dcr"_s, u"cimd"_s, u"preRegistered"_s}) {
        ServerCatalog c = cleanCatalog();
        c.oauth = true;
        c.registration = {r};
        out << c;
    }
    ServerCatalog extras = cleanCatalog();
    extras.resources = extras.prompts = extras.tools[0].mcpApp = true;
    out << extras;
    return out;
}

QStringList ruleIds(const ClientReport &r)
{
    QStringList ids;
    for (const Finding &f : r.findings)
        ids << f.ruleId;
    return ids;
}

} // namespace

class TestCompatEveryRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRule_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("ruleId");
        auto set = RuleSet::loadBuiltIn();
        QVERIFY(set);
        int rows = 0;
        for (const ClientRules &c : set->clients())
            for (const Rule &r : c.rules) {
                QTest::newRow(qPrintable(r.id)) << c.client << r.id;
                ++rows;
            }
        QVERIFY(rows >= 80);
    }

    void everyRule()
    {
        QFETCH(QString, client);
        QFETCH(QString, ruleId);
        auto set = RuleSet::loadBuiltIn();
        QVERIFY(set);
        const ClientRules *all = set->client(client);
        QVERIFY(all);
        ClientRules only{all->client, all->displayName, {}};
        for (const Rule &r : all->rules)
            if (r.id == ruleId)
                only.rules << r;
        QCOMPARE(only.rules.size(), 1);
        const Rule &rule = only.rules.first();

        const auto fixture = fixtureFor(rule);
        if (!fixture) {
            // A statement of support ("speaks both eras", "shows MCP Apps", every transport):
            // no server breaks it, whatever it offers.
            for (const ServerCatalog &offer : everyOffer())
                QVERIFY2(CompatEngine::evaluate(offer, only).findings.isEmpty(), "a statement of support gave a finding");
            QVERIFY(rule.kind == CheckKind::Transport || rule.kind == CheckKind::ProtocolEra || rule.kind == CheckKind::OAuth
                    || rule.check.value("supported", false));
            return;
        }
        const ClientReport hit = CompatEngine::evaluate(*fixture, only);
        QVERIFY2(!hit.findings.isEmpty(), qPrintable(u"the rule's fixture gives no finding"_s));
        QCOMPARE(hit.findings.first().ruleId, ruleId);
        QCOMPARE(hit.findings.first().fix, rule.fix);
        for (const QString &placeholder : {u"{tool}"_s, u"{value}"_s, u"{max}"_s, u"{server}"_s})
            QVERIFY(!hit.findings.first().message.contains(placeholder)); // every placeholder filled
        QCOMPARE(hit.findings.first().verified, rule.verified);

        const ClientReport clean = CompatEngine::evaluate(controlFor(rule), only);
        QVERIFY2(clean.findings.isEmpty(), qPrintable(ruleIds(clean).join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestCompatEveryRule)
#include "tst_compateveryrule.moc"
