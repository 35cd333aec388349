#include "clientconfig/adapters/claudedesktopadapter.h"

#include <QFileInfo>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString ClaudeDesktopAdapter::id() const { return u"claude-desktop"_s; }
QString ClaudeDesktopAdapter::displayName() const { return u"Claude Desktop"_s; }

namespace {

// The Microsoft Store (MSIX) build's package folder. Windows virtualises its %APPDATA%, so
// the classic path is never read by that build: writing there would silently do nothing.
QString msixPackageDir(const ClientEnvironment &env)
{
    return env.localAppData + u"/Packages/Claude_pzs8sxrjxfjjc"_s;
}

bool isMsixInstall(const ClientEnvironment &env)
{
    return env.os == HostOs::Windows && !env.localAppData.isEmpty() && QFileInfo(msixPackageDir(env)).isDir();
}

QString claudeDir(const ClientEnvironment &env)
{
    if (isMsixInstall(env))
        return msixPackageDir(env) + u"/LocalCache/Roaming/Claude"_s;
    // No official Linux build: community builds (claude-desktop-debian) use ~/.config/Claude.
    return env.appConfigBase() + u"/Claude"_s;
}

} // namespace

Result<ConfigLocation> ClaudeDesktopAdapter::location(const ClientEnvironment &env, Scope, const QString &,
                                                      const QString &) const
{
    return ConfigLocation{claudeDir(env) + u"/claude_desktop_config.json"_s, {u"mcpServers"_s}, dialect()};
}

Result<JsonValue> ClaudeDesktopAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                              const ClientEnvironment &env) const
{
    if (!options.headerEnv.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"Claude Desktop cannot read a header from the environment, and MCP Connect never writes a literal token into its file."_s,
            0, u"Leave out --header-env: mcp-remote signs in to the server itself (OAuth)."_s));
    if (!profile.isHttp())
        return stdioEntry(profile);
    if (auto url = remoteUrl(profile, displayName()); !url)
        return std::unexpected(url.error());
    return mcpRemoteBridge(profile, env);
}

QStringList ClaudeDesktopAdapter::configDirs(const ClientEnvironment &env) const
{
    return isMsixInstall(env) ? QStringList{msixPackageDir(env)} : QStringList{claudeDir(env)};
}
QStringList ClaudeDesktopAdapter::binaries() const { return {u"claude-desktop"_s}; }

QStringList ClaudeDesktopAdapter::notes(const ClientEnvironment &env) const
{
    QStringList out{u"Claude Desktop does not connect to remote servers listed in its config file, so MCP Connect adds "
                    "them through the mcp-remote bridge (npx, needs Node.js). Settings ▸ Connectors is the other way."_s};
    if (isMsixInstall(env))
        out.prepend(u"This is the Microsoft Store build of Claude Desktop: it reads its config from its own package "
                    "folder (%1), which is where MCP Connect writes."_s.arg(claudeDir(env)));
    if (env.os == HostOs::Linux)
        out.prepend(u"Claude Desktop has no official Linux build. MCP Connect uses ~/.config/Claude/claude_desktop_config.json, "
                    "the file community builds (such as claude-desktop-debian) read."_s);
    return out;
}

QString ClaudeDesktopAdapter::reloadHint() const
{
    return u"Quit Claude Desktop completely (from the tray or menu bar icon; closing the window is not enough), then "
           "start it again. Claude Desktop may rewrite its config while running."_s;
}

QString ClaudeDesktopAdapter::nextStep(const QString &serverName) const
{
    return u"When Claude Desktop starts, mcp-remote opens your browser to sign in to \"%1\": select Allow. "
           "Claude Desktop has been seen dropping mcpServers on update; MCP Connect reports it if the entry vanishes."_s
        .arg(serverName);
}

} // namespace mcpc::clientconfig
