#include "http/urlquery.h"

#include "util/hexdigit.h"
#include "util/utf8.h"

#include <QUrl>

namespace mcpc::http {

QByteArray UrlQuery::percentDecode(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else if (c == '%' && i + 2 < encoded.size() && hexDigitValue(encoded[i + 1]) >= 0 && hexDigitValue(encoded[i + 2]) >= 0) {
            out.append(char(hexDigitValue(encoded[i + 1]) * 16 + hexDigitValue(encoded[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray UrlQuery::percentEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

UrlQuery UrlQuery::parse(QByteArrayView encoded, bool plusIsSpace)
{
    UrlQuery q;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView piece = encoded.sliced(start, end - start);
        if (!piece.isEmpty()) {
            const qsizetype eq = piece.indexOf('=');
            const QByteArrayView key = eq < 0 ? piece : piece.first(eq);
            const QByteArrayView value = eq < 0 ? QByteArrayView() : piece.sliced(eq + 1);
            // utf8ToString: a leading U+FEFF is kept, so parse(toEncoded()) gives the same items.
            q.add(utf8ToString(percentDecode(key, plusIsSpace)), utf8ToString(percentDecode(value, plusIsSpace)));
        }
        start = end + 1;
    }
    return q;
}

bool UrlQuery::contains(const QString &key) const
{
    for (const Item &i : m_items) {
        if (i.first == key)
            return true;
    }
    return false;
}

QString UrlQuery::value(const QString &key, const QString &fallback) const
{
    for (const Item &i : m_items) {
        if (i.first == key)
            return i.second;
    }
    return fallback;
}

QStringList UrlQuery::values(const QString &key) const
{
    QStringList out;
    for (const Item &i : m_items) {
        if (i.first == key)
            out.append(i.second);
    }
    return out;
}

QByteArray UrlQuery::toEncoded() const
{
    QByteArray out;
    for (const Item &i : m_items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(i.first));
        out.append('=');
        out.append(percentEncode(i.second));
    }
    return out;
}

} // namespace mcpc::http
