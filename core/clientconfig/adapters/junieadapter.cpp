#include "clientconfig/adapters/junieadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString JunieAdapter::id() const { return u"junie"_s; }
QString JunieAdapter::displayName() const { return u"Junie"_s; }

Result<ConfigLocation> JunieAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                              const QString &) const
{
    // Same folder on every OS (%USERPROFILE%\.junie on Windows).
    const QString path = scope == Scope::Project ? projectFile(projectDir, u".junie/mcp/mcp.json"_s)
                                                 : env.home + u"/.junie/mcp/mcp.json"_s;
    return ConfigLocation{path, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> JunieAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                      const ClientEnvironment &env) const
{
    // Junie's header support and variable syntax are undocumented: never guess with secrets.
    if (!options.headerEnv.isEmpty())
        return std::unexpected(noHeaderIndirection(displayName()));
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    if (options.bridge)
        return mcpRemoteBridge(profile, env);
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList JunieAdapter::configDirs(const ClientEnvironment &env) const { return {env.home + u"/.junie"_s}; }
QStringList JunieAdapter::binaries() const { return {u"junie"_s}; }

QStringList JunieAdapter::notes(const ClientEnvironment &) const
{
    return {u"Junie IDE plugins that run only local (stdio) MCP servers cannot use a URL entry: choose the mcp-remote "
            "bridge instead (needs Node.js)."_s};
}

QString JunieAdapter::reloadHint() const
{
    return u"Junie reads mcp.json when it starts: restart the Junie CLI, or check Settings ▸ Tools ▸ Junie ▸ MCP "
           "Settings in the IDE."_s;
}

QString JunieAdapter::nextStep(const QString &serverName) const
{
    return u"If Junie asks you to sign in to \"%1\", finish the sign-in in the browser and select Allow."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
