// The background status monitor against the real built-in demo server, in process:
// Up with the negotiated details, Down with plain words when nothing listens, back Up
// when the server returns, backoff, live tool-list refresh, NeedsLogin on 401.
#include "demo/demoserver.h"
#include "demo/demotool.h"
#include "http/httprequest.h"
#include "monitor/connectionprobe.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "protocol/mcpclient.h"
#include "secrets/memorysecretstore.h"
#include "scriptedhttpserver.h"

#include "http/client/httpclient.h"
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace mcpc;
using State = ServerStatus::State;

namespace {

// Every request gets 401 with a Bearer challenge: what an OAuth-protected server says
// before sign-in.
class DenyAllGate : public demo::DemoAuthGate
{
public:
    demo::DemoAuthResult authorize(const http::HttpRequest &) override
    {
        return demo::DemoAuthResult::deny(demo::bearerChallenge(401, QStringLiteral("invalid_token"),
                                                                QStringLiteral("sign in"), QUrl(), {}));
    }
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes: nothing listens there
}

ServerProfile profileFor(const QUrl &url, const QString &name = QStringLiteral("demo"))
{
    ServerProfile p;
    p.name = name;
    p.url = url;
    return p;
}

} // namespace

class TestStatusMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<McpClient *>(); }
    void init();
    void cleanup();
    void backoffDoublesUpToTheCap();
    void upWithNegotiatedDetails();
    void oneSignalPerChange();
    void stoppedServerIsDownWithPlainWords();
    void restartedServerComesBackUp();
    void failuresBackOffExponentially();
    void toolListChangeRefreshesTools();
    void authErrorMeansNeedsLogin();
    void slowPingIsDegraded();
    void checkNowShowsProgressAndUpdatesTime();
    void monitorFollowsTheProfileList();
    void probeReportsUpAndDown();
    void modernServerChecksWithDiscoverAndHonoursTtl();
    void modernListChangedArrivesOnSubscriptionsListen();

private:
    MonitorOptions fastOptions();
    ServerChecker *makeChecker(const QUrl &url);

    http::HttpClient *m_nam = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    demo::DemoServer *m_server = nullptr;
    QDateTime m_now;
};

void TestStatusMonitor::init()
{
    m_nam = new http::HttpClient(this);
    m_secrets = new MemorySecretStore(this);
    m_server = new demo::DemoServer(this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).has_value());
    m_now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
}

void TestStatusMonitor::cleanup()
{
    delete m_server;
    delete m_secrets;
    delete m_nam;
}

MonitorOptions TestStatusMonitor::fastOptions()
{
    MonitorOptions o;
    o.pingIntervalMs = 60000; // tests call checkNow() or wait for failures, never the interval
    o.initialBackoffMs = 20;
    o.maxBackoffMs = 80;
    o.pingTimeoutMs = 5000;
    o.connectTimeoutMs = 5000;
    // The injected clock moves one second per reading, so each check has its own time.
    o.now = [this] { return m_now = m_now.addSecs(1); };
    return o;
}

ServerChecker *TestStatusMonitor::makeChecker(const QUrl &url)
{
    return new ServerChecker(profileFor(url), m_nam, m_secrets, fastOptions(), m_server);
}

void TestStatusMonitor::backoffDoublesUpToTheCap()
{
    MonitorOptions o;
    o.initialBackoffMs = 1000;
    o.maxBackoffMs = 5000;
    QCOMPARE(backoffDelayMs(o, 1), 1000);
    QCOMPARE(backoffDelayMs(o, 2), 2000);
    QCOMPARE(backoffDelayMs(o, 3), 4000);
    QCOMPARE(backoffDelayMs(o, 4), 5000);
    QCOMPARE(backoffDelayMs(o, 60), 5000); // no overflow after many failures
}

void TestStatusMonitor::upWithNegotiatedDetails()
{
    ServerChecker *checker = makeChecker(m_server->url());
    QSignalSpy tools(checker, &ServerChecker::toolsChanged);
    QSignalSpy clients(checker, &ServerChecker::clientChanged);
    checker->start();
    QCOMPARE(checker->status().state, State::Connecting);
    QTRY_COMPARE(checker->status().state, State::Up);
    const ServerStatus &s = checker->status();
    QVERIFY(!s.checking);
    QVERIFY(s.latencyMs >= 0);
    QCOMPARE(s.protocolVersion, QStringLiteral("2026-07-28")); // the demo is dual-era: the monitor speaks modern to it
    QCOMPARE(s.transport, QStringLiteral("Streamable HTTP"));
    QVERIFY(!s.serverName.isEmpty());
    QCOMPARE(s.toolCount, 6);
    QVERIFY(!s.lastError.has_value());
    QCOMPARE(s.checkedAt, m_now); // the injected clock, not the wall clock
    QCOMPARE(s.consecutiveFailures, 0);
    QCOMPARE(tools.size(), 1);
    QCOMPARE(checker->tools().size(), 6);
    QCOMPARE(clients.size(), 1);
    QVERIFY(checker->client() != nullptr);
    QCOMPARE(clients.at(0).at(0).value<McpClient *>(), checker->client());
    QCOMPARE(checker->nextCheckDelayMs(), 60000); // next ping after the interval
    QVERIFY(statusHeadline(s).startsWith(QStringLiteral("Up · ")));
    QVERIFY(statusHeadline(s).endsWith(QStringLiteral(" ms · MCP 2026-07-28 · Streamable HTTP")));
}

void TestStatusMonitor::oneSignalPerChange()
{
    ServerChecker *checker = makeChecker(m_server->url());
    QSignalSpy spy(checker, &ServerChecker::statusChanged);
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Up);
    checker->checkNow();
    QTRY_VERIFY(!checker->status().checking);
    QVERIFY(spy.size() >= 3);
    for (qsizetype i = 1; i < spy.size(); ++i)
        QVERIFY2(spy.at(i).at(0).value<ServerStatus>() != spy.at(i - 1).at(0).value<ServerStatus>(),
                 "two signals in a row carried the same status");
    QVERIFY(spy.constLast().at(0).value<ServerStatus>() == checker->status());
}

void TestStatusMonitor::stoppedServerIsDownWithPlainWords()
{
    QUrl url(QStringLiteral("http://127.0.0.1/mcp"));
    url.setPort(freePort());
    ServerChecker *checker = makeChecker(url);
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Down);
    const ServerStatus &s = checker->status();
    QVERIFY(s.lastError.has_value());
    QCOMPARE(s.lastError->kind, ErrorKind::Connection);
    QVERIFY2(s.lastError->message.contains(QStringLiteral("Connection refused")), qPrintable(s.lastError->message));
    QVERIFY2(s.lastError->hint.contains(QStringLiteral("running")), qPrintable(s.lastError->hint));
    QVERIFY(statusHeadline(s).startsWith(QStringLiteral("Down — Connection refused")));
    QVERIFY(checker->client() == nullptr);
}

void TestStatusMonitor::restartedServerComesBackUp()
{
    ServerChecker *checker = makeChecker(m_server->url());
    QSignalSpy clients(checker, &ServerChecker::clientChanged);
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Up);
    const quint16 port = m_server->port();

    m_server->close();
    checker->checkNow(); // the ping on the old connection fails
    QTRY_COMPARE(checker->status().state, State::Down);
    QVERIFY(checker->client() == nullptr);
    QVERIFY(clients.constLast().at(0).value<McpClient *>() == nullptr);

    QVERIFY(m_server->listen(QHostAddress::LocalHost, port).has_value());
    // No checkNow(): the backoff retry alone must find it again, on a new connection.
    QTRY_COMPARE(checker->status().state, State::Up);
    QCOMPARE(checker->status().consecutiveFailures, 0);
    QVERIFY(!checker->status().lastError.has_value());
    QCOMPARE(checker->status().toolCount, 6);
    QVERIFY(checker->client() != nullptr);
}

void TestStatusMonitor::failuresBackOffExponentially()
{
    QUrl url(QStringLiteral("http://127.0.0.1/mcp"));
    url.setPort(freePort());
    ServerChecker *checker = makeChecker(url);
    QList<int> delays;
    connect(checker, &ServerChecker::statusChanged, this, [&](const ServerStatus &s) {
        if (s.state == State::Down && !s.checking)
            delays.append(checker->nextCheckDelayMs());
    });
    checker->start();
    QTRY_VERIFY(delays.size() >= 4);
    QCOMPARE(delays.mid(0, 4), (QList<int>{20, 40, 80, 80}));
    QVERIFY(checker->status().consecutiveFailures >= 4);
}

void TestStatusMonitor::toolListChangeRefreshesTools()
{
    ServerChecker *checker = makeChecker(m_server->url());
    checker->start();
    QTRY_COMPARE(checker->status().toolCount, 6);
    QSignalSpy tools(checker, &ServerChecker::toolsChanged);
    demo::DemoTool extra;
    extra.name = QStringLiteral("added_later");
    extra.description = QStringLiteral("A tool that appears while connected.");
    extra.inputSchema = nlohmann::json{{"type", "object"}};
    extra.run = [](demo::DemoToolCall *call) { call->finishText(QStringLiteral("ok")); };
    m_server->addTool(extra); // notifications/tools/list_changed on the GET stream
    QTRY_COMPARE(checker->status().toolCount, 7);
    QVERIFY(tools.size() >= 1);
    bool found = false;
    for (const Tool &t : checker->tools())
        found = found || t.name == u"added_later";
    QVERIFY(found);
}

void TestStatusMonitor::authErrorMeansNeedsLogin()
{
    m_server->setAuthGate(std::make_shared<DenyAllGate>());
    ServerChecker *checker = makeChecker(m_server->url());
    checker->start();
    QTRY_COMPARE(checker->status().state, State::NeedsLogin);
    QCOMPARE(checker->status().lastError->kind, ErrorKind::Auth);
    QVERIFY(statusHeadline(checker->status()).startsWith(QStringLiteral("Needs login")));
}

void TestStatusMonitor::slowPingIsDegraded()
{
    MonitorOptions o = fastOptions();
    o.slowThresholdMs = -1; // every ping is "too slow"
    auto *checker = new ServerChecker(profileFor(m_server->url()), m_nam, m_secrets, o, m_server);
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Degraded);
    QVERIFY(checker->status().lastError->message.startsWith(QStringLiteral("Slow")));
    QVERIFY(checker->client() != nullptr); // degraded keeps the connection
}

void TestStatusMonitor::checkNowShowsProgressAndUpdatesTime()
{
    ServerChecker *checker = makeChecker(m_server->url());
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Up);
    const QDateTime first = checker->status().checkedAt;
    QList<bool> checking;
    connect(checker, &ServerChecker::statusChanged, this, [&](const ServerStatus &s) { checking.append(s.checking); });
    checker->checkNow();
    QTRY_COMPARE(checking.size(), 2);
    QCOMPARE(checking, (QList<bool>{true, false}));
    QCOMPARE(checker->status().state, State::Up);
    QVERIFY(checker->status().checkedAt > first);
}

void TestStatusMonitor::monitorFollowsTheProfileList()
{
    StatusMonitor monitor(m_nam, m_secrets, fastOptions());
    QSignalSpy spy(&monitor, &StatusMonitor::statusChanged);
    QUrl dead(QStringLiteral("http://127.0.0.1/mcp"));
    dead.setPort(freePort());
    monitor.setProfiles({profileFor(m_server->url(), QStringLiteral("live")), profileFor(dead, QStringLiteral("dead"))});
    QCOMPARE(monitor.names(), (QStringList{QStringLiteral("dead"), QStringLiteral("live")}));
    QTRY_COMPARE(monitor.status(QStringLiteral("live")).state, State::Up);
    QTRY_COMPARE(monitor.status(QStringLiteral("dead")).state, State::Down);
    bool sawLive = false;
    for (const auto &args : spy)
        sawLive = sawLive || args.at(0).toString() == u"live";
    QVERIFY(sawLive);

    monitor.setProfiles({profileFor(m_server->url(), QStringLiteral("live"))});
    QCOMPARE(monitor.names(), QStringList{QStringLiteral("live")});
    QVERIFY(monitor.checker(QStringLiteral("dead")) == nullptr);

    // Pointing "live" somewhere else reconnects it there.
    monitor.addProfile(profileFor(dead, QStringLiteral("live")));
    QTRY_COMPARE(monitor.status(QStringLiteral("live")).state, State::Down);

    QSignalSpy down(&monitor, &StatusMonitor::shutDown);
    monitor.shutdown();
    QTRY_COMPARE(down.size(), 1);
}

void TestStatusMonitor::probeReportsUpAndDown()
{
    ConnectionProbe up(profileFor(m_server->url()), m_nam, m_secrets);
    QSignalSpy upDone(&up, &ConnectionProbe::finished);
    up.start();
    QTRY_COMPARE(upDone.size(), 1);
    QCOMPARE(up.result().state, State::Up);
    QCOMPARE(up.result().toolCount, 6);

    QUrl dead(QStringLiteral("http://127.0.0.1/mcp"));
    dead.setPort(freePort());
    ConnectionProbe down(profileFor(dead), m_nam, m_secrets);
    QSignalSpy downDone(&down, &ConnectionProbe::finished);
    down.start();
    QTRY_COMPARE(downDone.size(), 1);
    QCOMPARE(down.result().state, State::Down);
    QVERIFY(down.result().lastError->message.contains(QStringLiteral("Connection refused")));
}

void TestStatusMonitor::modernServerChecksWithDiscoverAndHonoursTtl()
{
    // An MCP 2026-07-28 server: no ping (server/discover is the health check), and tools
    // are re-listed only once the server's ttlMs has passed: 0 here, then an hour.
    qint64 ttl = 0;
    using test::ScriptedRequest;
    test::ScriptedHttpServer modern([&ttl](const ScriptedRequest &r, test::ScriptedConnection *c) {
        const nlohmann::json result = r.jsonMethod() == "server/discover"
            ? nlohmann::json{{"supportedVersions", {"2026-07-28"}}, {"capabilities", {{"tools", nlohmann::json::object()}}},
                             {"serverInfo", {{"name", "modern"}, {"version", "1"}}}}
            : nlohmann::json{{"tools", nlohmann::json::array()}, {"ttlMs", ttl}};
        const QByteArray body = "{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"result\":" + QByteArray::fromStdString(result.dump()) + "}";
        if (r.jsonMethod() == "server/discover")
            c->respond(200, body);
        else // answered later, so the server has counted a tools/list the checker is still waiting for
            QTimer::singleShot(100, c, [c, body] { c->respond(200, body); });
    });
    ServerChecker *checker = makeChecker(modern.url());
    checker->start();
    QTRY_COMPARE(checker->status().state, State::Up);
    QCOMPARE(checker->status().protocolVersion, QStringLiteral("2026-07-28"));
    QCOMPARE(modern.requestsFor("ping").size(), 0);
    QCOMPARE(modern.requestsFor("tools/list").size(), 1);
    ttl = 3600000;
    // checkNow() is ignored while a check runs, and the server counts a request before the
    // checker has finished with its answer (under ASan that gap was long enough to miss).
    QTRY_VERIFY(!checker->status().checking);
    checker->checkNow(); // ttl 0 has passed: list again, now learning the hour
    QTRY_COMPARE(modern.requestsFor("server/discover").size(), 3);
    QTRY_COMPARE(modern.requestsFor("tools/list").size(), 2);
    QTRY_VERIFY(!checker->status().checking);
    checker->checkNow(); // fresh for an hour: no re-list
    QTRY_COMPARE(modern.requestsFor("server/discover").size(), 4);
    QTRY_VERIFY(!checker->status().checking);
    QCOMPARE(modern.requestsFor("tools/list").size(), 2);
    QCOMPARE(modern.count("GET"), 0); // no standalone stream in the modern era
}

void TestStatusMonitor::modernListChangedArrivesOnSubscriptionsListen()
{
    // A modern server that offers tools.listChanged: the monitor opens one
    // subscriptions/listen stream and re-lists when a list_changed arrives on it.
    using test::ScriptedRequest;
    QPointer<test::ScriptedConnection> stream;
    nlohmann::json listenParams;
    int toolCount = 1;
    test::ScriptedHttpServer modern([&](const ScriptedRequest &r, test::ScriptedConnection *c) {
        const QByteArray m = r.jsonMethod();
        if (m == "subscriptions/listen") {
            listenParams = nlohmann::json::parse(r.body.toStdString())["params"];
            stream = c;
            c->startSse();
            c->sseEvent(R"({"jsonrpc":"2.0","method":"notifications/subscriptions/acknowledged","params":{"notifications":{"toolsListChanged":true}}})");
            return;
        }
        nlohmann::json tools = nlohmann::json::array();
        for (int i = 0; i < toolCount; ++i)
            tools.push_back({{"name", "t" + std::to_string(i)}, {"inputSchema", {{"type", "object"}}}});
        const nlohmann::json result = m == "server/discover"
            ? nlohmann::json{{"supportedVersions", {"2026-07-28"}}, {"capabilities", {{"tools", {{"listChanged", true}}}}},
                             {"serverInfo", {{"name", "modern"}, {"version", "1"}}}}
            : nlohmann::json{{"tools", tools}};
        const QByteArray body = "{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"result\":" + QByteArray::fromStdString(result.dump()) + "}";
        if (r.jsonMethod() == "server/discover")
            c->respond(200, body);
        else // answered later, so the server has counted a tools/list the checker is still waiting for
            QTimer::singleShot(100, c, [c, body] { c->respond(200, body); });
    });
    ServerChecker *checker = makeChecker(modern.url());
    QSignalSpy tools(checker, &ServerChecker::toolsChanged);
    checker->start();
    QTRY_COMPARE(checker->status().toolCount, 1);
    QTRY_VERIFY(stream);
    QVERIFY(listenParams["notifications"]["toolsListChanged"] == true);
    toolCount = 2;
    stream->sseEvent(R"({"jsonrpc":"2.0","method":"notifications/tools/list_changed","params":{}})");
    QTRY_COMPARE(checker->status().toolCount, 2);
    QCOMPARE(modern.requestsFor("subscriptions/listen").size(), 1);
    QCOMPARE(modern.count("GET"), 0);
}

QTEST_GUILESS_MAIN(TestStatusMonitor)
#include "tst_statusmonitor.moc"
