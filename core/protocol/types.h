#pragma once

#include "protocol/protocolera.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace mcpc {

// Protocol revisions we speak, newest first. We offer the first; we accept any of them.
const QStringList &supportedProtocolVersions();
QString latestProtocolVersion();

struct ServerInfo
{
    QString name;
    QString version;
    QString title;
    QString instructions;        // untrusted text from the server
    QString protocolVersion;     // negotiated (legacy) or sent with every request (modern)
    nlohmann::json capabilities = nlohmann::json::object();
    ProtocolEra era = ProtocolEra::Unknown;
    QStringList supportedVersions; // modern: server/discover's supportedVersions
    // False when a cached modern era let us skip server/discover: we then do not know
    // what the server offers until we ask.
    bool capabilitiesKnown = true;

    // "MCP 2026-07-28" (the era is in the version).
    QString protocolLabel() const { return QStringLiteral("MCP ") + protocolVersion; }

    bool hasCapability(const char *name) const;
    QString displayName() const { return title.isEmpty() ? name : title; }
};

struct Tool
{
    QString name;
    QString title;
    QString description;
    nlohmann::json inputSchema = nlohmann::json::object();
    nlohmann::json outputSchema;   // null when absent
    nlohmann::json annotations;    // untrusted hints
    QString taskSupport;           // "forbidden" | "optional" | "required" | empty
    nlohmann::json raw;            // the tool object as the server sent it

    QString displayTitle() const;
};

struct ContentBlock
{
    QString type;       // text, image, audio, resource_link, resource, or unknown types
    QString text;       // text blocks, and text resources
    QString mimeType;
    QByteArray base64;  // image/audio data, or blob resources
    QString uri;        // resource_link and embedded resources
    QString name;       // resource_link
    nlohmann::json raw;

    // One line for a terminal or a list row: the text itself, or "[image image/png, 1.2 KiB]".
    QString summary() const;
};

struct ToolResult
{
    std::vector<ContentBlock> content;
    nlohmann::json structuredContent; // null when absent
    bool isError = false;
    nlohmann::json raw;

    // All text blocks joined, other blocks summarised: what a user reads.
    QString displayText() const;
};

struct NamedItem   // resources/list and prompts/list entries
{
    QString name;
    QString title;
    QString description;
    QString uri;       // resources only
    nlohmann::json raw;
};

Result<ServerInfo> parseInitializeResult(const nlohmann::json &result);
// A server/discover result (2026-07-28): supportedVersions, capabilities, serverInfo.
Result<ServerInfo> parseDiscoverResult(const nlohmann::json &result);
// resultType: missing (older servers) or "complete" means complete; "input_required"
// asks the client for input (MRTR), handled a layer above McpClient.
bool isCompleteResult(const nlohmann::json &result);
Result<Tool> parseTool(const nlohmann::json &value);
Result<ToolResult> parseToolResult(const nlohmann::json &result);
NamedItem parseNamedItem(const nlohmann::json &value);

QString formatBytes(qint64 bytes);

} // namespace mcpc
