#include "clientconfig/adapters/clineadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {
const auto kExtensionDir = u"/Code/User/globalStorage/saoudrizwan.claude-dev"_s;
}

QString ClineAdapter::id() const { return u"cline"_s; }
QString ClineAdapter::displayName() const { return u"Cline"_s; }

Result<ConfigLocation> ClineAdapter::location(const ClientEnvironment &env, Scope, const QString &, const QString &) const
{
    return ConfigLocation{env.appConfigBase() + kExtensionDir + u"/settings/cline_mcp_settings.json"_s, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> ClineAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                      const ClientEnvironment &) const
{
    if (!options.headerEnv.isEmpty())
        return std::unexpected(noHeaderIndirection(displayName()));
    if (!profile.isHttp()) {
        JsonValue e = stdioEntry(profile, u"stdio"_s);
        return e;
    }
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    JsonValue e = JsonValue::object();
    e.insert(u"type"_s, JsonValue::string(profile.transport == TransportKind::Sse ? u"sse"_s : u"streamableHttp"_s));
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList ClineAdapter::configDirs(const ClientEnvironment &env) const { return {env.appConfigBase() + kExtensionDir}; }
QStringList ClineAdapter::binaries() const { return {}; }

QString ClineAdapter::reloadHint() const
{
    return u"Cline watches its settings file: the server appears in Cline's MCP Servers view."_s;
}

QString ClineAdapter::nextStep(const QString &serverName) const
{
    return u"In Cline's MCP Servers view, authenticate \"%1\" when it asks. (The seed guide notes Cline's MCP support "
           "may lag the latest spec.)"_s.arg(serverName);
}

} // namespace mcpc::clientconfig
