#pragma once

#include "compat/servercatalog.h"
#include "protocol/protocolera.h"
#include "protocol/types.h"

#include <QList>

namespace mcpc::oauth {
struct SignInRecord;
}

namespace mcpc::compat {

// What a connection learned, gathered into the engine's input. transportDescription is
// Transport::describe() ("Streamable HTTP", "HTTP+SSE (2024-11-05)", "stdio (…)"); signIn
// is the OAuth sign-in the connection used (null or empty: no sign-in was needed).
ServerCatalog buildCatalog(const QString &serverName, const ServerInfo &info, ProtocolEra era,
                           const QString &transportDescription, const QList<Tool> &tools,
                           const oauth::SignInRecord *signIn);

// A tool's MCP Apps UI: _meta.ui.resourceUri (or the older flat "ui/resourceUri" key).
bool hasMcpAppUi(const nlohmann::json &rawTool);

} // namespace mcpc::compat
