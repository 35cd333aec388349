#pragma once

#include "apps/appresource.h"

#include <QWebEngineUrlRequestInterceptor>

#include <functional>

namespace mcpc::ui {

class AppSchemeHandler;

// The network side of an App's sandbox, for every request its profile makes: our own
// pages (served from memory), data: and blob:, and the origins the resource declared
// (connectDomains for fetch/XHR/WebSocket, resourceDomains for the rest, frameDomains for
// frames). Everything else is blocked and reported, whatever the page's CSP says.
class AppRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    AppRequestInterceptor(const AppSchemeHandler *pages, QObject *parent = nullptr);
    void setCsp(const AppCsp &csp) { m_csp = csp; }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    // The decision alone (unit tests): empty when allowed, else why not.
    QString refusal(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type) const;

Q_SIGNALS:
    void blocked(const QUrl &url, const QString &why);

private:
    const AppSchemeHandler *m_pages;
    AppCsp m_csp;
};

} // namespace mcpc::ui
