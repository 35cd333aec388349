#include "clientconfig/adapters/codexadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString CodexAdapter::id() const { return u"codex"_s; }
QString CodexAdapter::displayName() const { return u"Codex CLI"_s; }

namespace {
QString codexHome(const ClientEnvironment &env)
{
    const QString base = env.var(u"CODEX_HOME"_s);
    return base.isEmpty() ? env.home + u"/.codex"_s : base;
}
} // namespace

Result<ConfigLocation> CodexAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                              const QString &) const
{
    const QString path = scope == Scope::Project ? projectFile(projectDir, u".codex/config.toml"_s)
                                                 : codexHome(env) + u"/config.toml"_s;
    // 0600, as `codex mcp add` leaves it.
    return ConfigLocation{path, {u"mcp_servers"_s}, dialect(), false, 0600};
}

Result<JsonValue> CodexAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                      const ClientEnvironment &) const
{
    if (!profile.isHttp())
        return stdioEntry(profile);
    if (profile.transport == TransportKind::Sse)
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"Codex speaks Streamable HTTP only; '%1' is set to legacy SSE."_s.arg(profile.name)));
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url));
    if (!options.headerEnv.isEmpty()) {
        // env_http_headers: header -> name of the variable holding its value. Never
        // bearer_token (a literal), which also makes Codex refuse the whole file.
        JsonValue h = JsonValue::object();
        for (const auto &[header, var] : options.headerEnv)
            h.insert(header, JsonValue::string(var));
        e.insert(u"env_http_headers"_s, h);
    }
    return e;
}

QStringList CodexAdapter::configDirs(const ClientEnvironment &env) const { return {codexHome(env)}; }
QStringList CodexAdapter::binaries() const { return {u"codex"_s}; }

QStringList CodexAdapter::notes(const ClientEnvironment &) const
{
    return {u"A project's .codex/config.toml is read only for projects marked trusted in ~/.codex/config.toml."_s};
}

QString CodexAdapter::reloadHint() const
{
    return u"Codex reads config.toml when it starts: start a new `codex` session."_s;
}

QString CodexAdapter::nextStep(const QString &serverName) const
{
    return u"Run `codex mcp login %1` to sign in; `codex mcp list` shows the server."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
