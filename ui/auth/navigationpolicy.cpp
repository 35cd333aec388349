#include <QCoreApplication>
#include "auth/navigationpolicy.h"

#include "profiles/serverprofile.h"

namespace mcpc::ui {

namespace {

bool isLocalHttp(const QUrl &url)
{
    return url.scheme() == u"http" && !url.host().isEmpty() && isLoopbackHost(url.host());
}

} // namespace

bool isRedirectTarget(const QUrl &url, const QUrl &redirectUri)
{
    return url.isValid() && redirectUri.isValid() && url.scheme() == redirectUri.scheme()
        && url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0 && url.port() == redirectUri.port()
        && url.path() == redirectUri.path();
}

NavigationDecision decideNavigation(const QUrl &url, const QUrl &redirectUri, bool isMainFrame)
{
    using V = NavigationDecision::Verdict;
    if (isRedirectTarget(url, redirectUri)) {
        if (isMainFrame)
            return {V::Intercept, {}};
        return {V::Block, QCoreApplication::translate("Navigationpolicy", "The page tried to load the sign-in answer inside a frame; MCP Connect blocked it.")};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" && !url.host().isEmpty())
        return {V::Allow, {}};
    if (isLocalHttp(url))
        return {V::Allow, {}};
    if (scheme == u"about" && (url.path() == u"blank" || url.path() == u"srcdoc"))
        return {V::Allow, {}};
    if (scheme == u"http")
        return {V::Block, QCoreApplication::translate("Navigationpolicy", "Blocked an unencrypted page (http://%1). Sign-in pages must use HTTPS, so nobody on "
                                         "the network can read or change what you type.").arg(url.host())};
    if (scheme.isEmpty())
        return {V::Block, QCoreApplication::translate("Navigationpolicy", "Blocked a navigation to an invalid address.")};
    return {V::Block, QStringLiteral("Blocked a navigation to a %1: address; the sign-in view only opens web pages.").arg(scheme)};
}

bool isExternallyOpenable(const QUrl &url)
{
    return (url.scheme() == u"https" && !url.host().isEmpty()) || isLocalHttp(url);
}

} // namespace mcpc::ui
