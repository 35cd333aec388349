#include "clientconfig/adapters/geminiadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString GeminiAdapter::id() const { return u"gemini-cli"_s; }
QString GeminiAdapter::displayName() const { return u"Gemini CLI"_s; }

namespace {
QString geminiDir(const ClientEnvironment &env)
{
    const QString base = env.var(u"GEMINI_CLI_HOME"_s);
    return (base.isEmpty() ? env.home : base) + u"/.gemini"_s;
}
} // namespace

Result<ConfigLocation> GeminiAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                               const QString &) const
{
    const QString path = scope == Scope::Project ? projectFile(projectDir, u".gemini/settings.json"_s)
                                                 : geminiDir(env) + u"/settings.json"_s;
    return ConfigLocation{path, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> GeminiAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                       const ClientEnvironment &) const
{
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    // Current Gemini reads {url, type}; it still reads the older httpUrl, which we only detect.
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url));
    e.insert(u"type"_s, JsonValue::string(profile.transport == TransportKind::Sse ? u"sse"_s : u"http"_s));
    if (!options.headerEnv.isEmpty())
        e.insert(u"headers"_s, headersWith(options, u"${%1}"_s));
    return e;
}

QStringList GeminiAdapter::configDirs(const ClientEnvironment &env) const { return {geminiDir(env)}; }
QStringList GeminiAdapter::binaries() const { return {u"gemini"_s}; }

QString GeminiAdapter::reloadHint() const
{
    return u"Gemini CLI reads its settings when it starts: start a new `gemini` session."_s;
}

QString GeminiAdapter::nextStep(const QString &serverName) const
{
    return u"In Gemini CLI, run `/mcp auth %1` to sign in; `/mcp` lists the server and its tools."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
