#pragma once

#include "http/httpresponse.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace mcpc::http {
struct HttpRequest;
}

namespace mcpc::demo {

// What a modern (MCP 2026-07-28) request says about itself in params._meta.
struct DemoModernMeta
{
    QString protocolVersion;
    nlohmann::json clientCapabilities = nlohmann::json::object();
    nlohmann::json clientInfo;     // null when the client sent none (it is a SHOULD)
    QString logLevel;              // empty: the client wants no notifications/message

    bool hasCapability(const char *name) const;
};

// Era detection and the checks every modern POST passes before it is dispatched
// (spec: basic/versioning and basic/transports/streamable-http, "Server Validation").
// The demo is dual-era: a request carrying _meta io.modelcontextprotocol/protocolVersion
// is modern and served statelessly; `initialize` and anything tied to an Mcp-Session-Id
// stays on the 2025 session path unchanged.
class DemoModernRequest
{
public:
    static const QStringList &supportedVersions(); // modern versions we serve, newest first

    // Modern or legacy, from one JSON-RPC message (not a batch) and its headers.
    static bool isModern(const http::HttpRequest &request, const nlohmann::json &message);
    // GET/DELETE: legacy only when they name a session or a 2025 protocol version.
    static bool isModernStreamRequest(const http::HttpRequest &request);

    // Validates headers against the body and the _meta fields. On failure returns the
    // HTTP answer (400 with -32020, -32602 or -32022, carrying the request's id).
    static std::optional<http::HttpResponse> validate(const http::HttpRequest &request, const nlohmann::json &message,
                                                      DemoModernMeta *meta);

    // Mcp-Name / Mcp-Param-* values: "=?base64?...?=" decoded; nullopt when malformed.
    static std::optional<QString> decodeHeaderValue(const QByteArray &raw);

    // The HTTP status a modern JSON-RPC answer travels with (404 for -32601, 400 for the
    // modern transport errors, else 200).
    static int httpStatusFor(const nlohmann::json &response);

    static constexpr int HeaderMismatch = -32020;
    static constexpr int MissingRequiredClientCapability = -32021;
    static constexpr int UnsupportedProtocolVersion = -32022;
};

} // namespace mcpc::demo
