#include "compat/compatrules.h"

#include "compat/schemafeatures.h"
#include "util/boundedjson.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

// Q_INIT_RESOURCE must be called outside any namespace: the rules live in the static core library.
static void initCompatResources()
{
    Q_INIT_RESOURCE(compatrules);
}

namespace mcpc::compat {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

struct KindInfo
{
    CheckKind kind;
    const char *name;
};

constexpr KindInfo kKinds[] = {
    {CheckKind::ToolNamePattern, "toolNamePattern"},
    {CheckKind::ToolNameLength, "toolNameLength"},
    {CheckKind::PrefixedNameLength, "prefixedNameLength"},
    {CheckKind::ToolCount, "toolCount"},
    {CheckKind::SchemaFeature, "schemaFeature"},
    {CheckKind::Transport, "transport"},
    {CheckKind::OAuth, "oauth"},
    {CheckKind::ProtocolEra, "protocolEra"},
    {CheckKind::DescriptionLength, "descriptionLength"},
    {CheckKind::InstructionsLength, "instructionsLength"},
    {CheckKind::Resources, "resources"},
    {CheckKind::Prompts, "prompts"},
    {CheckKind::McpApps, "mcpApps"},
};

// Collects the first problem of a file, so each check below stays one line.
class Validator
{
public:
    explicit Validator(QString origin) : m_origin(std::move(origin)) {}

    bool ok() const { return m_problem.isEmpty(); }
    Error error() const
    {
        return Error::make(ErrorKind::Parse, u"Compatibility rules %1: %2"_s.arg(m_origin, m_problem), 0,
                           u"Fix the rule file (core/compat/README.md describes the format)."_s);
    }
    bool fail(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = what;
        return false;
    }

    // A required (or optional) bounded string member.
    QString text(const json &obj, const char *key, const QString &where, bool required = true)
    {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                fail(u"%1 has no \"%2\""_s.arg(where, QLatin1StringView(key)));
            return {};
        }
        if (!it->is_string()) {
            fail(u"%1: \"%2\" must be a string"_s.arg(where, QLatin1StringView(key)));
            return {};
        }
        const QString s = QString::fromStdString(it->get<std::string>());
        if (s.size() > RuleSet::kMaxTextLength)
            fail(u"%1: \"%2\" is longer than %3 characters"_s.arg(where, QLatin1StringView(key)).arg(RuleSet::kMaxTextLength));
        else if (required && s.trimmed().isEmpty())
            fail(u"%1: \"%2\" is empty"_s.arg(where, QLatin1StringView(key)));
        return s;
    }

    bool positiveInt(const json &check, const char *key, const QString &where)
    {
        const auto it = check.find(key);
        if (it == check.end() || !it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > 1000000)
            return fail(u"%1: check.%2 must be an integer from 1 to 1000000"_s.arg(where, QLatin1StringView(key)));
        return true;
    }

    bool boolean(const json &obj, const char *key, const QString &where)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_boolean())
            return fail(u"%1: %2 must be true or false"_s.arg(where, QLatin1StringView(key)));
        return true;
    }

    bool stringSet(const json &check, const char *key, const QStringList &allowed, const QString &where)
    {
        const auto it = check.find(key);
        if (it == check.end() || !it->is_array() || it->empty())
            return fail(u"%1: check.%2 must be a non-empty list"_s.arg(where, QLatin1StringView(key)));
        for (const json &v : *it)
            if (!v.is_string() || !allowed.contains(QString::fromStdString(v.get<std::string>())))
                return fail(u"%1: check.%2 may only contain %3"_s.arg(where, QLatin1StringView(key), allowed.join(u", ")));
        return true;
    }

private:
    QString m_origin;
    QString m_problem;
};

bool validateCheck(Validator &v, CheckKind kind, const json &check, const QString &where)
{
    switch (kind) {
    case CheckKind::ToolNamePattern: {
        const QString pattern = v.text(check, "pattern", where + u" check"_s);
        if (!v.ok())
            return false;
        const QRegularExpression re(pattern);
        if (!re.isValid())
            return v.fail(u"%1: check.pattern is not a valid regular expression (%2)"_s.arg(where, re.errorString()));
        return true;
    }
    case CheckKind::ToolNameLength:
    case CheckKind::ToolCount:
    case CheckKind::DescriptionLength:
    case CheckKind::InstructionsLength:
        return v.positiveInt(check, "max", where);
    case CheckKind::PrefixedNameLength: {
        if (!v.positiveInt(check, "max", where))
            return false;
        const QString format = v.text(check, "format", where + u" check"_s);
        if (v.ok() && !format.contains(u"{tool}"))
            return v.fail(u"%1: check.format must contain {tool}"_s.arg(where));
        return v.ok();
    }
    case CheckKind::SchemaFeature: {
        const QString feature = v.text(check, "feature", where + u" check"_s);
        if (!v.ok())
            return false;
        if (!schemaFeatureFromName(feature))
            return v.fail(u"%1: unknown schema feature \"%2\" (known: %3)"_s.arg(where, feature, schemaFeatureNames().join(u", ")));
        if (feature == u"depth")
            return v.positiveInt(check, "maxDepth", where);
        if (check.contains("allowed") && !(check["allowed"].is_array()))
            return v.fail(u"%1: check.allowed must be a list"_s.arg(where));
        return true;
    }
    case CheckKind::Transport:
        if (!v.stringSet(check, "supported", {u"streamable-http"_s, u"sse"_s, u"stdio"_s}, where))
            return false;
        if (check.contains("bridge") && !(check["bridge"].is_string() || check["bridge"].is_null()))
            return v.fail(u"%1: check.bridge must be a string or null"_s.arg(where));
        return true;
    case CheckKind::OAuth:
        for (const char *k : {"dcr", "cimd", "preRegistered"})
            if (!v.boolean(check, k, where + u" check"_s))
                return false;
        if (check.contains("bridge")) {
            if (!check["bridge"].is_object())
                return v.fail(u"%1: check.bridge must be an object"_s.arg(where));
            for (const char *k : {"dcr", "cimd", "preRegistered"})
                if (!v.boolean(check["bridge"], k, where + u" check.bridge"_s))
                    return false;
        }
        return true;
    case CheckKind::ProtocolEra:
        return v.stringSet(check, "eras", {u"legacy"_s, u"modern"_s}, where);
    case CheckKind::Resources:
    case CheckKind::Prompts:
    case CheckKind::McpApps:
        return v.boolean(check, "supported", where + u" check"_s);
    }
    return false;
}

bool validDate(const QString &s)
{
    static const QRegularExpression re(u"^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"_s);
    return re.match(s).hasMatch();
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Error: return u"error"_s;
    }
    return u"warning"_s;
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString checkKindName(CheckKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

Result<ClientRules> RuleSet::parse(const QByteArray &text, const QString &origin)
{
    Validator v(origin);
    if (text.size() > kMaxFileBytes) {
        v.fail(u"the file is larger than %1 bytes"_s.arg(kMaxFileBytes));
        return std::unexpected(v.error());
    }
    auto doc = parseJson(text, u"The rule file %1"_s.arg(origin));
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->is_object()) {
        v.fail(u"the file must hold one JSON object"_s);
        return std::unexpected(v.error());
    }
    ClientRules out;
    out.client = v.text(*doc, "client", u"the file"_s);
    out.displayName = v.text(*doc, "displayName", u"the file"_s);
    const auto rules = doc->find("rules");
    if (v.ok() && (rules == doc->end() || !rules->is_array()))
        v.fail(u"\"rules\" must be a list"_s);
    else if (v.ok() && qsizetype(rules->size()) > kMaxRulesPerClient)
        v.fail(u"more than %1 rules"_s.arg(kMaxRulesPerClient));
    QSet<QString> ids;
    for (qsizetype i = 0; v.ok() && i < qsizetype(rules->size()); ++i) {
        const json &r = (*rules)[size_t(i)];
        const QString where = u"rule %1"_s.arg(i + 1);
        if (!r.is_object()) {
            v.fail(where + u" must be an object"_s);
            break;
        }
        Rule rule;
        rule.id = v.text(r, "id", where);
        const QString at = rule.id.isEmpty() ? where : u"rule \"%1\""_s.arg(rule.id);
        if (v.ok() && !rule.id.startsWith(out.client + u'.'))
            v.fail(u"%1: the id must start with \"%2.\""_s.arg(at, out.client));
        if (v.ok() && ids.contains(rule.id))
            v.fail(u"%1 appears twice"_s.arg(at));
        ids.insert(rule.id);
        const QString sev = v.text(r, "severity", at);
        if (v.ok()) {
            if (auto s = severityFromName(sev))
                rule.severity = *s;
            else
                v.fail(u"%1: severity must be error, warning or info"_s.arg(at));
        }
        const auto check = r.find("check");
        if (v.ok() && (check == r.end() || !check->is_object()))
            v.fail(u"%1 has no \"check\" object"_s.arg(at));
        if (v.ok()) {
            const QString kindName = v.text(*check, "kind", at + u" check"_s);
            bool known = false;
            for (const KindInfo &k : kKinds)
                if (kindName == QLatin1StringView(k.name)) {
                    rule.kind = k.kind;
                    known = true;
                }
            if (v.ok() && !known)
                v.fail(u"%1: unknown check kind \"%2\""_s.arg(at, kindName));
            if (v.ok())
                validateCheck(v, rule.kind, *check, at);
            rule.check = *check;
        }
        rule.message = v.text(r, "message", at);
        rule.fix = v.text(r, "fix", at, false);
        rule.fixAction = v.text(r, "fixAction", at, false);
        if (v.ok() && !rule.fixAction.isEmpty() && rule.fixAction != u"bridge" && rule.fixAction != u"rename-server")
            v.fail(u"%1: fixAction must be \"bridge\" or \"rename-server\""_s.arg(at));
        if (v.ok() && !r.contains("verified"))
            v.fail(u"%1 has no \"verified\" (true only when the source says so)"_s.arg(at));
        if (v.ok() && !v.boolean(r, "verified", at))
            break;
        if (v.ok())
            rule.verified = r["verified"].get<bool>();
        const auto source = r.find("source");
        if (v.ok() && source != r.end() && !source->is_object())
            v.fail(u"%1: \"source\" must be an object"_s.arg(at));
        if (v.ok() && source != r.end()) {
            rule.source.url = v.text(*source, "url", at + u" source"_s);
            rule.source.checked = v.text(*source, "checked", at + u" source"_s);
            const QUrl url(rule.source.url);
            if (v.ok() && (!url.isValid() || url.scheme() != u"https"))
                v.fail(u"%1: source.url must be an https URL"_s.arg(at));
            if (v.ok() && !validDate(rule.source.checked))
                v.fail(u"%1: source.checked must be a date (YYYY-MM-DD)"_s.arg(at));
        }
        if (v.ok() && rule.verified && rule.source.url.isEmpty())
            v.fail(u"%1 is verified but has no source"_s.arg(at));
        out.rules.append(rule);
    }
    if (!v.ok())
        return std::unexpected(v.error());
    return out;
}

Result<RuleSet> RuleSet::loadFrom(const QString &dir, const QString &what)
{
    const QDir d(dir);
    if (!d.exists())
        return std::unexpected(Error::make(ErrorKind::Io, u"The compatibility rules folder %1 does not exist."_s.arg(what)));
    const QStringList files = d.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Parse, u"The compatibility rules folder %1 holds no .json files."_s.arg(what)));
    if (files.size() > kMaxFiles)
        return std::unexpected(Error::make(ErrorKind::Parse,
            u"The compatibility rules folder %1 holds more than %2 files."_s.arg(what).arg(kMaxFiles)));
    RuleSet set;
    QSet<QString> clients;
    for (const QString &name : files) {
        QFile f(d.filePath(name));
        if (f.size() > kMaxFileBytes)
            return std::unexpected(Error::make(ErrorKind::Parse,
                u"Compatibility rules %1: the file is larger than %2 bytes"_s.arg(name).arg(kMaxFileBytes)));
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(Error::make(ErrorKind::Io, u"Cannot read the rule file %1: %2"_s.arg(name, f.errorString())));
        auto rules = parse(f.read(kMaxFileBytes + 1), name);
        if (!rules)
            return std::unexpected(rules.error());
        if (clients.contains(rules->client))
            return std::unexpected(Error::make(ErrorKind::Parse,
                u"Compatibility rules %1: client \"%2\" is described by two files"_s.arg(name, rules->client)));
        clients.insert(rules->client);
        set.m_clients.append(*rules);
    }
    return set;
}

Result<RuleSet> RuleSet::loadBuiltIn()
{
    initCompatResources();
    return loadFrom(u":/compat/rules"_s, u"(built in)"_s);
}

Result<RuleSet> RuleSet::loadDirectory(const QString &dir)
{
    return loadFrom(dir, dir);
}

Result<RuleSet> RuleSet::loadDefault()
{
    const QString dir = qEnvironmentVariable("MCPC_COMPAT_RULES_DIR");
    return dir.isEmpty() ? loadBuiltIn() : loadDirectory(dir);
}

const ClientRules *RuleSet::client(const QString &id) const
{
    for (const ClientRules &c : m_clients)
        if (c.client == id)
            return &c;
    return nullptr;
}

} // namespace mcpc::compat
