#include "clientconfig/adapters/opencodeadapter.h"

#include <QFileInfo>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString OpencodeAdapter::id() const { return u"opencode"_s; }
QString OpencodeAdapter::displayName() const { return u"opencode"_s; }

namespace {
QString opencodeDir(const ClientEnvironment &env)
{
    // xdg-basedir on every OS: %USERPROFILE%\.config\opencode on Windows too.
    return (env.os == HostOs::Linux ? env.xdgConfigHome : env.home + u"/.config"_s) + u"/opencode"_s;
}

// Edit the file the user has: opencode.json, else opencode.jsonc, else a new .json.
QString pick(const QString &dir)
{
    const QString json = dir + u"/opencode.json"_s;
    const QString jsonc = dir + u"/opencode.jsonc"_s;
    if (!QFileInfo::exists(json) && QFileInfo::exists(jsonc))
        return jsonc;
    return json;
}
} // namespace

Result<ConfigLocation> OpencodeAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                                 const QString &) const
{
    const QString path = scope == Scope::Project ? pick(projectFile(projectDir, u"."_s)) : pick(opencodeDir(env));
    return ConfigLocation{path, {u"mcp"_s}, dialect()};
}

QStringList OpencodeAdapter::resolveContainer(const ConfigEditor &editor, const ConfigLocation &location) const
{
    // Keep the layout the file already uses: V2 nests servers under mcp.servers.
    // (An object under mcp.servers: a V1 server would be named "servers" and hold a "type".)
    const auto servers = editor.value({u"mcp"_s, u"servers"_s});
    if (servers && servers->isObject() && !servers->find(u"type"))
        return {u"mcp"_s, u"servers"_s};
    return location.container;
}

Result<JsonValue> OpencodeAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                         const ClientEnvironment &) const
{
    JsonValue e = JsonValue::object();
    if (!profile.isHttp()) {
        // opencode wants the command as one array and calls env "environment".
        std::vector<JsonValue> command{JsonValue::string(profile.command)};
        for (const QString &a : profile.args)
            command.push_back(JsonValue::string(a));
        e.insert(u"type"_s, JsonValue::string(u"local"_s));
        e.insert(u"command"_s, JsonValue::array(std::move(command)));
        e.insert(u"enabled"_s, JsonValue::boolean(true));
        return e;
    }
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    e.insert(u"type"_s, JsonValue::string(u"remote"_s));
    e.insert(u"url"_s, JsonValue::string(*url));
    if (!options.headerEnv.isEmpty())
        e.insert(u"headers"_s, headersWith(options, u"{env:%1}"_s));
    e.insert(u"enabled"_s, JsonValue::boolean(true));
    return e;
}

QStringList OpencodeAdapter::configDirs(const ClientEnvironment &env) const { return {opencodeDir(env)}; }
QStringList OpencodeAdapter::binaries() const { return {u"opencode"_s}; }

QString OpencodeAdapter::reloadHint() const
{
    return u"Restart opencode to load the server."_s;
}

QString OpencodeAdapter::nextStep(const QString &serverName) const
{
    return u"opencode opens the browser to sign in to \"%1\" the first time it is used."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
