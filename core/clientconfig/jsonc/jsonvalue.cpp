#include "clientconfig/jsonc/jsonvalue.h"

#include <algorithm>

namespace mcpc::clientconfig {

JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::number(qint64 n)
{
    return rawNumber(QByteArray::number(n));
}

JsonValue JsonValue::rawNumber(const QByteArray &text)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_number = text;
    return v;
}

JsonValue JsonValue::string(const QString &s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = s;
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_items = std::move(items);
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

JsonValue &JsonValue::insert(const QString &key, JsonValue value)
{
    m_type = Type::Object;
    for (Member &m : m_members) {
        if (m.first == key) {
            m.second = std::move(value);
            return *this;
        }
    }
    m_members.emplace_back(key, std::move(value));
    return *this;
}

bool JsonValue::remove(const QString &key)
{
    const auto it = std::find_if(m_members.begin(), m_members.end(), [&](const Member &m) { return m.first == key; });
    if (it == m_members.end())
        return false;
    m_members.erase(it);
    return true;
}

const JsonValue *JsonValue::find(QStringView key) const
{
    // Last one wins, as in JSON.parse, should a hand-edited file repeat a key.
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->first == key)
            return &it->second;
    }
    return nullptr;
}

JsonValue *JsonValue::find(QStringView key)
{
    return const_cast<JsonValue *>(std::as_const(*this).find(key));
}

QStringList JsonValue::keys() const
{
    QStringList out;
    for (const Member &m : m_members)
        out << m.first;
    return out;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void JsonValue::write(QByteArray &out, bool sorted) const
{
    switch (m_type) {
    case Type::Null: out += "null"; return;
    case Type::Bool: out += m_bool ? "true" : "false"; return;
    case Type::Number: out += m_number; return;
    case Type::String: appendJsonString(out, m_string); return;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ',';
            m_items[i].write(out, sorted);
        }
        out += ']';
        return;
    case Type::Object: {
        std::vector<const Member *> order;
        order.reserve(m_members.size());
        for (const Member &m : m_members)
            order.push_back(&m);
        if (sorted) {
            // Duplicate keys collapse to the last one, as every client's parser does.
            std::stable_sort(order.begin(), order.end(), [](const Member *a, const Member *b) { return a->first < b->first; });
            std::vector<const Member *> unique;
            for (const Member *m : order) {
                if (!unique.empty() && unique.back()->first == m->first)
                    unique.back() = m;
                else
                    unique.push_back(m);
            }
            order.swap(unique);
        }
        out += '{';
        bool first = true;
        for (const Member *m : order) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, m->first);
            out += ':';
            m->second.write(out, sorted);
        }
        out += '}';
        return;
    }
    }
}

QByteArray JsonValue::toCompactJson() const
{
    QByteArray out;
    write(out, false);
    return out;
}

QByteArray JsonValue::canonicalJson() const
{
    QByteArray out;
    write(out, true);
    return out;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    return canonicalJson() == other.canonicalJson();
}

} // namespace mcpc::clientconfig
