#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Cursor: ~/.cursor/mcp.json (project .cursor/mcp.json), mcpServers.NAME = {"url"}. Strict JSON:
// a trailing comma breaks Cursor (upstash/context7#563).
class CursorAdapter final : public ClientAdapter
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
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
};

} // namespace mcpc::clientconfig
