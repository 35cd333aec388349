#include "oauth/wellknownurls.h"

#include "profiles/serverprofile.h"

namespace mcpc::oauth::wellknown {

namespace {

QString trimmedPath(const QUrl &url)
{
    QString p = url.path(QUrl::FullyEncoded);
    while (p.endsWith(u'/'))
        p.chop(1);
    return p;
}

QUrl originWithPath(const QUrl &base, const QString &encodedPath, const QString &query = {})
{
    QUrl u;
    u.setScheme(base.scheme().toLower());
    u.setHost(base.host().toLower());
    u.setPort(base.port());
    u.setPath(encodedPath, QUrl::TolerantMode);
    if (!query.isEmpty())
        u.setQuery(query, QUrl::TolerantMode);
    return u;
}

void addUnique(QList<QUrl> *list, const QUrl &u)
{
    if (u.isValid() && !list->contains(u))
        list->append(u);
}

int effectivePort(const QUrl &u)
{
    return u.port(u.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

QList<QUrl> protectedResourceUrls(const QUrl &serverUrl, const QUrl &fromChallenge)
{
    QList<QUrl> out;
    if (fromChallenge.isValid() && !fromChallenge.isEmpty())
        addUnique(&out, fromChallenge);
    const QString path = trimmedPath(serverUrl);
    if (!path.isEmpty())
        addUnique(&out, originWithPath(serverUrl, QStringLiteral("/.well-known/oauth-protected-resource") + path,
                                       serverUrl.query(QUrl::FullyEncoded)));
    addUnique(&out, originWithPath(serverUrl, QStringLiteral("/.well-known/oauth-protected-resource")));
    return out;
}

QList<QUrl> authServerUrls(const QUrl &issuer)
{
    QList<QUrl> out;
    const QString path = trimmedPath(issuer);
    if (path.isEmpty()) {
        addUnique(&out, originWithPath(issuer, QStringLiteral("/.well-known/oauth-authorization-server")));
        addUnique(&out, originWithPath(issuer, QStringLiteral("/.well-known/openid-configuration")));
    } else {
        addUnique(&out, originWithPath(issuer, QStringLiteral("/.well-known/oauth-authorization-server") + path));
        addUnique(&out, originWithPath(issuer, QStringLiteral("/.well-known/openid-configuration") + path));
        addUnique(&out, originWithPath(issuer, path + QStringLiteral("/.well-known/openid-configuration")));
    }
    return out;
}

QUrl legacyAuthServer(const QUrl &serverUrl)
{
    return originWithPath(serverUrl, QString());
}

QString canonicalResource(const QUrl &serverUrl)
{
    QUrl u = serverUrl.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if (u.path() == u"/")
        u.setPath(QString());
    return u.toString(QUrl::FullyEncoded);
}

bool resourceMatchesServer(const QString &prmResource, const QUrl &serverUrl)
{
    const QUrl r(prmResource, QUrl::StrictMode);
    if (!r.isValid() || r.scheme().isEmpty() || r.host().isEmpty() || r.hasFragment())
        return false;
    if (r.scheme().compare(serverUrl.scheme(), Qt::CaseInsensitive) != 0
        || r.host().compare(serverUrl.host(), Qt::CaseInsensitive) != 0 || effectivePort(r) != effectivePort(serverUrl))
        return false;
    const QString rp = trimmedPath(r);
    const QString sp = trimmedPath(serverUrl);
    return rp.isEmpty() || sp == rp || sp.startsWith(rp + u'/');
}

bool isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopbackHost(url.host());
}

} // namespace mcpc::oauth::wellknown
