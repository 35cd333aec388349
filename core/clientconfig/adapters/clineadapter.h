#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Cline (VS Code extension): its globalStorage cline_mcp_settings.json. "type" must be explicit:
// without it Cline's schema matches a url entry as SSE first.
class ClineAdapter final : public ClientAdapter
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
};

} // namespace mcpc::clientconfig
