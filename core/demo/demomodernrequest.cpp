#include "demo/demomodernrequest.h"

#include "demo/demorpc.h"
#include "http/httprequest.h"

namespace mcpc::demo {

using nlohmann::json;

namespace {
constexpr const char *kVersionKey = "io.modelcontextprotocol/protocolVersion";
constexpr const char *kCapabilitiesKey = "io.modelcontextprotocol/clientCapabilities";
constexpr const char *kClientInfoKey = "io.modelcontextprotocol/clientInfo";
constexpr const char *kLogLevelKey = "io.modelcontextprotocol/logLevel";

const json *metaOf(const json &message)
{
    if (!message.is_object())
        return nullptr;
    auto p = message.find("params");
    if (p == message.end() || !p->is_object())
        return nullptr;
    auto m = p->find("_meta");
    return m != p->end() && m->is_object() ? &*m : nullptr;
}

bool isLegacyVersion(const QByteArray &v)
{
    return !v.isEmpty() && DemoRpc::supportedVersions().contains(QString::fromLatin1(v));
}

http::HttpResponse reject(const json &message, int code, const QString &text, json data = nullptr)
{
    json error = {{"code", code}, {"message", text.toStdString()}};
    if (!data.is_null())
        error["data"] = std::move(data);
    const json id = message.is_object() && message.contains("id") ? message.at("id") : json();
    const json body = {{"jsonrpc", "2.0"}, {"id", id}, {"error", error}};
    return http::HttpResponse::json(400, QByteArray::fromStdString(body.dump()));
}

// RFC 9110 field value: visible ASCII, space and tab, no leading/trailing whitespace.
bool plainHeaderValue(const QByteArray &v)
{
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u > 0x7e)
            return false;
    }
    return true;
}

// The body value Mcp-Name mirrors, or nullopt when the method carries none.
std::optional<QString> nameSource(const std::string &method, const json &params)
{
    const char *key = nullptr;
    if (method == "tools/call" || method == "prompts/get")
        key = "name";
    else if (method == "resources/read")
        key = "uri";
    else if (method == "tasks/get" || method == "tasks/update" || method == "tasks/cancel")
        key = "taskId";
    if (!key)
        return std::nullopt;
    auto it = params.is_object() ? params.find(key) : params.end();
    if (!params.is_object() || it == params.end() || !it->is_string())
        return QString(); // required, but the body has no usable value
    return QString::fromStdString(it->get<std::string>());
}
} // namespace

bool DemoModernMeta::hasCapability(const char *name) const
{
    return clientCapabilities.is_object() && clientCapabilities.contains(name)
        && clientCapabilities.at(name).is_object();
}

const QStringList &DemoModernRequest::supportedVersions()
{
    static const QStringList v = {QStringLiteral("2026-07-28")};
    return v;
}

bool DemoModernRequest::isModern(const http::HttpRequest &request, const json &message)
{
    if (const json *meta = metaOf(message); meta && meta->contains(kVersionKey))
        return true; // the spec's rule: per-request _meta selects modern semantics
    if (!message.is_object() || message.value("method", json()) == "initialize")
        return false;
    if (!request.header("mcp-session-id").isEmpty())
        return false;
    // No session and no modern _meta: a modern version header (or a non-2025 one) means
    // a modern client whose request is malformed, which the modern checks then explain.
    const QByteArray version = request.header("mcp-protocol-version");
    return !version.isEmpty() && !isLegacyVersion(version);
}

bool DemoModernRequest::isModernStreamRequest(const http::HttpRequest &request)
{
    return request.header("mcp-session-id").isEmpty() && !isLegacyVersion(request.header("mcp-protocol-version"));
}

std::optional<QString> DemoModernRequest::decodeHeaderValue(const QByteArray &raw)
{
    if (!plainHeaderValue(raw))
        return std::nullopt;
    if (raw.startsWith("=?base64?") && raw.endsWith("?=") && raw.size() >= 11) {
        const QByteArray inner = raw.mid(9, raw.size() - 11);
        auto decoded = QByteArray::fromBase64Encoding(inner, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        const QString text = QString::fromUtf8(*decoded);
        if (text.toUtf8() != *decoded) // not valid UTF-8
            return std::nullopt;
        return text;
    }
    return QString::fromLatin1(raw);
}

std::optional<http::HttpResponse> DemoModernRequest::validate(const http::HttpRequest &request, const json &message,
                                                             DemoModernMeta *out)
{
    const QByteArray headerVersion = request.header("mcp-protocol-version");
    if (headerVersion.isEmpty())
        return reject(message, HeaderMismatch, QStringLiteral("Header mismatch: MCP-Protocol-Version header is required"));
    const json *meta = metaOf(message);
    if (!meta || !meta->contains(kVersionKey) || !meta->at(kVersionKey).is_string())
        return reject(message, DemoRpc::InvalidParams,
                      QStringLiteral("Invalid params: _meta.%1 is required").arg(QLatin1StringView(kVersionKey)));
    if (!meta->contains(kCapabilitiesKey) || !meta->at(kCapabilitiesKey).is_object())
        return reject(message, DemoRpc::InvalidParams,
                      QStringLiteral("Invalid params: _meta.%1 must be an object").arg(QLatin1StringView(kCapabilitiesKey)));
    const QString version = QString::fromStdString(meta->at(kVersionKey).get<std::string>());
    if (QString::fromLatin1(headerVersion) != version)
        return reject(message, HeaderMismatch,
                      QStringLiteral("Header mismatch: MCP-Protocol-Version header does not match the body's protocolVersion"));
    if (!supportedVersions().contains(version)) {
        json supported = json::array();
        for (const QString &v : supportedVersions())
            supported.push_back(v.toStdString());
        return reject(message, UnsupportedProtocolVersion, QStringLiteral("Unsupported protocol version"),
                      json{{"supported", supported}, {"requested", version.toStdString()}});
    }
    const std::string method = message.at("method").get<std::string>();
    if (request.header("mcp-method") != QByteArray::fromStdString(method))
        return reject(message, HeaderMismatch,
                      QStringLiteral("Header mismatch: Mcp-Method header must be present and equal the body's method"));
    if (const auto expected = nameSource(method, message.value("params", json::object()))) {
        const QByteArray raw = request.header("mcp-name");
        const std::optional<QString> name = decodeHeaderValue(raw);
        if (raw.isEmpty() || !name || *name != *expected)
            return reject(message, HeaderMismatch,
                          QStringLiteral("Header mismatch: Mcp-Name header must be present and equal the body's %1")
                              .arg(method == "resources/read" ? u"uri" : u"name"));
    }
    if (out) {
        out->protocolVersion = version;
        out->clientCapabilities = meta->at(kCapabilitiesKey);
        out->clientInfo = meta->value(kClientInfoKey, json());
        const json level = meta->value(kLogLevelKey, json());
        out->logLevel = level.is_string() ? QString::fromStdString(level.get<std::string>()) : QString();
    }
    return std::nullopt;
}

int DemoModernRequest::httpStatusFor(const json &response)
{
    if (!response.is_object() || !response.contains("error") || !response.at("error").is_object())
        return 200;
    const int code = response.at("error").value("code", 0);
    if (code == DemoRpc::MethodNotFound)
        return 404;
    if (code == HeaderMismatch || code == MissingRequiredClientCapability || code == UnsupportedProtocolVersion)
        return 400;
    return 200;
}

} // namespace mcpc::demo
