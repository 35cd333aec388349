#include "http/hostguard.h"

#include "http/httprequest.h"

#include <QUrl>

namespace mcpc::http {

HostGuard::HostGuard()
    : m_hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}
{
}

void HostGuard::allowHost(const QString &hostname)
{
    QString h = hostname.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (!h.isEmpty() && !m_hosts.contains(h))
        m_hosts.append(h);
}

QString HostGuard::hostname(QByteArrayView hostAndPort)
{
    const QString s = QString::fromLatin1(hostAndPort).trimmed().toLower();
    if (s.isEmpty())
        return {};
    QString host;
    QString rest;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return {};
        host = s.mid(1, close - 1);
        rest = s.mid(close + 1);
    } else {
        const qsizetype colon = s.indexOf(u':');
        host = colon < 0 ? s : s.left(colon);
        rest = colon < 0 ? QString() : s.mid(colon);
    }
    if (!rest.isEmpty()) {
        bool ok = false;
        const uint port = rest.mid(1).toUInt(&ok);
        if (!rest.startsWith(u':') || !ok || port > 65535)
            return {};
    }
    return host;
}

bool HostGuard::allowsHost(QByteArrayView hostHeader) const
{
    const QString h = hostname(hostHeader);
    return !h.isEmpty() && m_hosts.contains(h);
}

bool HostGuard::allowsOrigin(QByteArrayView origin) const
{
    const QUrl url(QString::fromLatin1(origin).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return false; // includes the opaque origin "null"
    return m_hosts.contains(url.host().toLower());
}

bool HostGuard::allows(const HttpRequest &request, QString *why) const
{
    const QByteArray host = request.headers.value("host");
    if (!allowsHost(host)) {
        if (why)
            *why = QStringLiteral("Host header '%1' is not a loopback name").arg(QString::fromLatin1(host));
        return false;
    }
    if (request.headers.contains("origin") && !allowsOrigin(request.headers.value("origin"))) {
        if (why)
            *why = QStringLiteral("Origin '%1' is not a loopback origin")
                       .arg(QString::fromLatin1(request.headers.value("origin")));
        return false;
    }
    return true;
}

} // namespace mcpc::http
