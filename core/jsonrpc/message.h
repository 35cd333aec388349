#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace mcpc::jsonrpc {

// Standard JSON-RPC 2.0 error codes (plus the one MCP adds).
enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    UrlElicitationRequired = -32042,
    // MCP 2026-07-28: errors a modern server answers (see the versioning page).
    HeaderMismatch = -32020,
    MissingRequiredClientCapability = -32021,
    UnsupportedProtocolVersion = -32022,
};

// The JSON-RPC errors only a modern (2026-07-28+) server sends: seeing one settles the era.
bool isModernErrorCode(int code);

constexpr qsizetype kDefaultMaxMessageBytes = 32 * 1024 * 1024; // 32 MiB

struct Message
{
    enum class Kind { Request, Notification, Result, Error };
    Kind kind = Kind::Notification;
    nlohmann::json id;      // null for notifications and id-less errors
    std::string method;     // requests and notifications
    nlohmann::json params;  // may be null
    nlohmann::json result;  // Kind::Result
    int errorCode = 0;      // Kind::Error
    std::string errorMessage;
    nlohmann::json errorData;

    bool isResponse() const { return kind == Kind::Result || kind == Kind::Error; }
};

// Parses one transport frame: a single message or (from 2025-03-26 peers) a batch array.
// Fails with a specific Protocol error for malformed JSON, a frame over maxBytes, or an
// object that is not a JSON-RPC 2.0 message. Never throws.
Result<std::vector<Message>> parseFrame(QByteArrayView bytes, qsizetype maxBytes = kDefaultMaxMessageBytes);
// Validates one already-parsed JSON value.
Result<Message> fromJson(const nlohmann::json &value);

// A canonical key for an id (integers and strings never collide: 7 vs "7").
QByteArray idKey(const nlohmann::json &id);

QByteArray serialize(const nlohmann::json &value);
nlohmann::json makeRequest(const nlohmann::json &id, const std::string &method, const nlohmann::json &params);
nlohmann::json makeNotification(const std::string &method, const nlohmann::json &params);
nlohmann::json makeResult(const nlohmann::json &id, const nlohmann::json &result);
nlohmann::json makeError(const nlohmann::json &id, int code, const std::string &message);

// Human-readable name of a standard code, for error messages ("Method not found").
QString errorCodeName(int code);

} // namespace mcpc::jsonrpc
