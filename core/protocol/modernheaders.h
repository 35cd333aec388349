#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mcpc::modern {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Streamable HTTP (2026-07-28) header value encoding: plain when the value is visible
// ASCII (inner spaces allowed), else "=?base64?<UTF-8 as Base64>?=". A plain value that
// looks like the sentinel is encoded too, so a server never mis-decodes it.
QByteArray encodeHeaderValue(const QString &value);

// Mcp-Method, and Mcp-Name (params.name or params.uri) for tools/call, resources/read
// and prompts/get.
HeaderList standardHeaders(const std::string &method, const nlohmann::json &params);

// One `x-mcp-header` annotation: the chain of `properties` keys to the parameter, and
// the header name part ("Region" -> Mcp-Param-Region).
struct HeaderParam
{
    std::vector<std::string> path;
    QString name;
};

// Reads and validates a tool's x-mcp-header annotations. An invalid annotation (empty,
// not an HTTP token, duplicate ignoring case, on a non-primitive or number parameter, or
// reachable only through items/anyOf/$ref...) makes the whole tool invalid: the error
// says why, for the warning.
Result<QList<HeaderParam>> headerParams(const nlohmann::json &inputSchema);

// Mcp-Param-{Name} headers for a call's arguments; absent and null values are omitted.
HeaderList paramHeaders(const QList<HeaderParam> &params, const nlohmann::json &arguments);

} // namespace mcpc::modern
