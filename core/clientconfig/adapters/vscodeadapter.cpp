#include "clientconfig/adapters/vscodeadapter.h"

#include "clientconfig/jsonc/jsoncdocument.h"

#include <QDir>
#include <QFile>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

VsCodeAdapter::VsCodeAdapter(bool insiders)
    : m_insiders(insiders)
{
}

QString VsCodeAdapter::id() const { return m_insiders ? u"vscode-insiders"_s : u"vscode"_s; }
QString VsCodeAdapter::displayName() const { return m_insiders ? u"VS Code Insiders"_s : u"VS Code"_s; }

QString VsCodeAdapter::userDir(const ClientEnvironment &env) const
{
    return env.appConfigBase() + (m_insiders ? u"/Code - Insiders/User"_s : u"/Code/User"_s);
}

Result<ConfigLocation> VsCodeAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                               const QString &variant) const
{
    if (scope == Scope::Project)
        return ConfigLocation{projectFile(projectDir, u".vscode/mcp.json"_s), {u"servers"_s}, dialect()};
    if (variant.isEmpty())
        return ConfigLocation{userDir(env) + u"/mcp.json"_s, {u"servers"_s}, dialect()};
    // Each non-default profile has its own mcp.json (DeusData/codebase-memory-mcp#431).
    if (!variants(env).contains(variant))
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"%1 has no profile '%2' (profiles: %3)."_s.arg(displayName(), variant,
                variants(env).isEmpty() ? u"none besides the default"_s : variants(env).join(u", "_s))));
    return ConfigLocation{userDir(env) + u"/profiles/"_s + variant + u"/mcp.json"_s, {u"servers"_s}, dialect()};
}

Result<JsonValue> VsCodeAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                       const ClientEnvironment &) const
{
    if (!options.headerEnv.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"%1 keeps header secrets through ${input:…} prompts, which MCP Connect does not write yet."_s.arg(displayName()),
            0, u"Leave out --header-env: %1 signs in to the server itself (OAuth)."_s.arg(displayName())));
    JsonValue e = JsonValue::object();
    if (!profile.isHttp()) {
        e = stdioEntry(profile, u"stdio"_s);
        return e;
    }
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    // "http" tries Streamable HTTP and falls back to SSE by itself.
    e.insert(u"type"_s, JsonValue::string(profile.transport == TransportKind::Sse ? u"sse"_s : u"http"_s));
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList VsCodeAdapter::configDirs(const ClientEnvironment &env) const { return {userDir(env)}; }
QStringList VsCodeAdapter::binaries() const { return {m_insiders ? u"code-insiders"_s : u"code"_s}; }

QStringList VsCodeAdapter::variants(const ClientEnvironment &env) const
{
    return QDir(userDir(env) + u"/profiles"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList VsCodeAdapter::notes(const ClientEnvironment &env) const
{
    QStringList out;
    // The seed's instructions use the pre-1.102 settings.json "mcp" block: show it, leave it.
    const QString settings = userDir(env) + u"/settings.json"_s;
    QFile f(settings);
    if (f.open(QIODevice::ReadOnly)) {
        auto doc = JsoncDocument::parse(f.readAll(), JsoncDialect::jsonc(), settings);
        const int servers = doc ? doc->findPath({u"mcp"_s, u"servers"_s}) : -1;
        if (servers >= 0)
            out << u"%1 has a legacy \"mcp\" block (servers: %2). %3 1.102 and later read mcp.json, where MCP Connect "
                   "writes; the legacy block is left as it is."_s
                       .arg(settings, doc->value(servers).keys().join(u", "_s), displayName());
    }
    const QStringList profiles = variants(env);
    if (!profiles.isEmpty())
        out << u"Other %1 profiles have their own mcp.json: %2 (choose one with --vscode-profile)."_s.arg(displayName(), profiles.join(u", "_s));
    return out;
}

QString VsCodeAdapter::reloadHint() const
{
    return u"%1 reloads mcp.json by itself."_s.arg(displayName());
}

QString VsCodeAdapter::nextStep(const QString &serverName) const
{
    return u"Open mcp.json (command \"MCP: Open User Configuration\") and select Start above \"%1\"; %2 asks to open "
           "the browser to sign in. Select Allow: \"Running\" shows when it is connected."_s.arg(serverName, displayName());
}

} // namespace mcpc::clientconfig
