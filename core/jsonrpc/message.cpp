#include "jsonrpc/message.h"

#include "util/boundedjson.h"
#include "util/sizetext.h"

using nlohmann::json;

namespace mcpc::jsonrpc {

namespace {

Error protocolError(const QString &msg, int code = 0)
{
    return Error::make(ErrorKind::Protocol, msg, code);
}

bool validId(const json &id)
{
    // Spec: string or integer, never null. Some peers send floats like 1.0; accept only
    // integral numbers so ids compare exactly.
    return id.is_string() || id.is_number_integer() || id.is_number_unsigned();
}

} // namespace

Result<Message> fromJson(const json &v)
{
    if (!v.is_object())
        return std::unexpected(protocolError(QStringLiteral("A JSON-RPC message must be an object.")));
    const auto version = v.find("jsonrpc");
    if (version == v.end() || !version->is_string() || version->get_ref<const std::string &>() != "2.0")
        return std::unexpected(protocolError(QStringLiteral("The message is not JSON-RPC 2.0 (missing \"jsonrpc\":\"2.0\").")));

    Message m;
    const auto method = v.find("method");
    const auto id = v.find("id");
    if (method != v.end()) {
        if (!method->is_string())
            return std::unexpected(protocolError(QStringLiteral("\"method\" must be a string.")));
        m.method = method->get<std::string>();
        if (auto p = v.find("params"); p != v.end()) {
            if (!p->is_object() && !p->is_array())
                return std::unexpected(protocolError(QStringLiteral("\"params\" must be an object or array.")));
            m.params = *p;
        }
        if (id == v.end()) {
            m.kind = Message::Kind::Notification;
        } else {
            if (!validId(*id))
                return std::unexpected(protocolError(QStringLiteral("A request id must be a string or an integer.")));
            m.kind = Message::Kind::Request;
            m.id = *id;
        }
        return m;
    }

    const auto result = v.find("result");
    const auto error = v.find("error");
    if ((result == v.end()) == (error == v.end()))
        return std::unexpected(protocolError(QStringLiteral("A response must carry exactly one of \"result\" and \"error\".")));
    if (id == v.end() || (!id->is_null() && !validId(*id)))
        return std::unexpected(protocolError(QStringLiteral("A response has a missing or invalid id.")));
    m.id = *id;
    if (result != v.end()) {
        m.kind = Message::Kind::Result;
        m.result = *result;
        return m;
    }
    if (!error->is_object())
        return std::unexpected(protocolError(QStringLiteral("\"error\" must be an object.")));
    const auto code = error->find("code");
    if (code == error->end() || !code->is_number_integer())
        return std::unexpected(protocolError(QStringLiteral("An error object needs an integer \"code\".")));
    m.kind = Message::Kind::Error;
    m.errorCode = code->get<int>();
    if (auto msg = error->find("message"); msg != error->end() && msg->is_string())
        m.errorMessage = msg->get<std::string>();
    if (auto data = error->find("data"); data != error->end())
        m.errorData = *data;
    return m;
}

Result<std::vector<Message>> parseFrame(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return std::unexpected(protocolError(
            QStringLiteral("The server sent a message of %1 bytes, over the %2 limit.").arg(bytes.size()).arg(sizeText(maxBytes))));
    auto parsed = parseJson(bytes, QStringLiteral("The server's reply"),
                            ErrorKind::Protocol, QStringLiteral("The server sent malformed JSON."), ParseError);
    if (!parsed)
        return std::unexpected(parsed.error());
    json v = std::move(*parsed);
    std::vector<Message> out;
    if (v.is_array()) {
        if (v.empty())
            return std::unexpected(protocolError(QStringLiteral("The server sent an empty JSON-RPC batch.")));
        out.reserve(v.size());
        for (const json &item : v) {
            auto m = fromJson(item);
            if (!m)
                return std::unexpected(m.error());
            out.push_back(std::move(*m));
        }
        return out;
    }
    auto m = fromJson(v);
    if (!m)
        return std::unexpected(m.error());
    out.push_back(std::move(*m));
    return out;
}

QByteArray idKey(const json &id)
{
    if (id.is_string())
        return QByteArray("s:") + QByteArray::fromStdString(id.get<std::string>());
    if (id.is_number_integer() || id.is_number_unsigned())
        return QByteArray("n:") + QByteArray::fromStdString(id.dump());
    return QByteArray("null");
}

QByteArray serialize(const json &value)
{
    return QByteArray::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

json makeRequest(const json &id, const std::string &method, const json &params)
{
    json m = {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}};
    if (!params.is_null())
        m["params"] = params;
    return m;
}

json makeNotification(const std::string &method, const json &params)
{
    json m = {{"jsonrpc", "2.0"}, {"method", method}};
    if (!params.is_null())
        m["params"] = params;
    return m;
}

json makeResult(const json &id, const json &result)
{
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", result}};
}

json makeError(const json &id, int code, const std::string &message)
{
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

bool isModernErrorCode(int code)
{
    return code == HeaderMismatch || code == MissingRequiredClientCapability || code == UnsupportedProtocolVersion;
}

QString errorCodeName(int code)
{
    switch (code) {
    case HeaderMismatch: return QStringLiteral("the request's HTTP headers do not match its body");
    case MissingRequiredClientCapability: return QStringLiteral("the server needs a client capability MCP Connect does not offer");
    case UnsupportedProtocolVersion: return QStringLiteral("the server does not support this protocol version");
    case UrlElicitationRequired: return QStringLiteral("the server asks you to open a web page first");
    case ParseError: return QStringLiteral("Parse error");
    case InvalidRequest: return QStringLiteral("Invalid request");
    case MethodNotFound: return QStringLiteral("Method not found");
    case InvalidParams: return QStringLiteral("Invalid params");
    case InternalError: return QStringLiteral("Internal error");
    default: return QStringLiteral("Error");
    }
}

} // namespace mcpc::jsonrpc
