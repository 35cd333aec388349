#pragma once

#include "apps/appsurface.h"

#include <QHash>

class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace mcpc::ui {

class AppHostChannel;
class AppRequestInterceptor;
class AppSchemeHandler;
class AppWebPage;

// An App in QtWebEngine. Each surface has its own off-the-record profile (no cookies,
// storage or cache shared with anything, nothing on disk), a host page that frames the
// App in a sandboxed iframe (scripts and forms only: no pop-ups, no top navigation) and
// relays postMessage to the bridge, the App's HTML served from memory with its CSP, and
// the request interceptor and page policies around it.
class AppWebSurface : public AppSurface
{
    Q_OBJECT
public:
    explicit AppWebSurface(QWidget *parent = nullptr);
    ~AppWebSurface() override;

    void load(const AppResource &resource) override;
    void postToApp(const QByteArray &message) override;
    void testProbe(const QString &op, const QString &arg, std::function<void(const QString &)> done) override;

    QWebEngineView *view() const { return m_view; }
    // The host page for `resource` (unit tests read it).
    static QByteArray hostPage(const AppResource &resource);

private:
    void installScripts();

    QWebEngineProfile *m_profile;
    AppSchemeHandler *m_pages;
    AppRequestInterceptor *m_interceptor;
    AppWebPage *m_page;
    QWebEngineView *m_view;
    QWebChannel *m_channel;
    AppHostChannel *m_host;
    bool m_relayReady = false;
    QList<QByteArray> m_outbox;           // bridge messages until the relay is up
    QList<QStringList> m_probeOutbox;     // test probes likewise
    QHash<QString, std::function<void(const QString &)>> m_probes;
    int m_nextProbe = 1;
};

} // namespace mcpc::ui
