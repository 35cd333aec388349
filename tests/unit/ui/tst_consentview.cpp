// The embedded consent view with real QtWebEngine (xcb under Xvfb: webenginetestmain.h):
// it catches the redirect to the loopback redirect URI without loading it (a 302 from
// the authorization server, or a click on Allow) and hands the full URL over; with a real
// AuthorizationFlow, Allow completes it (tokens), Deny fails it with access_denied in the
// GUI's words, closing the dialog cancels it; it blocks
// plain http to another machine and data: pages; it refuses to open javascript:, data:
// and remote http authorization URLs at all; popups go to the system browser; closing
// the dialog fails a real AuthorizationFlow with Cancelled; "Open in my browser instead"
// leaves the answer to the flow's loopback listener.
#include "webconsent/consentdialog.h"
#include "webconsent/consentpage.h"
#include "webconsent/consentview.h"
#include "auth/profilesignin.h"
#include "fakeclock.h"
#include "fakeoauthserver.h"
#include "oauth/authorizationflow.h"
#include "oauth/tokenstore.h"
#include "secrets/memorysecretstore.h"
#include "webenginetestmain.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QPushButton>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace mcpc;
using namespace mcpc::ui;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;

// Stands in for the system browser (QDesktopServices::setUrlHandler).
class BrowserHook : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestConsentView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void interceptsTheRedirectWithoutLoadingIt();
    void allowOnTheConsentPageIsIntercepted();
    void headerShowsHostSecurityAndScopes();
    void blocksPlainHttpToAnotherMachine();
    void blocksDataUrls();
    void refusesUnsafeAuthorizationUrls_data();
    void refusesUnsafeAuthorizationUrls();
    void popupsGoToTheSystemBrowser();
    void allowCompletesTheFlow();
    void denyFailsTheFlowWithAccessDenied();
    void closingTheDialogCancelsTheFlow();
    void openInBrowserInsteadUsesTheLoopbackListener();

private:
    struct FlowRig;
    QUrl authorizeUrl(const uitest::FakeOAuthServer &as, const QString &scope = QStringLiteral("s1 s2")) const;
    ConsentDialog *openView(ConsentView &view, const QUrl &url);
    ConsentDialog *openLoaded(ConsentView &view, const uitest::FakeOAuthServer &as); // the page is in

    ScriptedHttpServer *m_callback = nullptr; // where the redirect URI points: must see nothing
    BrowserHook m_browser;
};

// A real AuthorizationFlow (discovery, DCR, PKCE, loopback listener, code exchange)
// against the fake AS, shown in a ConsentView; start() waits for the page.
struct TestConsentView::FlowRig
{
    uitest::FakeOAuthServer as;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    test::FakeClock clock;
    ConsentView view{nullptr, QStringLiteral("demo")};
    std::unique_ptr<oauth::TokenStore> store;
    std::unique_ptr<oauth::AuthorizationFlow> flow;
    ConsentDialog *dialog = nullptr;

    FlowRig()
    {
        const QUrl server(QStringLiteral("http://127.0.0.1:1/mcp"));
        as.autoApprove = false;
        as.resource = server.toString();
        store.reset(oauth::TokenStore::forUrl(&secrets, server));
        oauth::AuthorizationOptions options;
        options.serverUrl = server;
        options.challenge.present = true;
        options.challenge.resourceMetadata = as.prmUrl().toString();
        flow = std::make_unique<oauth::AuthorizationFlow>(&nam, &clock, store.get(), &view, options);
    }
    // Starts the flow; true once the consent page has loaded.
    bool start(bool waitForPage = true)
    {
        QSignalSpy opened(&view, &ConsentView::dialogOpened);
        flow->start();
        if (!opened.wait(10000))
            return false;
        dialog = opened.first().at(0).value<ConsentDialog *>();
        if (!waitForPage)
            return true;
        QSignalSpy loaded(dialog->page(), &QWebEnginePage::loadFinished);
        return loaded.wait(30000) && loaded.first().at(0).toBool();
    }
};

void TestConsentView::initTestCase()
{
    m_callback = new ScriptedHttpServer([](const ScriptedRequest &, ScriptedConnection *c) { c->respond(200, "caught by the network"); });
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void TestConsentView::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    delete m_callback;
}

QUrl TestConsentView::authorizeUrl(const uitest::FakeOAuthServer &as, const QString &scope) const
{
    QUrl u(as.base() + QStringLiteral("/authorize"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"), m_callback->url(QStringLiteral("/callback")).toString());
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("S-123"));
    q.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    u.setQuery(q);
    return u;
}

ConsentDialog *TestConsentView::openView(ConsentView &view, const QUrl &url)
{
    QSignalSpy opened(&view, &ConsentView::dialogOpened);
    view.open(url, m_callback->url(QStringLiteral("/callback")));
    return opened.isEmpty() ? nullptr : opened.first().at(0).value<ConsentDialog *>();
}

ConsentDialog *TestConsentView::openLoaded(ConsentView &view, const uitest::FakeOAuthServer &as)
{
    ConsentDialog *dialog = openView(view, authorizeUrl(as));
    if (!dialog)
        return nullptr;
    QSignalSpy loaded(dialog->page(), &QWebEnginePage::loadFinished);
    return loaded.wait(30000) && loaded.first().at(0).toBool() ? dialog : nullptr;
}

void TestConsentView::interceptsTheRedirectWithoutLoadingIt()
{
    uitest::FakeOAuthServer as; // /authorize answers 302 to the redirect URI at once
    ConsentView view(nullptr, QStringLiteral("demo"));
    QSignalSpy callback(&view, &oauth::AuthorizationUserAgent::callbackReceived);
    QSignalSpy failed(&view, &oauth::AuthorizationUserAgent::failed);
    ConsentDialog *dialog = openView(view, authorizeUrl(as));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(callback.size(), 1, 30000);
    const QUrl got = callback.first().at(0).toUrl();
    QCOMPARE(got.path(), QStringLiteral("/callback"));
    QCOMPARE(QUrlQuery(got).queryItemValue(QStringLiteral("code")), QStringLiteral("CODE-1"));
    QCOMPARE(QUrlQuery(got).queryItemValue(QStringLiteral("state")), QStringLiteral("S-123"));
    QCOMPARE(as.count("/authorize"), 1);
    QTest::qWait(300);
    QVERIFY2(m_callback->requests().isEmpty(), "the redirect must never be loaded");
    QVERIFY(failed.isEmpty());

    QPointer<ConsentDialog> guard(dialog);
    view.close(); // what the flow does next
    QTRY_VERIFY(guard.isNull());
    QVERIFY(failed.isEmpty()); // closing after success is no cancellation
}

void TestConsentView::allowOnTheConsentPageIsIntercepted()
{
    uitest::FakeOAuthServer as;
    as.autoApprove = false;
    ConsentView view(nullptr, QStringLiteral("demo"));
    QSignalSpy callback(&view, &oauth::AuthorizationUserAgent::callbackReceived);
    ConsentDialog *dialog = openLoaded(view, as);
    QVERIFY(dialog);
    dialog->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(callback.size(), 1, 10000);
    QCOMPARE(QUrlQuery(callback.first().at(0).toUrl()).queryItemValue(QStringLiteral("code")), QStringLiteral("CODE-1"));
    QTest::qWait(300);
    QVERIFY(m_callback->requests().isEmpty());
    view.close();
}

void TestConsentView::headerShowsHostSecurityAndScopes()
{
    uitest::FakeOAuthServer as;
    as.autoApprove = false;
    ConsentView view(nullptr, QStringLiteral("my-server"));
    ConsentDialog *dialog = openView(view, authorizeUrl(as, QStringLiteral("mcp:tools user:read")));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Sign in to my-server"));
    QCOMPARE(dialog->hostText(), QStringLiteral("127.0.0.1:%1").arg(as.server.port()));
    QVERIFY2(dialog->securityText().contains(QStringLiteral("Not encrypted")), qPrintable(dialog->securityText()));
    QCOMPARE(dialog->scopesText(), QStringLiteral("Access requested: mcp:tools, user:read"));
    // The private profile: off the record, nothing on disk.
    QVERIFY(dialog->webProfile()->isOffTheRecord());
    QVERIFY(dialog->webProfile() != QWebEngineProfile::defaultProfile());
    view.close();
}

void TestConsentView::blocksPlainHttpToAnotherMachine()
{
    uitest::FakeOAuthServer as;
    as.autoApprove = false;
    ConsentView view(nullptr, QStringLiteral("demo"));
    ConsentDialog *dialog = openLoaded(view, as);
    QVERIFY(dialog);
    QSignalSpy blocked(dialog->page(), &ConsentPage::navigationBlocked);
    dialog->page()->runJavaScript(QStringLiteral("document.getElementById('plain').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 10000);
    QCOMPARE(blocked.first().at(0).toUrl().host(), QStringLiteral("example.invalid"));
    QVERIFY2(dialog->messageText().contains(QStringLiteral("unencrypted")), qPrintable(dialog->messageText()));
    QTest::qWait(300);
    QCOMPARE(dialog->page()->url().path(), QStringLiteral("/authorize")); // still on the consent page
    view.close();
}

void TestConsentView::blocksDataUrls()
{
    uitest::FakeOAuthServer as;
    as.autoApprove = false;
    ConsentView view(nullptr, QStringLiteral("demo"));
    ConsentDialog *dialog = openLoaded(view, as);
    QVERIFY(dialog);
    QSignalSpy blocked(dialog->page(), &ConsentPage::navigationBlocked);
    dialog->page()->load(QUrl(QStringLiteral("data:text/html,<h1>phish</h1>")));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 10000);
    QCOMPARE(blocked.first().at(0).toUrl().scheme(), QStringLiteral("data"));
    QVERIFY(blocked.first().at(1).toString().contains(QStringLiteral("data:")));
    // A page script trying it is stopped too (Chromium itself blocks renderer-initiated
    // top-level data: navigations; either way nothing loads).
    dialog->page()->runJavaScript(QStringLiteral("window.location.href = 'data:text/html,<h1>phish</h1>'"));
    QTest::qWait(500);
    QCOMPARE(dialog->page()->url().path(), QStringLiteral("/authorize"));
    view.close();
}

void TestConsentView::refusesUnsafeAuthorizationUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript") << "javascript:alert(document.cookie)";
    QTest::newRow("data") << "data:text/html,<form action=https://evil.example>";
    QTest::newRow("remote http") << "http://auth.example.com/authorize?x=1";
    QTest::newRow("file") << "file:///etc/passwd";
}

void TestConsentView::refusesUnsafeAuthorizationUrls()
{
    QFETCH(QString, url);
    ConsentView view(nullptr, QStringLiteral("demo"));
    QSignalSpy failed(&view, &oauth::AuthorizationUserAgent::failed);
    QSignalSpy opened(&view, &ConsentView::dialogOpened);
    view.open(QUrl(url), m_callback->url(QStringLiteral("/callback")));
    QVERIFY(failed.wait(2000));
    QVERIFY(opened.isEmpty());
    QCOMPARE(failed.first().at(0).value<Error>().kind, ErrorKind::Auth);
}

void TestConsentView::popupsGoToTheSystemBrowser()
{
    uitest::FakeOAuthServer as;
    as.autoApprove = false;
    ConsentView view(nullptr, QStringLiteral("demo"));
    ConsentDialog *dialog = openLoaded(view, as);
    QVERIFY(dialog);
    m_browser.opened.clear();
    // As if the user clicked the link (a script-made click is no user gesture).
    dialog->page()->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    QSignalSpy external(dialog->page(), &ConsentPage::openedExternally);
    dialog->page()->runJavaScript(QStringLiteral("document.getElementById('popup').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 10000);
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.first(), QUrl(QStringLiteral("https://example.invalid/terms")));
    QCOMPARE(dialog->page()->url().path(), QStringLiteral("/authorize"));
    view.close();
}

void TestConsentView::allowCompletesTheFlow()
{
    FlowRig r;
    QVERIFY(r.start());
    QPointer<ConsentDialog> guard(r.dialog);
    QSignalSpy finished(r.flow.get(), &oauth::AuthorizationFlow::finished);
    r.dialog->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
    QVERIFY(finished.wait(10000));
    QVERIFY2(r.flow->ok(), qPrintable(r.flow->error().message));
    QCOMPARE(r.flow->record().tokens.accessToken, QStringLiteral("AT-1"));
    QCOMPARE(r.as.count("/token", "authorization_code"), 1);
    QTRY_VERIFY(guard.isNull()); // the flow closed the view; the dialog is gone
    QVERIFY(m_callback->requests().isEmpty());
}

void TestConsentView::denyFailsTheFlowWithAccessDenied()
{
    FlowRig r;
    QVERIFY(r.start());
    QPointer<ConsentDialog> guard(r.dialog);
    QSignalSpy finished(r.flow.get(), &oauth::AuthorizationFlow::finished);
    r.dialog->page()->runJavaScript(QStringLiteral("document.getElementById('deny').click()"));
    QVERIFY(finished.wait(10000));
    QVERIFY(!r.flow->ok());
    QCOMPARE(r.flow->error().kind, ErrorKind::Auth);
    QVERIFY2(signInFailureText(r.flow->error()).startsWith(QStringLiteral("The server denied access")),
             qPrintable(signInFailureText(r.flow->error())));
    QCOMPARE(r.as.count("/token"), 0);
    QTRY_VERIFY(guard.isNull());
}

void TestConsentView::closingTheDialogCancelsTheFlow()
{
    FlowRig r;
    QVERIFY(r.start());
    QPointer<ConsentDialog> guard(r.dialog);
    QSignalSpy finished(r.flow.get(), &oauth::AuthorizationFlow::finished);
    r.dialog->close(); // the window's X
    QVERIFY(finished.wait(5000));
    QVERIFY(!r.flow->ok());
    QCOMPARE(r.flow->error().kind, ErrorKind::Cancelled);
    QCOMPARE(signInFailureText(r.flow->error()), QStringLiteral("Sign-in was cancelled. Nothing was stored."));
    QCOMPARE(r.as.count("/token"), 0);
    QTRY_VERIFY(guard.isNull());
}

void TestConsentView::openInBrowserInsteadUsesTheLoopbackListener()
{
    FlowRig r;
    QVERIFY(r.start(false));
    QSignalSpy finished(r.flow.get(), &oauth::AuthorizationFlow::finished);
    m_browser.opened.clear();
    QTest::mouseClick(r.dialog->browserButton(), Qt::LeftButton);
    QVERIFY(r.dialog->inBrowserMode());
    QVERIFY(r.dialog->page() == nullptr); // one place to approve
    QCOMPARE(m_browser.opened.size(), 1);
    const QUrl inBrowser = m_browser.opened.first();
    QCOMPARE(inBrowser, r.flow->authorizationUrl());

    // The browser: the user clicks Allow there, the AS redirects to the listener.
    const QString back = uitest::FakeOAuthServer::redirectWith(QUrlQuery(inBrowser), QStringLiteral("code=CODE-1"));
    QNetworkReply *reply = r.nam.get(QNetworkRequest(QUrl(back)));
    QVERIFY(finished.wait(10000));
    QVERIFY2(r.flow->ok(), qPrintable(r.flow->error().message));
    QCOMPARE(r.flow->record().tokens.accessToken, QStringLiteral("AT-1"));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
}

MCPC_WEBENGINE_TEST_MAIN(TestConsentView, MCPC_TEST_DATA_DIR "/..")
#include "tst_consentview.moc"
