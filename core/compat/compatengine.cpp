#include "compat/compatengine.h"
#include "util/jsonfield.h"

#include "compat/schemafeatures.h"

#include <QRegularExpression>

namespace mcpc::compat {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

QStringList stringList(const json &v)
{
    QStringList out;
    if (v.is_array())
        for (const json &s : v)
            if (s.is_string())
                out.append(QString::fromStdString(s.get<std::string>()));
    return out;
}

// Fires when the server offers something (transports, eras) and the client supports none of it.
bool noneSupported(const QStringList &offered, const QStringList &supported)
{
    if (offered.isEmpty())
        return false; // unknown: nothing to say
    for (const QString &o : offered)
        if (supported.contains(o))
            return false;
    return true;
}

int intParam(const Rule &rule, const char *key)
{
    return int(rule.check.value(key, 0LL));
}

// Collects one rule's findings, capped so a server with 150 bad tools gives a readable report.
class RuleRun
{
public:
    RuleRun(const Rule &rule, const ServerCatalog &catalog, QList<Finding> *out)
        : m_rule(rule), m_catalog(catalog), m_out(out) {}

    void hit(const QString &tool, const QString &value, Severity severity, const QString &fixAction)
    {
        if (++m_hits > CompatEngine::kMaxFindingsPerRule)
            return;
        Finding f;
        f.ruleId = m_rule.id;
        f.severity = severity;
        f.tool = tool;
        QString msg = m_rule.message;
        msg.replace(u"{tool}"_s, tool).replace(u"{value}"_s, value).replace(u"{server}"_s, m_catalog.serverName);
        msg.replace(u"{max}"_s, QString::number(jsonInt64(m_rule.check, "max").value_or(jsonInt64(m_rule.check, "maxDepth").value_or(0))));
        f.message = msg;
        f.fix = m_rule.fix;
        f.fixAction = fixAction;
        f.source = m_rule.source;
        f.verified = m_rule.verified;
        f.blocksServer = severity == Severity::Error && tool.isEmpty()
            && (m_rule.kind == CheckKind::Transport || m_rule.kind == CheckKind::OAuth || m_rule.kind == CheckKind::ProtocolEra);
        m_out->append(f);
    }
    void hit(const QString &tool, const QString &value) { hit(tool, value, m_rule.severity, m_rule.fixAction); }

    void finish()
    {
        const int more = m_hits - CompatEngine::kMaxFindingsPerRule;
        if (more <= 0)
            return;
        Finding f = m_out->last();
        f.tool.clear();
        f.severity = Severity::Info; // the count above already carries the severity
        f.message = u"…and %1 more tools break this rule."_s.arg(more);
        m_out->append(f);
    }

private:
    const Rule &m_rule;
    const ServerCatalog &m_catalog;
    QList<Finding> *m_out;
    int m_hits = 0;
};

void applyRule(const Rule &rule, const ServerCatalog &catalog, QList<Finding> *out)
{
    RuleRun run(rule, catalog, out);
    const json &c = rule.check;
    switch (rule.kind) {
    case CheckKind::ToolNamePattern: {
        const QRegularExpression re(jsonString(c, "pattern"));
        for (const CatalogTool &t : catalog.tools)
            if (!re.match(t.name).hasMatch())
                run.hit(t.name, t.name);
        break;
    }
    case CheckKind::ToolNameLength:
        for (const CatalogTool &t : catalog.tools)
            if (t.name.size() > intParam(rule, "max"))
                run.hit(t.name, QString::number(t.name.size()));
        break;
    case CheckKind::PrefixedNameLength: {
        const QString format = jsonString(c, "format");
        for (const CatalogTool &t : catalog.tools) {
            QString full = format;
            full.replace(u"{server}"_s, catalog.serverName).replace(u"{tool}"_s, t.name);
            if (full.size() > intParam(rule, "max"))
                run.hit(t.name, u"%1 (%2 characters)"_s.arg(full).arg(full.size()));
        }
        break;
    }
    case CheckKind::ToolCount:
        if (catalog.tools.size() > intParam(rule, "max"))
            run.hit(QString(), QString::number(catalog.tools.size()));
        break;
    case CheckKind::SchemaFeature: {
        const auto feature = schemaFeatureFromName(jsonString(c, "feature"));
        if (!feature)
            break;
        const QStringList allowed = stringList(c.value("allowed", json::array()));
        for (const CatalogTool &t : catalog.tools)
            if (auto hit = findSchemaFeature(t.inputSchema, *feature, allowed, intParam(rule, "maxDepth")))
                run.hit(t.name, hit->pointer.isEmpty() ? u"/"_s : hit->pointer);
        break;
    }
    case CheckKind::Transport:
        if (noneSupported(catalog.transports, stringList(c.value("supported", json::array()))))
            run.hit(QString(), catalog.transports.join(u", "));
        break;
    case CheckKind::OAuth: {
        if (!catalog.oauth || catalog.registration.isEmpty())
            break;
        auto covers = [&](const json &flags) {
            for (const QString &kind : catalog.registration)
                if (flags.value(kind.toStdString(), false))
                    return true;
            return false;
        };
        if (covers(c))
            break;
        if (c.contains("bridge") && covers(c["bridge"]))
            run.hit(QString(), catalog.registration.join(u", "), std::min(rule.severity, Severity::Warning), u"bridge"_s);
        else
            run.hit(QString(), catalog.registration.join(u", "));
        break;
    }
    case CheckKind::ProtocolEra:
        if (noneSupported(catalog.eras, stringList(c.value("eras", json::array()))))
            run.hit(QString(), catalog.eras.join(u", "));
        break;
    case CheckKind::DescriptionLength:
        for (const CatalogTool &t : catalog.tools)
            if (t.description.size() > intParam(rule, "max"))
                run.hit(t.name, QString::number(t.description.size()));
        break;
    case CheckKind::InstructionsLength:
        if (catalog.instructions.size() > intParam(rule, "max"))
            run.hit(QString(), QString::number(catalog.instructions.size()));
        break;
    case CheckKind::Resources:
        if (catalog.resources && !jsonBool(c, "supported", true))
            run.hit(QString(), QString());
        break;
    case CheckKind::Prompts:
        if (catalog.prompts && !jsonBool(c, "supported", true))
            run.hit(QString(), QString());
        break;
    case CheckKind::McpApps:
        if (!jsonBool(c, "supported", true))
            for (const CatalogTool &t : catalog.tools)
                if (t.mcpApp)
                    run.hit(t.name, QString());
        break;
    }
    run.finish();
}

} // namespace

Verdict ClientReport::verdict() const
{
    if (count(Severity::Error) > 0)
        return Verdict::Problems;
    return count(Severity::Warning) > 0 ? Verdict::Warnings : Verdict::Works;
}

int ClientReport::count(Severity severity) const
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QString ClientReport::summary() const
{
    const int errors = count(Severity::Error);
    const int warnings = count(Severity::Warning);
    QStringList parts;
    if (errors)
        parts.append(errors == 1 ? u"1 problem"_s : u"%1 problems"_s.arg(errors));
    if (warnings)
        parts.append(warnings == 1 ? u"1 warning"_s : u"%1 warnings"_s.arg(warnings));
    return parts.isEmpty() ? u"works"_s : parts.join(u", ");
}

ClientReport CompatEngine::evaluate(const ServerCatalog &catalog, const ClientRules &rules)
{
    ClientReport report;
    report.client = rules.client;
    report.displayName = rules.displayName;
    for (const Rule &rule : rules.rules) {
        report.unverifiedRules += rule.verified ? 0 : 1;
        applyRule(rule, catalog, &report.findings);
    }
    return report;
}

QList<ClientReport> CompatEngine::evaluateAll(const ServerCatalog &catalog, const RuleSet &rules, const QStringList &clients)
{
    QList<ClientReport> out;
    for (const ClientRules &c : rules.clients())
        if (clients.isEmpty() || clients.contains(c.client))
            out.append(evaluate(catalog, c));
    return out;
}

} // namespace mcpc::compat
