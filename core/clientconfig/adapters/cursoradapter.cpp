#include "clientconfig/adapters/cursoradapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString CursorAdapter::id() const { return u"cursor"_s; }
QString CursorAdapter::displayName() const { return u"Cursor"_s; }

Result<ConfigLocation> CursorAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                               const QString &) const
{
    // Same folder on every OS (%USERPROFILE%\.cursor on Windows).
    const QString path = scope == Scope::Project ? projectFile(projectDir, u".cursor/mcp.json"_s)
                                                 : env.home + u"/.cursor/mcp.json"_s;
    return ConfigLocation{path, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> CursorAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                       const ClientEnvironment &) const
{
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url)); // Cursor detects Streamable HTTP vs SSE itself
    if (!options.headerEnv.isEmpty())
        e.insert(u"headers"_s, headersWith(options, u"${env:%1}"_s));
    return e;
}

QStringList CursorAdapter::configDirs(const ClientEnvironment &env) const { return {env.home + u"/.cursor"_s}; }
QStringList CursorAdapter::binaries() const { return {u"cursor"_s}; }

QString CursorAdapter::reloadHint() const
{
    return u"Cursor picks up mcp.json changes by itself; if the server does not show up, open Cursor Settings ▸ "
           "Tools & Integrations and refresh the MCP list."_s;
}

QString CursorAdapter::nextStep(const QString &serverName) const
{
    return u"In Cursor Settings ▸ Tools & Integrations, \"%1\" shows \"Needs login\": select it, sign in on the "
           "server's consent screen and select Allow. A new server may start disabled: switch it on."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
