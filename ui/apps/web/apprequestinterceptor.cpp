#include "apps/web/apprequestinterceptor.h"

#include "apps/appslog.h"
#include "apps/web/appschemehandler.h"

namespace mcpc::ui {

AppRequestInterceptor::AppRequestInterceptor(const AppSchemeHandler *pages, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_pages(pages)
{
}

QString AppRequestInterceptor::refusal(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type) const
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(AppSchemeHandler::kAppScheme) || scheme == QLatin1String(AppSchemeHandler::kHostScheme))
        return m_pages->serves(url) ? QString() : tr("not part of this App");
    if (scheme == u"data" || scheme == u"blob" || url.toString() == u"about:blank" || url.toString() == u"about:srcdoc")
        return {};
    if (scheme != u"https" && scheme != u"http" && scheme != u"wss" && scheme != u"ws")
        return tr("the %1: scheme is not allowed in Apps").arg(scheme.left(20));
    switch (type) {
    case QWebEngineUrlRequestInfo::ResourceTypeMainFrame:
        return tr("an App cannot navigate away");
    case QWebEngineUrlRequestInfo::ResourceTypeSubFrame:
        return m_csp.allowsFrame(url) ? QString()
                                      : tr("an App cannot navigate away or frame an origin it did not declare in frameDomains");
    case QWebEngineUrlRequestInfo::ResourceTypeXhr:
    case QWebEngineUrlRequestInfo::ResourceTypeWebSocket:
    case QWebEngineUrlRequestInfo::ResourceTypePing:
    case QWebEngineUrlRequestInfo::ResourceTypeSubResource:
        return m_csp.allowsConnect(url) || m_csp.allowsResource(url)
                   ? QString()
                   : tr("the App did not declare this origin in connectDomains");
    default:
        return m_csp.allowsResource(url) ? QString() : tr("the App did not declare this origin in resourceDomains");
    }
}

void AppRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString why = refusal(info.requestUrl(), info.resourceType());
    if (why.isEmpty())
        return;
    qCInfo(lcApps) << "blocked" << info.requestUrl().toString(QUrl::RemoveQuery) << "-" << why;
    info.block(true);
    Q_EMIT blocked(info.requestUrl(), why);
}

} // namespace mcpc::ui
