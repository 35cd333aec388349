#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace mcpc::http {

// Header fields in arrival order. Names compare case-insensitively (RFC 9110 §5.1);
// repeated fields are kept as separate entries so nothing is lost, and values() or
// combined() give the list view that comma-separated headers need.
class HttpHeaders
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    void add(const QByteArray &name, const QByteArray &value);
    void set(const QByteArray &name, const QByteArray &value); // replaces every field of that name
    void remove(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name, const QByteArray &fallback = {}) const; // first one
    QList<QByteArray> values(QByteArrayView name) const;
    QByteArray combined(QByteArrayView name) const; // all values joined with ", "
    // True when a comma-separated header (Connection, Transfer-Encoding) lists token.
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<Field> m_fields;
};

} // namespace mcpc::http
