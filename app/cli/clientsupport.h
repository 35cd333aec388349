#pragma once

#include "clientconfig/clientconfigtypes.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QMap>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace mcpc::cli {

class Services;

// Minimal option parser for the client commands: --flag, --opt VALUE (or --opt=VALUE),
// repeatable options, positionals. Unknown options are usage errors.
struct ParsedArgs
{
    QStringList positional;
    QMap<QString, QStringList> options; // name (without --) -> values ("" for flags)

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name).value(0); }
};

Result<ParsedArgs> parseArgs(const QStringList &args, const QStringList &flags, const QStringList &valued,
                             int minPositional, int maxPositional);

// --scope/--project/--vscode-profile into a target (project defaults to the current folder).
Result<clientconfig::ClientTarget> targetFrom(const QString &client, const ParsedArgs &args);

// PROFILE: a stored profile name, or a URL (named by --name or after its host).
Result<ServerProfile> resolveProfile(Services *services, const QString &ref, const ParsedArgs &args);

nlohmann::json toJson(const clientconfig::ClientStatus &status);
nlohmann::json toJson(const clientconfig::EditPlan &plan, bool withDiff);
nlohmann::json toJson(const clientconfig::WriteReport &report);

} // namespace mcpc::cli
