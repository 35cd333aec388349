#include "clientconfig/adapters/lmstudioadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString LmStudioAdapter::id() const { return u"lmstudio"_s; }
QString LmStudioAdapter::displayName() const { return u"LM Studio"_s; }

Result<ConfigLocation> LmStudioAdapter::location(const ClientEnvironment &env, Scope, const QString &, const QString &) const
{
    return ConfigLocation{env.home + u"/.lmstudio/mcp.json"_s, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> LmStudioAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                         const ClientEnvironment &) const
{
    if (!options.headerEnv.isEmpty())
        return std::unexpected(noHeaderIndirection(displayName()));
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList LmStudioAdapter::configDirs(const ClientEnvironment &env) const { return {env.home + u"/.lmstudio"_s}; }
QStringList LmStudioAdapter::binaries() const { return {u"lms"_s}; }

QString LmStudioAdapter::reloadHint() const
{
    return u"LM Studio reloads mcp.json; if the server does not appear, restart LM Studio."_s;
}

QString LmStudioAdapter::nextStep(const QString &serverName) const
{
    return u"LM Studio 0.4 and later open the browser to sign in to \"%1\" when it needs login; 0.3.x cannot sign in "
           "to MCP servers."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
