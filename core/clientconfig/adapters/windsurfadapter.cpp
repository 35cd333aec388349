#include "clientconfig/adapters/windsurfadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString WindsurfAdapter::id() const { return u"windsurf"_s; }
QString WindsurfAdapter::displayName() const { return u"Windsurf"_s; }

Result<ConfigLocation> WindsurfAdapter::location(const ClientEnvironment &env, Scope, const QString &,
                                                 const QString &) const
{
    return ConfigLocation{env.home + u"/.codeium/windsurf/mcp_config.json"_s, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> WindsurfAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                         const ClientEnvironment &env) const
{
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    if (options.bridge) {
        if (!options.headerEnv.isEmpty())
            return std::unexpected(Error::make(ErrorKind::Usage,
                u"--bridge and --header-env cannot be combined: mcp-remote signs in by itself."_s));
        return mcpRemoteBridge(profile, env);
    }
    JsonValue e = JsonValue::object();
    e.insert(u"serverUrl"_s, JsonValue::string(*url));
    if (!options.headerEnv.isEmpty())
        e.insert(u"headers"_s, headersWith(options, u"${env:%1}"_s));
    return e;
}

QStringList WindsurfAdapter::configDirs(const ClientEnvironment &env) const { return {env.home + u"/.codeium/windsurf"_s}; }
QStringList WindsurfAdapter::binaries() const { return {u"windsurf"_s}; }

QString WindsurfAdapter::reloadHint() const
{
    return u"In Windsurf Settings ▸ Cascade ▸ MCP servers (Manage plugins), click Refresh to load the change."_s;
}

QString WindsurfAdapter::nextStep(const QString &serverName) const
{
    return u"Windsurf then asks you to sign in to \"%1\": finish the sign-in in the browser and select Allow."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
