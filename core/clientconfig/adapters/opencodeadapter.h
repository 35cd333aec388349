#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// opencode: opencode.json or opencode.jsonc, mcp.NAME = {"type":"remote","url","enabled":true}.
// Its schema rejects unknown keys, so the entry carries nothing else.
class OpencodeAdapter final : public ClientAdapter
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
    ConfigDialect dialect() const override { return ConfigDialect::Jsonc; }
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
    QStringList resolveContainer(const ConfigEditor &editor, const ConfigLocation &location) const override;
};

} // namespace mcpc::clientconfig
