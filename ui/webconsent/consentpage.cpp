#include "webconsent/consentpage.h"

#include "util/logging.h"

#include <QDesktopServices>
#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace mcpc::ui {

ConsentPage::ConsentPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false); // popups need a click
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);

    // Qt 6 rejects unless acceptCertificate() is called; say so explicitly and tell the user.
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        QWebEngineCertificateError e = error; // shares the controller: rejecting the copy rejects it
        e.rejectCertificate();
        qCInfo(lcOAuth) << "consent view: refused a certificate error for" << error.url().host();
        Q_EMIT certificateRejected(error.url(), error.description());
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, Feature feature) {
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
    });
}

bool ConsentPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    if (m_caught)
        return false; // the answer is in; nothing else loads
    const NavigationDecision d = decideNavigation(url, m_redirectUri, isMainFrame);
    switch (d.verdict) {
    case NavigationDecision::Verdict::Intercept:
        m_caught = true;
        qCInfo(lcOAuth) << "consent view: caught the redirect to" << m_redirectUri.toString() << "(not loaded)";
        Q_EMIT redirectCaught(url);
        return false;
    case NavigationDecision::Verdict::Allow:
        return true;
    case NavigationDecision::Verdict::Block:
        break;
    }
    qCInfo(lcOAuth).noquote() << "consent view: blocked a navigation to" << url.scheme() + QStringLiteral(":") << url.host();
    Q_EMIT navigationBlocked(url, d.reason);
    return false;
}

QWebEnginePage *ConsentPage::createWindow(WebWindowType)
{
    auto *page = new ExternalLinkPage(profile(), this);
    connect(page, &ExternalLinkPage::opened, this, &ConsentPage::openedExternally);
    connect(page, &ExternalLinkPage::refused, this, [this](const QUrl &url) {
        Q_EMIT navigationBlocked(url, decideNavigation(url, m_redirectUri, true).reason);
    });
    return page;
}

QStringList ConsentPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {}; // a consent page has no business reading files
}

ExternalLinkPage::ExternalLinkPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // Nobody may keep a popup waiting around: if it never navigates, it goes.
    QTimer::singleShot(30000, this, &QObject::deleteLater);
}

bool ExternalLinkPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    if (!isMainFrame || m_used)
        return false;
    m_used = true;
    if (isExternallyOpenable(url) && !url.isEmpty()) {
        QDesktopServices::openUrl(url);
        Q_EMIT opened(url);
    } else {
        Q_EMIT refused(url);
    }
    deleteLater();
    return false;
}

} // namespace mcpc::ui
