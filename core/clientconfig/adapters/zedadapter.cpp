#include "clientconfig/adapters/zedadapter.h"

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString ZedAdapter::id() const { return u"zed"_s; }
QString ZedAdapter::displayName() const { return u"Zed"_s; }

namespace {
// ~/.config/zed on Linux (XDG_CONFIG_HOME) *and* macOS; %APPDATA%\Zed on Windows.
QString zedDir(const ClientEnvironment &env)
{
    switch (env.os) {
    case HostOs::Linux: return env.xdgConfigHome + u"/zed"_s;
    case HostOs::MacOS: return env.home + u"/.config/zed"_s;
    case HostOs::Windows: return env.appData + u"/Zed"_s;
    }
    return env.xdgConfigHome + u"/zed"_s;
}
} // namespace

Result<ConfigLocation> ZedAdapter::location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                            const QString &) const
{
    const QString path = scope == Scope::Project ? projectFile(projectDir, u".zed/settings.json"_s)
                                                 : zedDir(env) + u"/settings.json"_s;
    return ConfigLocation{path, {u"context_servers"_s}, dialect()};
}

Result<JsonValue> ZedAdapter::entry(const ServerProfile &profile, const EntryOptions &options,
                                    const ClientEnvironment &) const
{
    if (!options.headerEnv.isEmpty())
        return std::unexpected(noHeaderIndirection(displayName()));
    if (!profile.isHttp())
        return stdioEntry(profile);
    auto url = remoteUrl(profile, displayName());
    if (!url)
        return std::unexpected(url.error());
    // No "settings": {} and no "source": zed#51350 shows such entries as extension-installed.
    JsonValue e = JsonValue::object();
    e.insert(u"url"_s, JsonValue::string(*url));
    return e;
}

QStringList ZedAdapter::configDirs(const ClientEnvironment &env) const { return {zedDir(env)}; }
QStringList ZedAdapter::binaries() const { return {u"zed"_s, u"zeditor"_s}; }

QString ZedAdapter::reloadHint() const
{
    return u"Zed applies settings.json changes at once; the server shows in the Agent panel's settings."_s;
}

QString ZedAdapter::nextStep(const QString &serverName) const
{
    return u"In the Agent panel's settings, Zed offers to sign in to \"%1\" when it needs login."_s.arg(serverName);
}

} // namespace mcpc::clientconfig
