#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Zed: settings.json context_servers.NAME = {"url"}. JSONC, and the file is the user's whole
// editor config, so only member-level edits are acceptable.
class ZedAdapter final : public ClientAdapter
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
};

} // namespace mcpc::clientconfig
