#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Claude Code: ~/.claude.json mcpServers (user), projects[<abs path>].mcpServers (local),
// <project>/.mcp.json (project); entries as `claude mcp add --transport http` writes them.
class ClaudeCodeAdapter final : public ClientAdapter
{
public:
    QString id() const override;
    QString displayName() const override;
    Result<ConfigLocation> location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                    const QString &variant) const override;
    Result<JsonValue> entry(const ServerProfile &profile, const EntryOptions &options,
                            const ClientEnvironment &env) const override;
    QStringList configDirs(const ClientEnvironment &env) const override;
    QStringList binaries() const override;
    QString reloadHint() const override;
    QString nextStep(const QString &serverName) const override;
    QList<Scope> scopes() const override { return {Scope::User, Scope::Local, Scope::Project}; }
    QStringList resolveContainer(const ConfigEditor &editor, const ConfigLocation &location) const override;
    QStringList notes(const ClientEnvironment &env) const override;

    // The projects key Claude Code uses for a folder: its git root, else the folder.
    static QString projectKey(const QString &projectDir);
};

} // namespace mcpc::clientconfig
