#pragma once

#include "clientconfig/clientenvironment.h"
#include "clientconfig/editing/configeditor.h"
#include "clientconfig/jsonc/jsonvalue.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mcpc::clientconfig {

// user: the client's global file; project: a file in the project folder meant to be
// committed; local: Claude Code's per-project section of ~/.claude.json.
enum class Scope { User, Project, Local };
QString scopeName(Scope scope);
std::optional<Scope> scopeFromName(const QString &name);

// Choices that change the entry we write.
struct EntryOptions
{
    // Header name -> environment variable holding its full value ("Bearer …"). Written
    // only through the client's own indirection (${env:VAR}, ${VAR}, {env:VAR},
    // env_http_headers); a client without one refuses. Never a literal secret.
    QList<QPair<QString, QString>> headerEnv;
    bool bridge = false; // Windsurf: the seed's `npx mcp-remote URL` form instead of serverUrl
};

// Where a client keeps its servers for one scope.
struct ConfigLocation
{
    QString path;
    QStringList container;      // object path of the server map, e.g. {"mcpServers"}
    ConfigDialect dialect = ConfigDialect::Json;
    bool claudeLock = false;    // take ~/.claude.json.lock while writing
    uint newFileMode = 0644;    // for a file we create (0600 where the client uses it)
};

// One MCP client: its files, its dialect and the exact shape of a server entry. Small
// and declarative on purpose; the engine does the file work.
class ClientAdapter
{
public:
    virtual ~ClientAdapter();

    virtual QString id() const = 0;           // "cursor", "vscode", ...
    virtual QString displayName() const = 0;  // "Cursor"
    virtual ConfigDialect dialect() const { return ConfigDialect::Json; }
    virtual QList<Scope> scopes() const { return {Scope::User}; }
    // Whether EntryOptions::bridge (the `npx mcp-remote URL` stdio form instead of a URL
    // entry) means something for this client.
    virtual bool offersBridge() const { return false; }

    // variant: a VS Code profile id ("" = default profile); ignored elsewhere.
    virtual Result<ConfigLocation> location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                            const QString &variant) const = 0;
    // The server map's real position once the file is read (opencode's V2 layout,
    // Claude Code's Windows project keys). Default: location.container.
    virtual QStringList resolveContainer(const ConfigEditor &editor, const ConfigLocation &location) const;

    // The entry for profile, exactly as this client's own tools write it.
    virtual Result<JsonValue> entry(const ServerProfile &profile, const EntryOptions &options,
                                    const ClientEnvironment &env) const = 0;

    // Detection: any existing config folder or binary on PATH means "installed".
    virtual QStringList configDirs(const ClientEnvironment &env) const = 0;
    virtual QStringList binaries() const { return {}; }
    // Other profiles/instances the user may mean (VS Code profiles).
    virtual QStringList variants(const ClientEnvironment &) const { return {}; }
    // Things worth telling the user about this client on this machine (a legacy block,
    // no official build for this OS, ...).
    virtual QStringList notes(const ClientEnvironment &) const { return {}; }

    // After a write: how the client picks the change up, and the "Needs login" step.
    virtual QString reloadHint() const = 0;
    virtual QString nextStep(const QString &serverName) const = 0;

    // The URL an existing entry points at, whatever the client's key (url, serverUrl,
    // httpUrl, uri) or an mcp-remote bridge's argument. Empty for stdio entries.
    static QString entryUrl(const JsonValue &entry);
    // For "same URL under another name": scheme/host case and a trailing slash ignored.
    static QString normalizedUrl(const QString &url);

protected:
    // Shared entry pieces.
    static Result<QString> remoteUrl(const ServerProfile &profile, const QString &client);
    static JsonValue headersWith(const EntryOptions &options, const QString &pattern); // pattern: "${env:%1}"
    static Error noHeaderIndirection(const QString &client);
    static JsonValue mcpRemoteBridge(const ServerProfile &profile, const ClientEnvironment &env);
    // {"command", "args"}, after {"type": type} when a client wants one.
    static JsonValue stdioEntry(const ServerProfile &profile, const QString &type = QString());
    static QString projectFile(const QString &projectDir, const QString &relative);
};

// Every client we support, in display order.
const QList<const ClientAdapter *> &allClientAdapters();
const ClientAdapter *clientAdapter(const QString &id);

// The mcp-remote release the stdio bridge pins (verified in client-configs.md).
inline constexpr const char *kMcpRemotePackage = "mcp-remote@0.15.1";

} // namespace mcpc::clientconfig
