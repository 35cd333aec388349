#include "protocol/types.h"
#include "util/jsonfield.h"

using nlohmann::json;

namespace mcpc {

const QStringList &supportedProtocolVersions()
{
    static const QStringList versions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                      QStringLiteral("2025-03-26")};
    return versions;
}

QString latestProtocolVersion()
{
    return supportedProtocolVersions().first();
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

bool ServerInfo::hasCapability(const char *capName) const
{
    return capabilities.is_object() && capabilities.contains(capName) && !capabilities[capName].is_null();
}

QString Tool::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    const QString annotated = jsonString(annotations, "title");
    return annotated.isEmpty() ? name : annotated;
}

Result<ServerInfo> parseDiscoverResult(const json &r)
{
    if (!r.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The server/discover result is not an object.")));
    ServerInfo info;
    info.era = ProtocolEra::Modern;
    if (auto v = r.find("supportedVersions"); v != r.end() && v->is_array())
        for (const json &x : *v)
            if (x.is_string())
                info.supportedVersions << QString::fromStdString(x.get<std::string>());
    if (info.supportedVersions.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server's server/discover result lists no supportedVersions.")));
    if (auto caps = r.find("capabilities"); caps != r.end() && caps->is_object())
        info.capabilities = *caps;
    json si = r.value("serverInfo", json());
    if (!si.is_object() && r.contains("_meta") && r["_meta"].is_object())
        si = r["_meta"].value("io.modelcontextprotocol/serverInfo", json());
    info.name = jsonString(si, "name");
    info.version = jsonString(si, "version");
    info.title = jsonString(si, "title");
    info.instructions = jsonString(r, "instructions");
    return info;
}

bool isCompleteResult(const json &result)
{
    if (!result.is_object())
        return true;
    auto it = result.find("resultType");
    return it == result.end() || !it->is_string() || *it == "complete";
}

Result<ServerInfo> parseInitializeResult(const json &r)
{
    if (!r.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The initialize result is not an object.")));
    ServerInfo info;
    info.protocolVersion = jsonString(r, "protocolVersion");
    if (info.protocolVersion.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server's initialize result has no protocolVersion.")));
    if (auto caps = r.find("capabilities"); caps != r.end() && caps->is_object())
        info.capabilities = *caps;
    if (auto si = r.find("serverInfo"); si != r.end() && si->is_object()) {
        info.name = jsonString(*si, "name");
        info.version = jsonString(*si, "version");
        info.title = jsonString(*si, "title");
    }
    info.instructions = jsonString(r, "instructions");
    info.era = ProtocolEra::Legacy;
    return info;
}

Result<Tool> parseTool(const json &v)
{
    if (!v.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("A tool entry is not an object.")));
    Tool t;
    t.name = jsonString(v, "name");
    if (t.name.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("A tool has no name.")));
    t.title = jsonString(v, "title");
    t.description = jsonString(v, "description");
    if (auto s = v.find("inputSchema"); s != v.end() && s->is_object())
        t.inputSchema = *s;
    if (auto s = v.find("outputSchema"); s != v.end() && s->is_object())
        t.outputSchema = *s;
    if (auto a = v.find("annotations"); a != v.end() && a->is_object())
        t.annotations = *a;
    if (auto e = v.find("execution"); e != v.end() && e->is_object())
        t.taskSupport = jsonString(*e, "taskSupport");
    t.raw = v;
    return t;
}

QString ContentBlock::summary() const
{
    if (type == u"text")
        return text;
    const qint64 bytes = (base64.size() * 3) / 4;
    if (type == u"image" || type == u"audio")
        return QStringLiteral("[%1 %2, %3]").arg(type, mimeType.isEmpty() ? QStringLiteral("?") : mimeType, formatBytes(bytes));
    if (type == u"resource_link")
        return QStringLiteral("[link %1%2]").arg(name.isEmpty() ? QString() : name + QStringLiteral(" "), uri);
    if (type == u"resource") {
        if (!text.isEmpty())
            return QStringLiteral("[resource %1]\n%2").arg(uri, text);
        return QStringLiteral("[resource %1 %2, %3]").arg(uri, mimeType, formatBytes(bytes));
    }
    return QStringLiteral("[%1 content]").arg(type.isEmpty() ? QStringLiteral("unknown") : type);
}

QString ToolResult::displayText() const
{
    QStringList parts;
    for (const ContentBlock &b : content)
        parts << b.summary();
    return parts.join(u'\n');
}

Result<ToolResult> parseToolResult(const json &r)
{
    if (!r.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The tool result is not an object.")));
    ToolResult out;
    out.raw = r;
    out.isError = jsonBool(r, "isError", false);
    if (auto sc = r.find("structuredContent"); sc != r.end() && !sc->is_null())
        out.structuredContent = *sc;
    auto content = r.find("content");
    if (content != r.end() && content->is_array()) {
        for (const json &b : *content) {
            if (!b.is_object())
                continue;
            ContentBlock block;
            block.raw = b;
            block.type = jsonString(b, "type");
            block.text = jsonString(b, "text");
            block.mimeType = jsonString(b, "mimeType");
            block.base64 = jsonString(b, "data").toLatin1();
            block.uri = jsonString(b, "uri");
            block.name = jsonString(b, "name");
            if (block.type == u"resource") {
                if (auto res = b.find("resource"); res != b.end() && res->is_object()) {
                    block.uri = jsonString(*res, "uri");
                    block.mimeType = jsonString(*res, "mimeType");
                    block.text = jsonString(*res, "text");
                    block.base64 = jsonString(*res, "blob").toLatin1();
                }
            }
            out.content.push_back(std::move(block));
        }
    } else if (out.structuredContent.is_null()) {
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The tool result has no content.")));
    }
    return out;
}

NamedItem parseNamedItem(const json &v)
{
    NamedItem item;
    item.name = jsonString(v, "name");
    item.title = jsonString(v, "title");
    item.description = jsonString(v, "description");
    item.uri = jsonString(v, "uri");
    item.raw = v;
    return item;
}

} // namespace mcpc
