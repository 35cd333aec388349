// The web side of an App's sandbox, decided without starting Chromium: which requests
// the interceptor lets through (our own pages, declared origins only), which
// navigations the page accepts, what the scheme handler serves, the host page's frame
// attributes, and whether Apps may render at all where Chromium's sandbox cannot run.
#include "apps/appviewloader.h"
#include "apps/web/apprequestinterceptor.h"
#include "apps/web/appschemehandler.h"
#include "apps/web/appwebsurface.h"

#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using RT = QWebEngineUrlRequestInfo;

class TestAppSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interceptorAllowsOnlyOwnPagesAndDeclaredOrigins();
    void hostPageFramesTheAppInASandbox();
    void renderPolicyFollowsTheChromiumSandbox();
};

void TestAppSandbox::interceptorAllowsOnlyOwnPagesAndDeclaredOrigins()
{
    AppSchemeHandler pages;
    const QUrl app(QStringLiteral("ui://get-time/mcp-app.html"));
    pages.serve(app, "text/html", "<p>x</p>");
    QVERIFY(pages.serves(app));
    QVERIFY(pages.serves(QUrl(QStringLiteral("ui://get-time/mcp-app.html#top"))));
    QVERIFY(!pages.serves(QUrl(QStringLiteral("ui://get-time/other.html"))));
    QVERIFY(!pages.serves(QUrl(QStringLiteral("ui://other-server/mcp-app.html"))));

    AppRequestInterceptor i(&pages);
    QVERIFY(i.refusal(app, RT::ResourceTypeSubFrame).isEmpty());
    QVERIFY(!i.refusal(QUrl(QStringLiteral("ui://get-time/secret.html")), RT::ResourceTypeXhr).isEmpty());
    QVERIFY(i.refusal(QUrl(QStringLiteral("data:image/png;base64,AA==")), RT::ResourceTypeImage).isEmpty());
    // Nothing declared: no network at all, and never local files.
    QVERIFY(i.refusal(QUrl(QStringLiteral("https://api.example.com/x")), RT::ResourceTypeXhr).contains(u"connectDomains"));
    QVERIFY(i.refusal(QUrl(QStringLiteral("https://cdn.example.com/a.js")), RT::ResourceTypeScript).contains(u"resourceDomains"));
    QVERIFY(!i.refusal(QUrl(QStringLiteral("file:///etc/passwd")), RT::ResourceTypeXhr).isEmpty());
    QVERIFY(!i.refusal(QUrl(QStringLiteral("qrc:/qtwebchannel/qwebchannel.js")), RT::ResourceTypeScript).isEmpty());

    AppCsp csp;
    csp.connectDomains = {QStringLiteral("https://api.example.com")};
    csp.resourceDomains = {QStringLiteral("https://cdn.example.com")};
    i.setCsp(csp);
    QVERIFY(i.refusal(QUrl(QStringLiteral("https://api.example.com/x")), RT::ResourceTypeXhr).isEmpty());
    QVERIFY(i.refusal(QUrl(QStringLiteral("wss://api.example.com/s")), RT::ResourceTypeWebSocket).contains(u"connectDomains"));
    QVERIFY(i.refusal(QUrl(QStringLiteral("https://cdn.example.com/a.js")), RT::ResourceTypeScript).isEmpty());
    QVERIFY(!i.refusal(QUrl(QStringLiteral("https://api.example.com/a.js")), RT::ResourceTypeScript).isEmpty());
    QVERIFY(!i.refusal(QUrl(QStringLiteral("https://evil.example/")), RT::ResourceTypeXhr).isEmpty());
    // Declared or not, an App never replaces the host page.
    QVERIFY(i.refusal(QUrl(QStringLiteral("https://api.example.com/")), RT::ResourceTypeMainFrame).contains(u"navigate"));
    QVERIFY(!i.refusal(QUrl(QStringLiteral("https://api.example.com/")), RT::ResourceTypeSubFrame).isEmpty());
}

void TestAppSandbox::hostPageFramesTheAppInASandbox()
{
    AppResource r;
    r.uri = QUrl(QStringLiteral("ui://get-time/mcp-app.html"));
    const QString page = QString::fromUtf8(AppWebSurface::hostPage(r));
    QVERIFY(page.contains(u"sandbox=\"allow-scripts allow-same-origin allow-forms\""));
    QVERIFY(!page.contains(u"allow-popups"));
    QVERIFY(!page.contains(u"allow-top-navigation"));
    QVERIFY(page.contains(u"allow=\"\""));           // no device permissions undeclared
    QVERIFY(page.contains(u"default-src 'none'"));    // no script of its own
    QVERIFY(page.contains(u"src=\"ui://get-time/mcp-app.html\""));
    r.permissions.camera = true;
    QVERIFY(QString::fromUtf8(AppWebSurface::hostPage(r)).contains(u"allow=\"camera\""));
    // A resource URI cannot break out of the attribute.
    r.uri = QUrl(QStringLiteral("ui://x/a\"><script>b()</script>"));
    QVERIFY(!QString::fromUtf8(AppWebSurface::hostPage(r)).contains(u"<script>"));
}

void TestAppSandbox::renderPolicyFollowsTheChromiumSandbox()
{
    WebSandbox::Facts root;
    root.root = true;
    AppViewLoader::setWebSandbox(WebSandbox::decide(root));
    auto refused = AppViewLoader::renderPolicy();
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(u"sandbox"));
    QVERIFY(refused.error().message.contains(u"--no-sandbox"));

    WebSandbox::Facts optIn;
    optIn.root = true;
    optIn.sandboxDisabled = true;
    AppViewLoader::setWebSandbox(WebSandbox::decide(optIn));
    QCOMPARE(AppViewLoader::renderPolicy().value(), WebSandbox::Mode::EmbeddedUnsandboxed);

    AppViewLoader::setWebSandbox(WebSandbox::decide(WebSandbox::Facts{}));
    QCOMPARE(AppViewLoader::renderPolicy().value(), WebSandbox::Mode::Embedded);
}

QTEST_MAIN(TestAppSandbox)
#include "tst_appsandbox.moc"
