#include "protocol/modernheaders.h"

using nlohmann::json;

namespace mcpc::modern {

namespace {

constexpr qint64 kMaxSafeInteger = 9007199254740991LL; // 2^53 - 1, JavaScript's bound

bool isTchar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(QChar(c));
}

bool isPrimitiveType(const json &type)
{
    auto ok = [](const json &t) { return t.is_string() && (t == "string" || t == "integer" || t == "boolean"); };
    if (type.is_string())
        return ok(type);
    if (!type.is_array() || type.empty())
        return false;
    bool any = false;
    for (const json &t : type) {
        if (t == "null")
            continue;
        if (!ok(t))
            return false;
        any = true;
    }
    return any;
}

// Counts x-mcp-header keys anywhere in the schema (not inside data such as const/enum,
// and not mistaking a property *named* x-mcp-header for an annotation).
int countAnnotations(const json &node, int depth)
{
    if (depth > 64)
        return 0;
    int n = 0;
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string &key = it.key();
            if (key == "x-mcp-header") {
                ++n;
                continue;
            }
            if (key == "const" || key == "enum" || key == "default" || key == "examples")
                continue;
            if ((key == "properties" || key == "$defs" || key == "definitions" || key == "patternProperties")
                && it->is_object()) {
                for (const json &sub : *it)
                    n += countAnnotations(sub, depth + 1);
                continue;
            }
            n += countAnnotations(*it, depth + 1);
        }
    } else if (node.is_array()) {
        for (const json &sub : node)
            n += countAnnotations(sub, depth + 1);
    }
    return n;
}

Error invalid(const QString &why)
{
    return Error::make(ErrorKind::Protocol, why);
}

// Walks the properties-only chains from the root, collecting annotations.
Result<void> collect(const json &schema, std::vector<std::string> &path, QList<HeaderParam> &out, int depth)
{
    if (depth > 32 || !schema.is_object())
        return {};
    auto props = schema.find("properties");
    if (props == schema.end() || !props->is_object())
        return {};
    for (auto it = props->begin(); it != props->end(); ++it) {
        if (!it->is_object())
            continue;
        path.push_back(it.key());
        if (auto h = it->find("x-mcp-header"); h != it->end()) {
            const QString where = QString::fromStdString(it.key());
            if (!h->is_string())
                return std::unexpected(invalid(QStringLiteral("x-mcp-header of '%1' is not a string").arg(where)));
            const QString name = QString::fromStdString(h->get<std::string>());
            if (name.isEmpty())
                return std::unexpected(invalid(QStringLiteral("x-mcp-header of '%1' is empty").arg(where)));
            for (QChar c : name)
                if (!isTchar(c.unicode()))
                    return std::unexpected(invalid(
                        QStringLiteral("x-mcp-header of '%1' has a character not allowed in an HTTP header name").arg(where)));
            for (const HeaderParam &p : out)
                if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                    return std::unexpected(invalid(QStringLiteral("x-mcp-header '%1' is used twice").arg(name)));
            if (!isPrimitiveType(it->value("type", json())))
                return std::unexpected(invalid(
                    QStringLiteral("x-mcp-header on '%1', which is not a string, integer or boolean parameter").arg(where)));
            out.append({path, name});
        }
        if (auto r = collect(*it, path, out, depth + 1); !r)
            return r;
        path.pop_back();
    }
    return {};
}

} // namespace

QByteArray encodeHeaderValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bool plain = !utf8.isEmpty() ? (utf8.front() != ' ' && utf8.back() != ' ') : true;
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7E) { // control characters (tab too), DEL, non-ASCII
            plain = false;
            break;
        }
    }
    if (plain && utf8.startsWith("=?base64?") && utf8.endsWith("?="))
        plain = false;
    if (plain)
        return utf8;
    return "=?base64?" + utf8.toBase64() + "?=";
}

HeaderList standardHeaders(const std::string &method, const json &params)
{
    HeaderList h{{"Mcp-Method", QByteArray::fromStdString(method)}};
    const char *nameKey = (method == "tools/call" || method == "prompts/get") ? "name"
                        : method == "resources/read"                         ? "uri"
                        // Tasks extension (SEP-2663): routes task requests to the instance holding the task.
                        : (method == "tasks/get" || method == "tasks/update" || method == "tasks/cancel") ? "taskId"
                                                                              : nullptr;
    if (nameKey && params.is_object()) {
        auto it = params.find(nameKey);
        if (it != params.end() && it->is_string())
            h.append({"Mcp-Name", encodeHeaderValue(QString::fromStdString(it->get<std::string>()))});
    }
    return h;
}

Result<QList<HeaderParam>> headerParams(const json &inputSchema)
{
    QList<HeaderParam> out;
    std::vector<std::string> path;
    if (auto r = collect(inputSchema, path, out, 0); !r)
        return std::unexpected(r.error());
    if (countAnnotations(inputSchema, 0) != out.size())
        return std::unexpected(invalid(QStringLiteral(
            "an x-mcp-header annotation is not reachable through properties alone (it sits under items, a combinator or $ref)")));
    return out;
}

HeaderList paramHeaders(const QList<HeaderParam> &params, const json &arguments)
{
    HeaderList h;
    for (const HeaderParam &p : params) {
        const json *v = &arguments;
        for (const std::string &key : p.path) {
            if (!v->is_object() || !v->contains(key)) {
                v = nullptr;
                break;
            }
            v = &(*v)[key];
        }
        if (!v || v->is_null())
            continue;
        QString text;
        if (v->is_string())
            text = QString::fromStdString(v->get<std::string>());
        else if (v->is_boolean())
            text = v->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v->is_number_integer() && std::llabs(v->get<qint64>()) <= kMaxSafeInteger)
            text = QString::number(v->get<qint64>());
        else if (v->is_number_unsigned() && v->get<quint64>() <= quint64(kMaxSafeInteger))
            text = QString::number(v->get<quint64>());
        else if (v->is_number_float() && v->get<double>() == double(qint64(v->get<double>())))
            text = QString::number(qint64(v->get<double>()));
        else
            continue; // not a value the annotation allows; the server's validation says so
        h.append({"Mcp-Param-" + p.name.toLatin1(), encodeHeaderValue(text)});
    }
    return h;
}

} // namespace mcpc::modern
