// LoadRun against a hand-driven transport and a hand-moved clock: the request limit,
// the concurrency, latencies, outcome counting (ok / isError / errors by kind), the
// deadline, Stop, the connection-pool limit raised for the run and restored, and the
// warm-up over HTTP (one ping per worker before the clock starts; Stop during it).
#include "faketoolserver.h"
#include "http/client/httpclient.h"
#include "load/loadrun.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using namespace mcpc::load;
using mcpc::test::FakeToolServer;
using nlohmann::json;

class TestLoadRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void requestLimitWithConcurrencyAndLatencies();
    void countsIsErrorAndErrorsByKind();
    void deadlineStopsStartingCalls();
    void stopCancelsCallsInFlight();
    void poolLimitIsRaisedForTheRunAndRestored();
    void httpWarmsUpEveryWorkerBeforeTheClock();
    void stopDuringWarmUpCancelsIt();
    void validationNamesTheOption();

private:
    QList<json> openCalls() { return m_server->openCalls(); }
    void answer(const json &request, const json &result) { m_server->answer(request, result); }
    void answerError(const json &request, int code, const std::string &message) { m_server->answerError(request, code, message); }

    std::unique_ptr<FakeToolServer> m_server;
    McpClient *m_client = nullptr;
    test::FakeTransport *m_transport = nullptr;
    test::ManualLoadClock m_clock;
};

void TestLoadRun::init()
{
    m_server = std::make_unique<FakeToolServer>();
    QVERIFY(m_server->ready());
    m_client = m_server->client();
    m_transport = m_server->transport();
}

void TestLoadRun::cleanup()
{
    m_server.reset();
}

static const json kOk = {{"content", json::array({{{"type", "text"}, {"text", "Echo: hi"}}})}};

static LoadOptions echoOptions(int concurrency, qint64 requests, qint64 durationMs = 0)
{
    LoadOptions o;
    o.tool = QStringLiteral("echo");
    o.concurrency = concurrency;
    o.requests = requests;
    o.durationMs = durationMs;
    return o;
}

void TestLoadRun::requestLimitWithConcurrencyAndLatencies()
{
    LoadOptions o;
    o.tool = QStringLiteral("echo");
    o.arguments = {{"message", "hi"}};
    o.concurrency = 3;
    o.requests = 7;
    LoadRun run(m_client, o, &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(openCalls().size(), 3); // exactly the concurrency, no more
    QVERIFY(openCalls().first()["params"]["name"] == "echo");
    QVERIFY(openCalls().first()["params"]["arguments"]["message"] == "hi");
    int answered = 0;
    while (answered < 7) {
        const QList<json> open = openCalls();
        QVERIFY(!open.isEmpty());
        QVERIFY(open.size() <= 3);
        m_clock.now += 100; // every call takes 100 us
        answer(open.first(), kOk);
        ++answered;
    }
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(run.ok());
    QCOMPARE(m_transport->sentWithMethod("tools/call").size(), 7); // the limit, exactly
    QVERIFY(m_transport->sentWithMethod("ping").isEmpty()); // not HTTP: no warm-up
    const LoadReport r = run.report();
    QCOMPARE(r.ok, 7);
    QCOMPARE(r.errors, 0);
    QCOMPARE(r.era, QStringLiteral("legacy"));
    QCOMPARE(r.sessions, 1);
    QCOMPARE(r.latency.count(), 7);
    QVERIFY(r.latency.minimum() >= 100);
    QVERIFY(r.latency.percentile(50) <= r.latency.percentile(99));
    QVERIFY(r.latency.percentile(99) <= r.latency.maximum());
    QCOMPARE(r.elapsedUs, 700);
    QCOMPARE(r.throughput(), 7 * 1e6 / 700);
    const json j = r.toJson();
    QVERIFY(j["requests"] == 7);
    QVERIFY(j["ok"] == 7);
    QVERIFY(j["latencyMs"]["p50"].get<double>() <= j["latencyMs"]["max"].get<double>());
}

void TestLoadRun::countsIsErrorAndErrorsByKind()
{
    LoadOptions o;
    o.tool = QStringLiteral("flaky");
    o.concurrency = 1;
    o.requests = 4;
    LoadRun run(m_client, o, &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(openCalls().size(), 1);
    answer(openCalls().first(), {{"content", json::array()}, {"isError", true}});
    QTRY_COMPARE(openCalls().size(), 1);
    answerError(openCalls().first(), -32603, "boom");
    QTRY_COMPARE(openCalls().size(), 1);
    answerError(openCalls().first(), -32603, "boom again");
    QTRY_COMPARE(openCalls().size(), 1);
    answer(openCalls().first(), kOk);
    QTRY_COMPARE(finished.size(), 1);
    const LoadReport r = run.report();
    QCOMPARE(r.ok, 1);
    QCOMPARE(r.toolErrors, 1);
    QCOMPARE(r.errors, 2);
    QCOMPARE(r.errorKinds.size(), 1);
    QCOMPARE(r.errorKinds.first().kind, QStringLiteral("JSON-RPC -32603"));
    QCOMPARE(r.errorKinds.first().count, 2);
    QVERIFY(r.errorKinds.first().message.contains(QStringLiteral("boom")));
    QCOMPARE(r.errorRate(), 0.75);
}

void TestLoadRun::deadlineStopsStartingCalls()
{
    LoadOptions o;
    o.tool = QStringLiteral("echo");
    o.concurrency = 2;
    o.durationMs = 1000;
    LoadRun run(m_client, o, &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(openCalls().size(), 2);
    m_clock.now += 400'000;
    answer(openCalls().first(), kOk);
    QTRY_COMPARE(openCalls().size(), 2); // before the deadline: replaced
    m_clock.now += 700'000;              // past the deadline
    for (const json &c : openCalls())
        answer(c, kOk);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_transport->sentWithMethod("tools/call").size(), 3);
    QCOMPARE(run.report().ok, 3);
}

void TestLoadRun::stopCancelsCallsInFlight()
{
    LoadOptions o;
    o.tool = QStringLiteral("slow");
    o.concurrency = 4;
    o.durationMs = 60'000;
    LoadRun run(m_client, o, &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(openCalls().size(), 4);
    answer(openCalls().first(), kOk);
    QTRY_COMPARE(openCalls().size(), 4);
    run.stop();
    QTRY_COMPARE(finished.size(), 1);
    const LoadReport r = run.report();
    QVERIFY(r.stopped);
    QCOMPARE(r.ok, 1);
    QCOMPARE(r.cancelled, 4);
    QCOMPARE(r.errors, 0); // a cancel is not the server's fault
    QCOMPARE(m_transport->sentWithMethod("notifications/cancelled").size(), 4);
}

void TestLoadRun::poolLimitIsRaisedForTheRunAndRestored()
{
    http::HttpClient pool;
    QCOMPARE(pool.maxConnectionsPerOrigin(), 6);
    LoadOptions o;
    o.tool = QStringLiteral("echo");
    o.concurrency = 50;
    o.requests = 50;
    LoadRun run(m_client, o, &m_clock);
    run.setHttpClient(&pool);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QVERIFY(pool.maxConnectionsPerOrigin() >= 50);
    QTRY_COMPARE(openCalls().size(), 50);
    for (const json &c : openCalls())
        answer(c, kOk);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(pool.maxConnectionsPerOrigin(), 6);
}

void TestLoadRun::httpWarmsUpEveryWorkerBeforeTheClock()
{
    m_transport->http = true;
    LoadRun run(m_client, echoOptions(3, 3), &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(m_transport->sentWithMethod("ping").size(), 3); // one per worker, all at once
    const QList<json> pings = m_transport->sentWithMethod("ping");
    m_clock.now += 5000; // the warm-up is set-up, not latency
    answer(pings[0], json::object());
    answer(pings[1], json::object());
    QCoreApplication::processEvents();
    QCOMPARE(run.phase(), LoadRun::Phase::Opening);
    QVERIFY(openCalls().isEmpty()); // no call before every worker is warm
    // Best effort: a server that refuses ping still had the connection opened.
    answerError(pings[2], -32601, "no ping");
    QTRY_COMPARE(openCalls().size(), 3);
    m_clock.now += 100;
    for (const json &c : openCalls())
        answer(c, kOk);
    QTRY_COMPARE(finished.size(), 1);
    const LoadReport r = run.report();
    QVERIFY(run.ok());
    QCOMPARE(r.ok, 3);
    QCOMPARE(r.errors, 0); // the refused ping is not a load error
    QCOMPARE(r.latency.maximum(), 100);
    QCOMPARE(r.setupMs, 5);
    QCOMPARE(m_transport->sentWithMethod("ping").size(), 3);
}

void TestLoadRun::stopDuringWarmUpCancelsIt()
{
    m_transport->http = true;
    LoadRun run(m_client, echoOptions(2, 0, 10'000), &m_clock);
    QSignalSpy finished(&run, &LoadRun::finished);
    run.start();
    QTRY_COMPARE(m_transport->sentWithMethod("ping").size(), 2);
    run.stop();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(run.report().stopped);
    QCOMPARE(run.report().completed(), 0);
    QVERIFY(m_transport->sentWithMethod("tools/call").isEmpty());
    QCOMPARE(m_transport->sentWithMethod("notifications/cancelled").size(), 2);
}

void TestLoadRun::validationNamesTheOption()
{
    LoadOptions o;
    o.tool = QStringLiteral("echo");
    o.requests = 10;
    QVERIFY(validate(o, true).has_value());
    o.concurrency = 0;
    QVERIFY(validate(o, true).error().message.contains(QStringLiteral("--concurrency")));
    o.concurrency = 50;
    QVERIFY(validate(o, true).has_value());
    const auto remote = validate(o, false);
    QVERIFY(!remote.has_value());
    QVERIFY(remote.error().message.contains(QStringLiteral("at most 20")));
    o.concurrency = 5;
    o.durationMs = 120'000;
    QVERIFY(validate(o, false).error().message.contains(QStringLiteral("--duration")));
    o.durationMs = 0;
    QCOMPARE(effectiveDurationMs(o, false), 60'000); // --requests alone still stops at the cap
    QCOMPARE(effectiveDurationMs(o, true), 0);
    o.requests = 0;
    QVERIFY(validate(o, true).error().message.contains(QStringLiteral("--duration SECONDS or --requests N")));
    QVERIFY(isLocalTarget(QUrl(QStringLiteral("http://127.0.0.1:3000/mcp")), false));
    QVERIFY(isLocalTarget(QUrl(QStringLiteral("http://localhost:3000/mcp")), false));
    QVERIFY(!isLocalTarget(QUrl(QStringLiteral("https://example.com/mcp")), false));
    QVERIFY(isLocalTarget(QUrl(), true));
}

QTEST_GUILESS_MAIN(TestLoadRun)
#include "tst_loadrun.moc"
