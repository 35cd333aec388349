#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace mcpc::clientconfig {

// A small ordered JSON value: client entries are written with their keys in the order the
// client's own tools use ({"type","url"}, {"command","args"}), which QJsonObject (sorted)
// cannot do. Numbers keep their source text so nothing is reformatted by a round trip.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, JsonValue>;

    JsonValue() = default;
    static JsonValue null() { return {}; }
    static JsonValue boolean(bool b);
    static JsonValue number(qint64 n);
    static JsonValue rawNumber(const QByteArray &text); // text must be a valid JSON number
    static JsonValue string(const QString &s);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object();

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }

    // Object access. insert() keeps the position of an existing key.
    JsonValue &insert(const QString &key, JsonValue value);
    bool remove(const QString &key);
    const JsonValue *find(QStringView key) const;
    JsonValue *find(QStringView key);
    const std::vector<Member> &members() const { return m_members; }
    QStringList keys() const;

    // Array access.
    void append(JsonValue value) { m_items.push_back(std::move(value)); }
    const std::vector<JsonValue> &items() const { return m_items; }

    QString toString() const { return m_type == Type::String ? m_string : QString(); }
    bool toBool() const { return m_type == Type::Bool && m_bool; }
    QByteArray numberText() const { return m_number; }

    // JSON.stringify(value) without spacing: what deeplinks and compact files carry.
    QByteArray toCompactJson() const;
    // Compact with object keys sorted: the form we hash to recognise "our" entry, so a
    // client reordering keys or re-indenting the file is not mistaken for a hand edit.
    QByteArray canonicalJson() const;

    bool operator==(const JsonValue &other) const;

private:
    void write(QByteArray &out, bool sorted) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_number;
    QString m_string;
    std::vector<JsonValue> m_items;
    std::vector<Member> m_members;
};

// Appends s as a JSON string literal, escaped the way JSON.stringify does (UTF-8 kept).
void appendJsonString(QByteArray &out, const QString &s);

} // namespace mcpc::clientconfig
