#include "apps/web/appwebsurface.h"

#include "apps/appslog.h"
#include "apps/web/apphostchannel.h"
#include "apps/web/apprequestinterceptor.h"
#include "apps/web/appschemehandler.h"
#include "apps/web/appwebpage.h"

#include <QFile>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace mcpc::ui {

namespace {

const QUrl kHostPage(QStringLiteral("mcpc-app-host://app/index.html"));

// Runs in the host page's main frame, in a JavaScript world of its own (the App's frame
// is another origin and cannot reach it). Listens from the first moment, so an App that
// starts before the channel is up loses nothing.
const char kRelayScript[] = R"JS(
(function () {
  if (location.protocol !== 'mcpc-app-host:') return;
  var host = null, early = [];
  function frame() { var f = document.getElementById('app'); return f ? f.contentWindow : null; }
  window.addEventListener('message', function (e) {
    if (!frame() || e.source !== frame()) return;
    var d = e.data;
    if (d && typeof d === 'object' && d.mcpcTestReply !== undefined) {
      if (host) host.testReply(String(d.mcpcTestReply), String(d.value));
      return;
    }
    var text;
    try { text = JSON.stringify(d); } catch (x) { return; }
    if (host) host.fromApp(text); else early.push(text);
  });
  new QWebChannel(qt.webChannelTransport, function (channel) {
    host = channel.objects.mcpcHost;
    host.toApp.connect(function (text) {
      var m; try { m = JSON.parse(text); } catch (x) { return; }
      if (frame()) frame().postMessage(m, '*');
    });
    host.testToApp.connect(function (id, op, arg) {
      if (frame()) frame().postMessage({ mcpcTest: id, op: op, arg: arg }, '*');
    });
    early.splice(0).forEach(function (t) { host.fromApp(t); });
    host.relayReady();
  });
})();
)JS";

// Tests only (MCPC_APP_TEST_HOOK=1): in the App's frame, in a separate world, answers
// "click" and "text" on an element, so a test can press the App's own button and read
// what it shows.
const char kTestHookScript[] = R"JS(
(function () {
  if (location.protocol !== 'ui:' || window === window.top) return;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || typeof d !== 'object' || d.mcpcTest === undefined) return;
    var value;
    try {
      var el = document.querySelector(d.arg);
      if (!el) value = '<no element>';
      else if (d.op === 'click') { el.click(); value = 'clicked'; }
      else value = el.textContent;
    } catch (x) { value = '<error ' + x + '>'; }
    window.parent.postMessage({ mcpcTestReply: d.mcpcTest, value: value }, '*');
  });
})();
)JS";

bool testHookEnabled()
{
    return qEnvironmentVariable("MCPC_APP_TEST_HOOK") == u"1";
}

} // namespace

AppWebSurface::AppWebSurface(QWidget *parent)
    : AppSurface(parent)
    , m_profile(new QWebEngineProfile()) // no storage name: off the record, nothing on disk
    , m_pages(new AppSchemeHandler(m_profile))
    , m_interceptor(new AppRequestInterceptor(m_pages, m_profile))
    , m_page(new AppWebPage(m_profile))
    , m_view(new QWebEngineView(this))
    , m_channel(new QWebChannel(this))
    , m_host(new AppHostChannel(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->installUrlSchemeHandler(AppSchemeHandler::kAppScheme, m_pages);
    m_profile->installUrlSchemeHandler(AppSchemeHandler::kHostScheme, m_pages);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, true);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);

    m_channel->registerObject(QStringLiteral("mcpcHost"), m_host);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    installScripts();
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    connect(m_host, &AppHostChannel::messageFromApp, this, &AppSurface::messageFromApp);
    connect(m_host, &AppHostChannel::ready, this, [this] {
        m_relayReady = true;
        for (const QByteArray &m : std::exchange(m_outbox, {}))
            Q_EMIT m_host->toApp(QString::fromUtf8(m));
        for (const QStringList &p : std::exchange(m_probeOutbox, {}))
            Q_EMIT m_host->testToApp(p.at(0), p.at(1), p.at(2));
    });
    connect(m_host, &AppHostChannel::testReplied, this, [this](const QString &id, const QString &value) {
        if (auto done = m_probes.take(id))
            done(value);
    });
    connect(m_interceptor, &AppRequestInterceptor::blocked, this, &AppSurface::blocked);
    connect(m_page, &AppWebPage::blocked, this, &AppSurface::blocked);
    connect(m_page, &AppWebPage::permissionAsked, this, &AppSurface::permissionAsked);
    connect(m_page, &QWebEnginePage::loadFinished, this, &AppSurface::loaded);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this](QWebEnginePage::RenderProcessTerminationStatus status) {
        if (status != QWebEnginePage::NormalTerminationStatus)
            Q_EMIT blocked(QUrl(), QStringLiteral("the App's page stopped (its renderer process ended)"));
    });

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(m_view);
}

AppWebSurface::~AppWebSurface()
{
    // The page before its profile (QtWebEngine requires it).
    delete m_view;
    delete m_page;
    delete m_profile;
}

void AppWebSurface::installScripts()
{
    QFile channelJs(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    if (!channelJs.open(QIODevice::ReadOnly))
        qCWarning(lcApps) << "qwebchannel.js is missing: Apps cannot talk to the host";
    QWebEngineScript relay;
    relay.setName(QStringLiteral("mcpc-app-relay"));
    relay.setSourceCode(QString::fromUtf8(channelJs.readAll()) + QString::fromLatin1(kRelayScript));
    relay.setInjectionPoint(QWebEngineScript::DocumentCreation);
    relay.setWorldId(QWebEngineScript::ApplicationWorld);
    relay.setRunsOnSubFrames(false);
    m_page->scripts().insert(relay);
    if (testHookEnabled()) {
        QWebEngineScript hook;
        hook.setName(QStringLiteral("mcpc-app-test-hook"));
        hook.setSourceCode(QString::fromLatin1(kTestHookScript));
        hook.setInjectionPoint(QWebEngineScript::DocumentCreation);
        hook.setWorldId(QWebEngineScript::ApplicationWorld + 1);
        hook.setRunsOnSubFrames(true);
        m_page->scripts().insert(hook);
    }
}

QByteArray AppWebSurface::hostPage(const AppResource &resource)
{
    // Our page has no script of its own (the relay runs in its own world), so its CSP
    // allows none. Its frame may start navigations to the web so that AppWebPage sees
    // them and refuses them (the App then stays as it was; a CSP refusal here would
    // replace it with an error page); the request interceptor is the second wall.
    QStringList allow;
    if (resource.permissions.camera)
        allow << QStringLiteral("camera");
    if (resource.permissions.microphone)
        allow << QStringLiteral("microphone");
    if (resource.permissions.geolocation)
        allow << QStringLiteral("geolocation");
    if (resource.permissions.clipboardWrite)
        allow << QStringLiteral("clipboard-write");
    const QString src = resource.uri.toString(QUrl::FullyEncoded).toHtmlEscaped();
    return QStringLiteral(
               "<!doctype html><html><head><meta charset=\"utf-8\">"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; frame-src ui: https: http:\">"
               "<style>html,body{margin:0;padding:0;height:100%;overflow:hidden}"
               "iframe{display:block;border:0;width:100%;height:100%}</style></head><body>"
               "<iframe id=\"app\" title=\"App\" sandbox=\"allow-scripts allow-same-origin allow-forms\" allow=\"%1\" src=\"%2\">"
               "</iframe></body></html>")
        .arg(allow.join(QStringLiteral("; ")), src)
        .toUtf8();
}

void AppWebSurface::load(const AppResource &resource)
{
    m_relayReady = false;
    m_outbox.clear();
    m_probeOutbox.clear();
    m_pages->serve(kHostPage, "text/html;charset=utf-8", hostPage(resource));
    m_pages->serve(resource.uri, "text/html;charset=utf-8", resource.servedHtml());
    m_interceptor->setCsp(resource.csp);
    m_page->setApp(kHostPage, resource);
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    m_page->load(kHostPage);
}

void AppWebSurface::postToApp(const QByteArray &message)
{
    if (m_relayReady)
        Q_EMIT m_host->toApp(QString::fromUtf8(message));
    else
        m_outbox << message;
}

void AppWebSurface::testProbe(const QString &op, const QString &arg, std::function<void(const QString &)> done)
{
    if (!testHookEnabled())
        return;
    const QString id = QString::number(m_nextProbe++);
    m_probes.insert(id, std::move(done));
    if (m_relayReady)
        Q_EMIT m_host->testToApp(id, op, arg);
    else
        m_probeOutbox << QStringList{id, op, arg};
}

} // namespace mcpc::ui
