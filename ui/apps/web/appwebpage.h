#pragma once

#include "apps/appresource.h"

#include <QWebEnginePage>

#include <functional>

namespace mcpc::ui {

// The App's page: only our host page in the main frame and the App's own ui:// document
// (or a declared frame origin) in frames; no pop-ups; device permissions only when the
// resource declared them, and then only after the person agrees.
class AppWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    AppWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    void setApp(const QUrl &hostPage, const AppResource &resource);
    // The decision alone (unit tests).
    bool allowsNavigation(const QUrl &url, bool isMainFrame) const;

Q_SIGNALS:
    void blocked(const QUrl &url, const QString &why);
    void permissionAsked(const QString &permission, std::function<void(bool granted)> answer);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    void onFeaturePermission(const QUrl &origin, Feature feature);

    QUrl m_hostPage;
    AppResource m_resource;
};

} // namespace mcpc::ui
