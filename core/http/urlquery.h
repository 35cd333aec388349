#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mcpc::http {

// Decoded key/value pairs of a query string or an application/x-www-form-urlencoded
// body, in order, with repeats kept. QUrlQuery is not used because it leaves '+' alone
// and keeps some escapes encoded, which is wrong for HTML forms (OAuth /token posts).
class UrlQuery
{
public:
    using Item = QPair<QString, QString>;

    // '&'-separated; ';' is not a separator. Empty pieces are skipped; "a" alone means a="".
    static UrlQuery parse(QByteArrayView encoded, bool plusIsSpace = true);
    // Percent-decoding is lenient: a '%' not followed by two hex digits stays literal.
    static QByteArray percentDecode(QByteArrayView encoded, bool plusIsSpace);
    // Encodes for a form body or a query (space as %20, unreserved characters kept).
    static QByteArray percentEncode(const QString &text);

    bool contains(const QString &key) const;
    QString value(const QString &key, const QString &fallback = {}) const; // first one
    QStringList values(const QString &key) const;
    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    void add(const QString &key, const QString &value) { m_items.append({key, value}); }
    QByteArray toEncoded() const; // "a=1&b=x%20y"

private:
    QList<Item> m_items;
};

} // namespace mcpc::http
