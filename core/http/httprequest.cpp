#include "http/httprequest.h"

namespace mcpc::http {

bool HttpRequest::keepAlive() const
{
    // HTTP/1.0 keep-alive is a negotiated extension we don't offer: close after one.
    if (versionMinor == 0)
        return false;
    return !headers.hasToken("connection", "close");
}

QByteArray HttpRequest::mediaType() const
{
    QByteArray ct = headers.value("content-type");
    const qsizetype semi = ct.indexOf(';');
    if (semi >= 0)
        ct.truncate(semi);
    return ct.trimmed().toLower();
}

UrlQuery HttpRequest::form() const
{
    if (mediaType() != "application/x-www-form-urlencoded")
        return {};
    return UrlQuery::parse(body, true);
}

bool HttpRequest::accepts(QByteArrayView wanted) const
{
    const QByteArray accept = headers.combined("accept");
    const qsizetype slash = wanted.indexOf('/');
    const QByteArrayView wantedType = slash < 0 ? wanted : wanted.first(slash);
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed().toLower();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0.0)
                refused = true;
        }
        if (refused || type.isEmpty())
            continue;
        if (type == "*/*" || type.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
        if (type.endsWith("/*") && type.first(type.size() - 2).compare(wantedType, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace mcpc::http
