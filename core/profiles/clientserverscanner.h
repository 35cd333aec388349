#pragma once

#include "clientconfig/clientenvironment.h"
#include "clientconfig/jsonc/jsonvalue.h"
#include "profiles/profileimporter.h"

#include <QList>
#include <QStringList>

namespace mcpc {

// "Import from your AI clients": reads the servers that Cursor, VS Code, Claude Code,
// Claude Desktop, Windsurf… already have (each client's user-scope file, through its
// clientconfig adapter, so every dialect and layout is read the way the connect code
// reads it) and turns each entry into a profile candidate:
//   - URL entries (url, serverUrl, httpUrl, uri) -> an HTTP profile, "type" kept;
//   - `npx mcp-remote URL` bridges -> the URL they bridge to;
//   - stdio commands -> a stdio profile;
//   - anything else -> shown, not importable, with the reason.
// The same server in several clients is one candidate listing every client. Header
// values and environment variables are never read into a profile (only their names).
// Read-only: nothing is written anywhere.
class ClientServerScanner
{
public:
    explicit ClientServerScanner(clientconfig::ClientEnvironment env);

    // Candidates, with conflicts against existing marked (see ProfileImporter).
    QList<ImportItem> scan(const QList<ServerProfile> &existing);
    // Client files that exist but could not be read ("Cursor: ~/.cursor/mcp.json:3:5 …").
    QStringList problems() const { return m_problems; }

    // One entry of a client's server map as a candidate (sources left empty).
    static ImportItem fromEntry(const QString &entryName, const clientconfig::JsonValue &entry);

private:
    clientconfig::ClientEnvironment m_env;
    QStringList m_problems;
};

} // namespace mcpc
