#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Windsurf: ~/.codeium/windsurf/mcp_config.json, {"serverUrl"} (older builds ignore "url");
// the seed's mcp-remote bridge on request.
class WindsurfAdapter final : public ClientAdapter
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
    bool offersBridge() const override { return true; }
};

} // namespace mcpc::clientconfig
