#pragma once

#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mcpc::compat {

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

// The check vocabulary the engine interprets (the "check.kind" of a rule file). Each
// kind has its own parameters, validated when the file is loaded (see README.md).
enum class CheckKind {
    ToolNamePattern,     // pattern: regex every tool name must match
    ToolNameLength,      // max: characters in the tool's own name
    PrefixedNameLength,  // max, format: "mcp__{server}__{tool}" as the client builds it
    ToolCount,           // max: tools the client hands to the model
    SchemaFeature,       // feature (see schemafeatures.h), plus allowed formats / maxDepth
    Transport,           // supported: ["streamable-http","sse","stdio"], bridge: "mcp-remote"
    OAuth,               // dcr, cimd, preRegistered: bools; bridge: {dcr, cimd, preRegistered}
    ProtocolEra,         // eras: ["legacy","modern"] the client speaks
    DescriptionLength,   // max: characters of a tool's description
    InstructionsLength,  // max: characters of the server's instructions
    Resources,           // supported: bool
    Prompts,             // supported: bool
    McpApps              // supported: bool
};
QString checkKindName(CheckKind kind);

struct RuleSource
{
    QString url;
    QString checked; // YYYY-MM-DD: when someone last read that page or code
};

// One rule of one client, exactly as the data file says.
struct Rule
{
    QString id;            // "cursor.combined-name-length"
    Severity severity = Severity::Warning;
    CheckKind kind = CheckKind::ToolCount;
    nlohmann::json check;  // the whole check object (kind + parameters), already validated
    QString message;       // template: {tool} {value} {max} {server}
    QString fix;
    QString fixAction;     // optional machine hint for a one-click fix: "bridge", "rename-server"
    RuleSource source;
    bool verified = false; // false: shown as *unverified*, never as fact
};

struct ClientRules
{
    QString client;        // adapter id: "cursor", "claude-code", ...
    QString displayName;
    QList<Rule> rules;
};

// Every client's rules. Loaded from the data files compiled in as a Qt resource
// (:/compat/rules/*.json) or, for tests and for trying a change, from a directory.
// Loading is bounded (file count, size, rule count, string lengths) and every field is
// validated: a bad file is refused with its name and what is wrong, nothing half-loaded.
class RuleSet
{
public:
    static constexpr qsizetype kMaxFiles = 64;
    static constexpr qsizetype kMaxFileBytes = 256 * 1024;
    static constexpr qsizetype kMaxRulesPerClient = 100;
    static constexpr qsizetype kMaxTextLength = 2000;

    static Result<RuleSet> loadBuiltIn();
    static Result<RuleSet> loadDirectory(const QString &dir);
    // The built-in set, or the directory named by $MCPC_COMPAT_RULES_DIR when it is set.
    static Result<RuleSet> loadDefault();
    // One file's text; origin names it in errors.
    static Result<ClientRules> parse(const QByteArray &text, const QString &origin);

    const QList<ClientRules> &clients() const { return m_clients; }
    const ClientRules *client(const QString &id) const;

private:
    static Result<RuleSet> loadFrom(const QString &dir, const QString &what);
    QList<ClientRules> m_clients;
};

} // namespace mcpc::compat
