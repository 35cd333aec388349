#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// JetBrains Junie: ~/.junie/mcp/mcp.json (project: .junie/mcp/mcp.json), root mcpServers,
// remote entries {"url"} with no "type". Junie IDE plugins that only run local servers get
// the mcp-remote bridge instead (--bridge), like the seed's Windsurf alternative.
class JunieAdapter final : public ClientAdapter
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
    QStringList notes(const ClientEnvironment &env) const override;
    QString reloadHint() const override;
    QString nextStep(const QString &serverName) const override;
    bool offersBridge() const override { return true; }
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
};

} // namespace mcpc::clientconfig
