#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// VS Code and VS Code Insiders: user mcp.json (per profile: User/profiles/<id>/mcp.json)
// and .vscode/mcp.json, root key "servers", {"type":"http","url"}. VS Code ≥ 1.102 reads
// mcp.json; a legacy settings.json "mcp" block is reported, never written.
class VsCodeAdapter final : public ClientAdapter
{
public:
    explicit VsCodeAdapter(bool insiders);

    QString id() const override;
    QString displayName() const override;
    ConfigDialect dialect() const override { return ConfigDialect::Jsonc; }
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
    Result<ConfigLocation> location(const ClientEnvironment &env, Scope scope, const QString &projectDir,
                                    const QString &variant) const override;
    Result<JsonValue> entry(const ServerProfile &profile, const EntryOptions &options,
                            const ClientEnvironment &env) const override;
    QStringList configDirs(const ClientEnvironment &env) const override;
    QStringList binaries() const override;
    QStringList variants(const ClientEnvironment &env) const override;
    QStringList notes(const ClientEnvironment &env) const override;
    QString reloadHint() const override;
    QString nextStep(const QString &serverName) const override;

    QString userDir(const ClientEnvironment &env) const;

private:
    bool m_insiders;
};

} // namespace mcpc::clientconfig
