#pragma once

#include "auth/navigationpolicy.h"

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineProfile;

namespace mcpc::ui {

// The web page inside the consent view. Enforces the navigation rules of
// navigationpolicy.h in acceptNavigationRequest() (which also sees server redirects,
// NavigationTypeRedirect): the redirect to our loopback redirect URI is caught there and
// handed over with redirectCaught(), never loaded, so the authorization code goes
// nowhere else. New windows (target=_blank, window.open) go to the system browser;
// certificate errors are refused (the OS trust store decides, no override); permission
// requests (camera, location, notifications...), file choosers and downloads are denied.
class ConsentPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ConsentPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent = nullptr);

    QUrl redirectUri() const { return m_redirectUri; }
    bool redirectWasCaught() const { return m_caught; }

Q_SIGNALS:
    void redirectCaught(const QUrl &callbackUrl); // once; the full URL (never log it: it has the code)
    void navigationBlocked(const QUrl &url, const QString &reason);
    void openedExternally(const QUrl &url);
    void certificateRejected(const QUrl &url, const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles, const QStringList &acceptedMimeTypes) override;

private:
    QUrl m_redirectUri;
    bool m_caught = false;
};

// Stands in for a new window the consent page asked for: its first navigation goes to the
// system browser (https, or http on this machine), then it deletes itself. A separate
// page object, as reusing the consent page for a popup crashes WebEngine (Nextcloud's
// webview.cpp note).
class ExternalLinkPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ExternalLinkPage(QWebEngineProfile *profile, QObject *parent);

Q_SIGNALS:
    void opened(const QUrl &url);
    void refused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool m_used = false;
};

} // namespace mcpc::ui
