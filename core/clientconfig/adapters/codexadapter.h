#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// OpenAI Codex CLI: ~/.codex/config.toml ($CODEX_HOME), [mcp_servers.NAME] url = "...".
// Never bearer_token (Codex then refuses the whole config); headers via env_http_headers.
class CodexAdapter final : public ClientAdapter
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
    ConfigDialect dialect() const override { return ConfigDialect::Toml; }
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
    QStringList notes(const ClientEnvironment &env) const override;
};

} // namespace mcpc::clientconfig
