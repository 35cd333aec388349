#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Claude Desktop: claude_desktop_config.json. Remote servers in this file are not supported by the
// app, so the entry is the seed's stdio bridge: npx mcp-remote@<pinned> URL.
class ClaudeDesktopAdapter final : public ClientAdapter
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
    QStringList notes(const ClientEnvironment &env) const override;
};

} // namespace mcpc::clientconfig
