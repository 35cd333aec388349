#pragma once

#include "profiles/serverprofile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mcpc {

// The portable profile file (export / import), version kProfileSchemaVersion:
//   {"format": "mcp-connect-profiles", "schemaVersion": 1, "exportedAt": "…",
//    "profiles": [{"name", "transport", "auth", "url" | "command"+"args",
//                  "headers": [names only], "userDataTool", "allowInsecureHttp"}]}
// Never a secret: tokens, client secrets and header values live in the keychain and are
// not read; secrets pasted into URLs or arguments are replaced (SecretScrubber).
inline constexpr const char *kProfileFileFormat = "mcp-connect-profiles";
inline constexpr int kProfileSchemaVersion = 1;

struct ProfileExport
{
    QByteArray json;     // the file's content (UTF-8, indented, ends with a newline)
    int count = 0;
    QStringList removed; // "acme: the value of the URL parameter “key”" (left out)
};

// Writes profiles into the portable format. Pure: the caller reads the store and writes
// the file, so the same code serves the CLI, the GUI and the tests.
class ProfileExporter
{
public:
    static ProfileExport exportProfiles(const QList<ServerProfile> &profiles);
};

} // namespace mcpc
