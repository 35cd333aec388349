#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mcpc::compat {

// What the compatibility engine needs to know about a server: its tools and the shape of
// its offer, as MCP Connect saw them when it connected (see catalogbuilder.h).
struct CatalogTool
{
    QString name;
    QString description;
    nlohmann::json inputSchema = nlohmann::json::object();
    bool mcpApp = false; // _meta.ui.resourceUri: an MCP Apps UI for this tool
};

struct ServerCatalog
{
    QString serverName;        // the entry name the client gets (profile name); prefixes use it
    QList<CatalogTool> tools;
    bool resources = false;
    bool prompts = false;
    QString instructions;
    bool oauth = false;        // the server needs an OAuth sign-in
    // How a client may register with the server's authorization server: "dcr", "cimd",
    // "preRegistered" (the last: only clients that were given a client id).
    QStringList registration;
    QStringList eras;          // "legacy", "modern": what the server speaks
    QStringList transports;    // "streamable-http", "sse", "stdio"

    bool mcpApps() const
    {
        for (const CatalogTool &t : tools)
            if (t.mcpApp)
                return true;
        return false;
    }
};

} // namespace mcpc::compat
