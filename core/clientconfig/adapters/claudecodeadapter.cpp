#include "clientconfig/adapters/claudecodeadapter.h"

#include <QDir>
#include <QFileInfo>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString ClaudeCodeAdapter::id() const { return u"claude-code"_s; }
QString ClaudeCodeAdapter::displayName() const { return u"Claude Code"_s; }

namespace {
QString claudeJson(const ClientEnvironment &env)
{
    const QString dir = env.var(u"CLAUDE_CONFIG_DIR"_s);
    return (dir.isEmpty() ? env.home : dir) + u"/.claude.json"_s;
}

QString managedConfig(const ClientEnvironment &env)
{
    switch (env.os) {
    case HostOs::Linux: return u"/etc/claude-code/managed-mcp.json"_s;
    case HostOs::MacOS: return u"/Library/Application Support/ClaudeCode/managed-mcp.json"_s;
    case HostOs::Windows: return u"C:/Program Files/ClaudeCode/managed-mcp.json"_s;
    }
    return QString();
}

// Windows keys may use either slash and any case; match what is already in the file.
QString comparable(const QString &key)
{
    QString k = key;
    k.replace(u'\\', u'/');
    if (k.size() > 1 && k.at(1) == u':')
        k = k.toLower();
    return k;
}
} // namespace

QString ClaudeCodeAdapter::projectKey(const QString &projectDir)
{
    const QString start = QDir::cleanPath(QDir(projectDir).absolutePath());
    // Claude Code keys "local" servers by the git root when inside a repository.
    for (QDir d(start);; ) {
        if (QFileInfo::exists(d.filePath(u".git"_s)))
            return QDir::cleanPath(d.absolutePath());
        if (!d.cdUp())
            break;
    }
    return start;
}

Result<ConfigLocation> ClaudeCodeAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                                   const QString &) const
{
    switch (scope) {
    case Scope::Project:
        return ConfigLocation{projectFile(projectDir, u".mcp.json"_s), {u"mcpServers"_s}, dialect()};
    case Scope::Local:
        return ConfigLocation{claudeJson(env), {u"projects"_s, projectKey(projectDir), u"mcpServers"_s}, dialect(), true, 0600};
    case Scope::User:
        break;
    }
    return ConfigLocation{claudeJson(env), {u"mcpServers"_s}, dialect(), true, 0600};
}

QStringList ClaudeCodeAdapter::resolveContainer(const ConfigEditor &editor, const ConfigLocation &location) const
{
    if (location.container.size() != 3)
        return location.container;
    const QStringList projects = editor.keys({u"projects"_s});
    if (projects.contains(location.container[1]))
        return location.container;
    for (const QString &key : projects)
        if (comparable(key) == comparable(location.container[1]))
            return {u"projects"_s, key, u"mcpServers"_s};
    return location.container;
}

Result<JsonValue> ClaudeCodeAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                           const ClientEnvironment &) const
{
    JsonValue e = JsonValue::object();
    if (!profile.isHttp()) {
        // `claude mcp add NAME -- cmd args`: {"type":"stdio","command","args","env":{}}.
        e = stdioEntry(profile, u"stdio"_s);
        e.insert(u"env"_s, JsonValue::object());
        return e;
    }
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    e.insert(u"type"_s, JsonValue::string(profile.transport == TransportKind::Sse ? u"sse"_s : u"http"_s));
    e.insert(u"url"_s, JsonValue::string(*url));
    if (!options.headerEnv.isEmpty())
        e.insert(u"headers"_s, headersWith(options, u"${%1}"_s)); // expanded by Claude Code at start
    return e;
}

QStringList ClaudeCodeAdapter::configDirs(const ClientEnvironment &env) const
{
    return {env.home + u"/.claude"_s, claudeJson(env)};
}

QStringList ClaudeCodeAdapter::binaries() const { return {u"claude"_s}; }

QStringList ClaudeCodeAdapter::notes(const ClientEnvironment &env) const
{
    const QString managed = managedConfig(env);
    if (QFileInfo::exists(managed))
        return {u"%1 exists: your organisation manages Claude Code's MCP servers, and user or project entries are ignored."_s.arg(managed)};
    return {};
}

QString ClaudeCodeAdapter::reloadHint() const
{
    return u"Claude Code reads its MCP servers when a session starts: start a new `claude` session."_s;
}

QString ClaudeCodeAdapter::nextStep(const QString &serverName) const
{
    return u"Run `claude`, then `/mcp`: select \"%1\" and go through the authentication. A project-scope server first "
           "asks for your approval."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
