#include "apps/web/appwebpage.h"

#include "apps/appslog.h"

#include <QPointer>

namespace mcpc::ui {

AppWebPage::AppWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &AppWebPage::onFeaturePermission);
}

void AppWebPage::setApp(const QUrl &hostPage, const AppResource &resource)
{
    m_hostPage = hostPage;
    m_resource = resource;
}

bool AppWebPage::allowsNavigation(const QUrl &url, bool isMainFrame) const
{
    const QUrl bare = url.adjusted(QUrl::RemoveFragment);
    if (isMainFrame)
        return bare == m_hostPage;
    if (bare.adjusted(QUrl::RemoveQuery) == m_resource.uri || url.toString() == u"about:blank" || url.toString() == u"about:srcdoc")
        return true;
    return (url.scheme() == u"https" || url.scheme() == u"http") && m_resource.csp.allowsFrame(url);
}

bool AppWebPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    if (allowsNavigation(url, isMainFrame))
        return true;
    qCInfo(lcApps) << "navigation blocked:" << url.toString(QUrl::RemoveQuery);
    Q_EMIT blocked(url, tr("an App cannot navigate away (use a link: it opens in your browser)"));
    return false;
}

QWebEnginePage *AppWebPage::createWindow(WebWindowType)
{
    qCInfo(lcApps) << "pop-up blocked";
    Q_EMIT blocked(QUrl(), QStringLiteral("an App cannot open windows"));
    return nullptr;
}

void AppWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                          const QString &source)
{
    // The App's own console: useful to the server's developer, in our log category.
    if (level == ErrorMessageLevel)
        qCInfo(lcApps).noquote() << "App console error:" << message.left(500) << QStringLiteral("(%1:%2)").arg(source.left(200)).arg(line);
    else
        qCDebug(lcApps).noquote() << "App console:" << message.left(500);
}

void AppWebPage::onFeaturePermission(const QUrl &origin, Feature feature)
{
    QStringList wanted;
    const AppPermissions &p = m_resource.permissions;
    bool declared = false;
    switch (feature) {
    case Geolocation:
        wanted << tr("your location");
        declared = p.geolocation;
        break;
    case MediaAudioCapture:
        wanted << tr("the microphone");
        declared = p.microphone;
        break;
    case MediaVideoCapture:
        wanted << tr("the camera");
        declared = p.camera;
        break;
    case MediaAudioVideoCapture:
        wanted << tr("the camera") << tr("the microphone");
        declared = p.camera && p.microphone;
        break;
    default:
        break;
    }
    if (!declared || origin.scheme() != QLatin1String("ui")) {
        qCInfo(lcApps) << "permission denied (not declared):" << feature;
        Q_EMIT blocked(origin, tr("the App asked for a permission it did not declare"));
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
        return;
    }
    QPointer<AppWebPage> self(this);
    Q_EMIT permissionAsked(wanted.join(tr(" and ")), [self, origin, feature](bool granted) {
        if (self)
            self->setFeaturePermission(origin, feature, granted ? PermissionGrantedByUser : PermissionDeniedByUser);
    });
}

} // namespace mcpc::ui
