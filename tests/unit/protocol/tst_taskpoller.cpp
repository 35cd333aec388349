// The Tasks extension (io.modelcontextprotocol/tasks, SEP-2663) against a hand-driven
// modern transport: a tools/call answered with resultType "task" is polled with
// tasks/get at the server's pace, input goes back with tasks/update, cancel sends
// tasks/cancel, and hostile servers end in a clear error. Polls are timed by a fake
// scheduler the test ticks, so nothing sleeps.
#include "faketransport.h"
#include "protocol/inputprovider.h"
#include "protocol/inputrequiredloop.h"
#include "protocol/mcpclient.h"
#include "protocol/taskpoller.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

namespace {

const char *kExt = "io.modelcontextprotocol/tasks";

class RecordingProvider : public InputProvider
{
public:
    QList<ElicitationRequest> asked;
    bool hold = false;
    ElicitationCallback held;
    void elicit(const ElicitationRequest &request, QObject *, ElicitationCallback done) override
    {
        asked.append(request);
        if (hold)
            held = std::move(done);
        else
            done(ElicitationAnswer::accept({{"confirm", true}}));
    }
};

// Collects scheduled polls; tick() fires the oldest one.
struct FakeScheduler
{
    QList<int> delays;
    QList<std::function<void()>> due;
    TaskPoller::Scheduler fn()
    {
        return [this](int ms, std::function<void()> fire) {
            delays.append(ms);
            due.append(std::move(fire));
        };
    }
    bool tick()
    {
        if (due.isEmpty())
            return false;
        due.takeFirst()();
        return true;
    }
};

json task(const std::string &status, json extra = json::object())
{
    json t{{"taskId", "t-1"}, {"status", status}, {"createdAt", "2026-08-01T10:00:00Z"},
           {"lastUpdatedAt", "2026-08-01T10:00:00Z"}, {"ttlMs", nullptr}, {"pollIntervalMs", 2500}};
    t.update(extra);
    return t;
}

json created(json extra = json::object())
{
    json t = task("working", std::move(extra));
    t["resultType"] = "task";
    return t;
}

json got(const std::string &status, json extra = json::object())
{
    json t = task(status, std::move(extra));
    t["resultType"] = "complete";
    return t;
}

json confirmRequest()
{
    return {{"method", "elicitation/create"},
            {"params", {{"message", "Really delete?"},
                        {"requestedSchema", {{"type", "object"}, {"properties", {{"confirm", {{"type", "boolean"}}}}},
                                             {"required", json::array({"confirm"})}}}}}};
}

QByteArray header(const OutgoingMessage &m, const QByteArray &name)
{
    for (const auto &h : m.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace

class TestTaskPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskIsPolledUntilCompleted();
    void inputRequiredIsAnsweredWithTasksUpdate();
    void cancelSendsTasksCancel();
    void failedTaskCarriesTheServerError();
    void garbageStatusEndsClearlyAndCancels();
    void neverEndingTaskHitsTheBound();
    void expiredTtlStopsWaiting();
    void malformedCreateResultFails();
    void onlyToolsCallDeclaresTheExtension();
    void withoutProviderInputCancelsTheTask();

private:
    struct Rig
    {
        FakeTransport *transport;
        std::unique_ptr<McpClient> client;
        FakeScheduler clock;
        RecordingProvider provider;

        // Fires the next scheduled poll and waits until its tasks/get went out.
        bool pollOnce()
        {
            const qsizetype before = transport->sentWithMethod("tasks/get").size();
            if (!QTest::qWaitFor([&] { return !clock.due.isEmpty(); }) || !clock.tick())
                return false;
            return QTest::qWaitFor([&] { return transport->sentWithMethod("tasks/get").size() == before + 1; });
        }
        TaskPoller *makePoller()
        {
            auto *poller = new TaskPoller(client.get(), &provider);
            poller->setScheduler(clock.fn());
            return poller;
        }
    };
    std::unique_ptr<Rig> makeRig();
    InputRequiredLoop *startCall(Rig &rig, InputProvider *provider);
    // startCall, and the server makes the call a task.
    InputRequiredLoop *startTask(Rig &rig, InputProvider *provider);
};

std::unique_ptr<TestTaskPoller::Rig> TestTaskPoller::makeRig()
{
    auto rig = std::make_unique<Rig>();
    rig->transport = new FakeTransport;
    ClientOptions o;
    o.cachedEra = {ProtocolEra::Modern, QStringLiteral("2026-07-28")}; // modern without a probe
    rig->client = std::make_unique<McpClient>(rig->transport, o);
    QSignalSpy ready(rig->client.get(), &McpClient::ready);
    rig->client->connectToServer();
    [&] { QTRY_COMPARE(ready.size(), 1); }();
    return rig;
}

InputRequiredLoop *TestTaskPoller::startCall(Rig &rig, InputProvider *provider)
{
    auto *loop = new InputRequiredLoop(rig.client.get(), QStringLiteral("tools/call"),
                                       {{"name", "slow_compute"}, {"arguments", {{"seconds", 3}}}}, provider);
    loop->setTaskScheduler(rig.clock.fn());
    loop->start();
    [&] { QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 1); }();
    return loop;
}

InputRequiredLoop *TestTaskPoller::startTask(Rig &rig, InputProvider *provider)
{
    InputRequiredLoop *loop = startCall(rig, provider);
    rig.transport->reply("tools/call", created());
    return loop;
}

void TestTaskPoller::taskIsPolledUntilCompleted()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startCall(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QSignalSpy status(loop.data(), &InputRequiredLoop::taskStatus);
    // The call declared the extension in its per-request capabilities.
    const json call = rig->transport->lastRequest("tools/call");
    QVERIFY(call["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"]["extensions"].contains(kExt));

    rig->transport->reply("tools/call", created({{"statusMessage", "queued"}}));
    QTRY_COMPARE(rig->clock.due.size(), 1);
    QCOMPARE(rig->clock.delays.last(), 2500); // the server's pollIntervalMs
    QCOMPARE(rig->transport->sentWithMethod("tasks/get").size(), 0);
    QVERIFY(rig->clock.tick());
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/get").size(), 1);
    QVERIFY(rig->transport->lastRequest("tasks/get")["params"]["taskId"] == "t-1");
    QCOMPARE(header(rig->transport->sentRaw.last(), "Mcp-Name"), QByteArray("t-1"));
    QCOMPARE(header(rig->transport->sentRaw.last(), "Mcp-Method"), QByteArray("tasks/get"));

    rig->transport->reply("tasks/get", got("working", {{"statusMessage", "Step 2 of 4"}, {"pollIntervalMs", 5}}));
    QTRY_COMPARE(rig->clock.due.size(), 1);
    QCOMPARE(rig->clock.delays.last(), TaskPoller::MinPollMs); // never faster than the floor
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("completed", {{"result", {{"content", json::array({{{"type", "text"}, {"text", "42"}}})}}}}));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
    QVERIFY(loop->result()["content"][0]["text"] == "42");
    QCOMPARE(status.size(), 3);
    QCOMPARE(status[1][1].value<TaskStatus>(), TaskStatus::Working);
    QCOMPARE(status[1][2].toString(), QStringLiteral("Step 2 of 4"));
    QCOMPARE(status[2][1].value<TaskStatus>(), TaskStatus::Completed);
}

void TestTaskPoller::inputRequiredIsAnsweredWithTasksUpdate()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startTask(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("input_required", {{"inputRequests", {{"k1", confirmRequest()}}}}));
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/update").size(), 1);
    QCOMPARE(rig->provider.asked.size(), 1);
    QCOMPARE(rig->provider.asked[0].message, QStringLiteral("Really delete?"));
    const json update = rig->transport->lastRequest("tasks/update")["params"];
    QVERIFY(update["taskId"] == "t-1");
    QVERIFY(update["inputResponses"]["k1"]["action"] == "accept");
    QVERIFY(update["inputResponses"]["k1"]["content"]["confirm"] == true);
    rig->transport->reply("tasks/update", {{"resultType", "complete"}});
    QVERIFY(rig->pollOnce());
    // The server has not caught up yet: the same key is still listed. Not asked twice.
    rig->transport->reply("tasks/get", got("input_required", {{"inputRequests", {{"k1", confirmRequest()}}}}));
    QVERIFY(rig->pollOnce());
    QCOMPARE(rig->provider.asked.size(), 1);
    QCOMPARE(rig->transport->sentWithMethod("tasks/update").size(), 1);
    rig->transport->reply("tasks/get", got("completed", {{"result", {{"content", json::array()}, {"isError", true}}}}));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok()); // a tool error is a completed task: the caller shows isError
}

void TestTaskPoller::cancelSendsTasksCancel()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startTask(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QTRY_COMPARE(rig->clock.due.size(), 1);
    loop->cancel();
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/cancel").size(), 1);
    QVERIFY(rig->transport->lastRequest("tasks/cancel")["params"]["taskId"] == "t-1");
    QCOMPARE(header(rig->transport->sentRaw.last(), "Mcp-Name"), QByteArray("t-1"));
    QCOMPARE(finished.size(), 0); // waits for the acknowledgement
    rig->clock.tick();              // a poll that was due does nothing now
    QCOMPARE(rig->transport->sentWithMethod("tasks/get").size(), 0);
    rig->transport->reply("tasks/cancel", {{"resultType", "complete"}});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Cancelled);
    QVERIFY(loop->error().hint.isEmpty());
}

void TestTaskPoller::failedTaskCarriesTheServerError()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startTask(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("failed", {{"error", {{"code", -32603}, {"message", "disk full"}}}}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Server);
    QCOMPARE(loop->error().code, -32603);
    QVERIFY2(loop->error().message.contains(QStringLiteral("disk full")), qPrintable(loop->error().message));
}

void TestTaskPoller::garbageStatusEndsClearlyAndCancels()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startTask(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("banana"));
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/cancel").size(), 1);
    rig->transport->replyError("tasks/cancel", -32602, "unknown task");
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Protocol);
    QVERIFY2(loop->error().message.contains(QStringLiteral("banana")), qPrintable(loop->error().message));
    QVERIFY(loop->error().hint.contains(QStringLiteral("did not confirm")));
}

void TestTaskPoller::neverEndingTaskHitsTheBound()
{
    auto rig = makeRig();
    TaskPoller *poller = rig->makePoller();
    QSignalSpy finished(poller, &TaskPoller::finished);
    poller->setMaxWaitMs(10'000);
    poller->start(created());
    int polls = 0;
    for (;;) {
        QTRY_VERIFY(!rig->clock.due.isEmpty() || !rig->transport->sentWithMethod("tasks/cancel").isEmpty());
        if (!rig->transport->sentWithMethod("tasks/cancel").isEmpty())
            break;
        QVERIFY(rig->clock.tick());
        ++polls;
        QTRY_COMPARE(rig->transport->sentWithMethod("tasks/get").size(), polls);
        rig->transport->reply("tasks/get", got("working"));
        QVERIFY(polls < 100);
    }
    QCOMPARE(polls, 4); // 4 x 2500 ms
    rig->transport->reply("tasks/cancel", {{"resultType", "complete"}});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(poller->error().kind, ErrorKind::Timeout);
    QVERIFY2(poller->error().message.contains(QStringLiteral("still working")), qPrintable(poller->error().message));
}

void TestTaskPoller::expiredTtlStopsWaiting()
{
    auto rig = makeRig();
    TaskPoller *poller = rig->makePoller();
    QSignalSpy finished(poller, &TaskPoller::finished);
    poller->start(created({{"ttlMs", 1000}, {"pollIntervalMs", 10'000}}));
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("working", {{"ttlMs", 1000}, {"pollIntervalMs", 30'000}}));
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("working", {{"ttlMs", 1000}, {"pollIntervalMs", 30'000}}));
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/cancel").size(), 1);
    rig->transport->reply("tasks/cancel", {{"resultType", "complete"}});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(poller->error().kind, ErrorKind::Timeout);
    QVERIFY2(poller->error().message.contains(QStringLiteral("time-to-live")), qPrintable(poller->error().message));
}

void TestTaskPoller::malformedCreateResultFails()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startCall(*rig, &rig->provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    json bad = created();
    bad.erase("taskId");
    rig->transport->reply("tools/call", bad);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Protocol);
    QVERIFY(loop->error().message.contains(QStringLiteral("taskId")));
    QCOMPARE(rig->clock.due.size(), 0);
}

void TestTaskPoller::onlyToolsCallDeclaresTheExtension()
{
    auto rig = makeRig();
    auto *loop = new InputRequiredLoop(rig->client.get(), QStringLiteral("prompts/get"), {{"name", "p"}}, &rig->provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    loop->start();
    QTRY_COMPARE(rig->transport->sentWithMethod("prompts/get").size(), 1);
    const json meta = rig->transport->lastRequest("prompts/get")["params"]["_meta"];
    QVERIFY(!meta["io.modelcontextprotocol/clientCapabilities"]["extensions"].contains(kExt));
    // A task for a request that cannot be one is an invalid response (SEP-2663).
    rig->transport->reply("prompts/get", created());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Protocol);
    // A plain RpcCall (no poller behind it) never declares it either.
    rig->client->call(QStringLiteral("tools/call"), {{"name", "x"}});
    QTRY_COMPARE(rig->transport->sentWithMethod("tools/call").size(), 1);
    QVERIFY(!rig->transport->lastRequest("tools/call")["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"]["extensions"].contains(kExt));
    // MCP Apps is declared on every request (both eras), tasks only where it applies.
    QVERIFY(rig->transport->lastRequest("tools/call")["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"]["extensions"].contains("io.modelcontextprotocol/ui"));
}

void TestTaskPoller::withoutProviderInputCancelsTheTask()
{
    auto rig = makeRig();
    QPointer<InputRequiredLoop> loop = startTask(*rig, nullptr);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QVERIFY(rig->pollOnce());
    rig->transport->reply("tasks/get", got("input_required", {{"inputRequests", {{"k1", confirmRequest()}}}}));
    QTRY_COMPARE(rig->transport->sentWithMethod("tasks/cancel").size(), 1);
    rig->transport->reply("tasks/cancel", {{"resultType", "complete"}});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::InputNeeded);
    QVERIFY(loop->error().message.contains(QStringLiteral("Really delete?")));
}

QTEST_GUILESS_MAIN(TestTaskPoller)
#include "tst_taskpoller.moc"
