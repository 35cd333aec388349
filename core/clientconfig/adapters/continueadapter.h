#pragma once

#include "clientconfig/adapters/clientadapter.h"

namespace mcpc::clientconfig {

// Continue (VS Code and JetBrains extension): a drop-in file of our own,
// ~/.continue/mcpServers/mcp-connect.json, in Claude notation with {"type": "http", "url"}.
// Continue loads every JSON file in that folder, so the user's config.yaml (YAML, which
// we would have to edit with a CST editor) is never touched.
class ContinueAdapter final : public ClientAdapter
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
    // Continue parses drop-ins with comment-json: comments yes, trailing commas no.
    ConfigDialect dialect() const override { return ConfigDialect::JsonWithComments; }
    QList<Scope> scopes() const override { return {Scope::User, Scope::Project}; }
};

} // namespace mcpc::clientconfig
