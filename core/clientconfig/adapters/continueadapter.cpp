#include "clientconfig/adapters/continueadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {
const QString kDropIn = u".continue/mcpServers/mcp-connect.json"_s;
}

QString ContinueAdapter::id() const { return u"continue"_s; }
QString ContinueAdapter::displayName() const { return u"Continue"_s; }

Result<ConfigLocation> ContinueAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                                 const QString &) const
{
    // Same folder on every OS (%USERPROFILE%\.continue on Windows).
    const QString path = scope == Scope::Project ? projectFile(projectDir, kDropIn) : env.home + u'/' + kDropIn;
    return ConfigLocation{path, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> ContinueAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                         const ClientEnvironment &) const
{
    // Continue maps ${VAR} to its own secrets only in a JSON drop-in's env block, not in
    // headers: no indirection we could rely on.
    if (!options.headerEnv.isEmpty())
        return std::unexpected(noHeaderIndirection(displayName()));
    if (!profile.isHttp())
        return stdioEntry(profile, u"stdio"_s);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    JsonValue e = JsonValue::object();
    e.insert(u"type"_s, JsonValue::string(profile.transport == TransportKind::Sse ? u"sse"_s : u"http"_s));
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList ContinueAdapter::configDirs(const ClientEnvironment &env) const { return {env.home + u"/.continue"_s}; }
QStringList ContinueAdapter::binaries() const { return {u"cn"_s}; }

QStringList ContinueAdapter::notes(const ClientEnvironment &) const
{
    return {u"MCP Connect writes its own file in Continue's mcpServers folder (mcp-connect.json); your "
            "config.yaml is never changed."_s};
}

QString ContinueAdapter::reloadHint() const
{
    return u"Continue reads the mcpServers folder when it loads its configuration: reload the editor window if the "
           "server does not appear in Continue's MCP tools."_s;
}

QString ContinueAdapter::nextStep(const QString &serverName) const
{
    return u"When Continue shows that \"%1\" needs you to sign in, follow its link, sign in on the server's consent "
           "screen and select Allow."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
