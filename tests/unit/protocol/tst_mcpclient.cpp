// The client engine against a hand-driven transport: lifecycle, version negotiation,
// ids, server requests, notifications, timeouts, cancellation, session replay.
#include "faketransport.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

class TestMcpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeSendsInitializeThenInitialized();
    void acceptsSupportedVersions_data();
    void acceptsSupportedVersions();
    void refusesUnknownVersion();
    void idsAreNeverReused();
    void answersPingAndRefusesOtherServerRequests();
    void errorObjectsReachTheCaller();
    void timeoutSendsCancelledAndIgnoresLateReply();
    void cancelSendsNotificationButNeverForInitialize();
    void signInHoldsTheRequestClock();
    void progressIsRoutedAndExtendsTheTimeout();
    void listChangedNotificationIsSignalled();
    void sessionExpiryReinitializesOnceAndReplays();
    void secondExpiryAfterReplayFails();
    void transportFailureFailsEverythingPending();
    void garbageFrameIsReportedNotFatal();
    void requestsBeforeReadyWaitForTheHandshake();

private:
    struct Rig
    {
        FakeTransport *transport;
        std::unique_ptr<McpClient> client;
    };
    Rig makeReadyClient(ClientOptions options = {});
};

TestMcpClient::Rig TestMcpClient::makeReadyClient(ClientOptions options)
{
    options.eraPreference = EraPreference::Legacy; // the modern era: tst_modernera
    auto *t = new FakeTransport;
    auto client = std::make_unique<McpClient>(t, options);
    QSignalSpy ready(client.get(), &McpClient::ready);
    client->connectToServer();
    [&] { QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1); }();
    t->completeHandshake();
    [&] { QTRY_COMPARE(ready.size(), 1); }();
    return {t, std::move(client)};
}

void TestMcpClient::handshakeSendsInitializeThenInitialized()
{
    auto rig = makeReadyClient();
    const json init = rig.transport->sent.at(0);
    QCOMPARE(init["method"].get<std::string>(), std::string("initialize"));
    QCOMPARE(init["params"]["protocolVersion"].get<std::string>(), std::string("2025-11-25"));
    // No client features (no elicitation provider here); the one extension is MCP Apps.
    QVERIFY(init["params"]["capabilities"] == json({{"extensions", {{"io.modelcontextprotocol/ui", {{"mimeTypes", {"text/html;profile=mcp-app"}}}}}}}));
    QCOMPARE(init["params"]["clientInfo"]["name"].get<std::string>(), std::string("mcp-connect"));
    QVERIFY(rig.transport->sentRaw.at(0).isInitialize);
    const json initialized = rig.transport->sent.at(1);
    QCOMPARE(initialized["method"].get<std::string>(), std::string("notifications/initialized"));
    QVERIFY(!initialized.contains("id"));
    QCOMPARE(rig.transport->negotiatedVersion, QStringLiteral("2025-11-25"));
    QCOMPARE(rig.transport->initializedCalls, 1);
    QCOMPARE(rig.client->serverInfo().name, QStringLiteral("fake"));
}

void TestMcpClient::acceptsSupportedVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("2025-11-25") << QStringLiteral("2025-11-25");
    QTest::newRow("2025-06-18") << QStringLiteral("2025-06-18");
    QTest::newRow("2025-03-26") << QStringLiteral("2025-03-26");
}

void TestMcpClient::acceptsSupportedVersions()
{
    QFETCH(QString, version);
    auto *t = new FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sent.size(), 1);
    t->completeHandshake(version.toStdString());
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(client.serverInfo().protocolVersion, version);
    QCOMPARE(t->negotiatedVersion, version);
}

void TestMcpClient::refusesUnknownVersion()
{
    for (const char *v : {"2024-11-05", "2099-01-01"}) {
        auto *t = new FakeTransport;
        McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
        QSignalSpy failed(&client, &McpClient::connectFailed);
        client.connectToServer();
        QTRY_COMPARE(t->sent.size(), 1);
        t->completeHandshake(v);
        QTRY_COMPARE(failed.size(), 1);
        const Error e = failed.at(0).at(0).value<Error>();
        QCOMPARE(e.kind, ErrorKind::Protocol);
        QVERIFY2(e.message.contains(QString::fromLatin1(v)), qPrintable(e.message));
        QVERIFY(t->sentWithMethod("notifications/initialized").isEmpty());
        QCOMPARE(t->closeCalls, 1);
    }
}

void TestMcpClient::idsAreNeverReused()
{
    auto rig = makeReadyClient();
    std::set<long long> ids{rig.transport->sent.at(0)["id"].get<long long>()};
    for (int i = 0; i < 20; ++i) {
        RpcCall *c = rig.client->call(QStringLiteral("tools/list"));
        const json req = rig.transport->lastRequest("tools/list");
        QVERIFY(ids.insert(req["id"].get<long long>()).second);
        QSignalSpy done(c, &RpcCall::finished);
        rig.transport->reply("tools/list", {{"tools", json::array()}});
        QCOMPARE(done.size(), 1);
    }
}

void TestMcpClient::answersPingAndRefusesOtherServerRequests()
{
    auto rig = makeReadyClient();
    rig.transport->deliver({{"jsonrpc", "2.0"}, {"id", "srv-1"}, {"method", "ping"}});
    json reply = rig.transport->sent.last();
    QCOMPARE(reply["id"].get<std::string>(), std::string("srv-1"));
    QVERIFY(reply["result"].is_object() && reply["result"].empty());
    QCOMPARE(rig.transport->sentRaw.last().kind, OutgoingMessage::Kind::Response);
    for (const char *method : {"roots/list", "sampling/createMessage", "elicitation/create", "x/unknown"}) {
        rig.transport->deliver({{"jsonrpc", "2.0"}, {"id", 77}, {"method", method}});
        reply = rig.transport->sent.last();
        QCOMPARE(reply["id"].get<int>(), 77);
        QCOMPARE(reply["error"]["code"].get<int>(), -32601);
    }
}

void TestMcpClient::errorObjectsReachTheCaller()
{
    auto rig = makeReadyClient();
    RpcCall *c = rig.client->call(QStringLiteral("tools/call"), {{"name", "x"}});
    QSignalSpy done(c, &RpcCall::finished);
    rig.transport->replyError("tools/call", -32602, "Unknown tool: x");
    QCOMPARE(done.size(), 1);
    QVERIFY(!c->ok());
    QCOMPARE(c->error().kind, ErrorKind::Server);
    QCOMPARE(c->error().code, -32602);
    QVERIFY(c->error().message.contains(QStringLiteral("Unknown tool: x")));
    QCOMPARE(rig.transport->answered.size(), 2); // initialize's response, then this one
}

void TestMcpClient::timeoutSendsCancelledAndIgnoresLateReply()
{
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 50;
    auto rig = makeReadyClient(o);
    RpcCall *c = rig.client->call(QStringLiteral("tools/call"), {{"name", "slow"}});
    // Read in the slot: the call deletes itself after finished, and QTRY's event loop
    // runs that deferred delete (ASan found the read after it).
    Error error;
    connect(c, &RpcCall::finished, this, [&error, c] { error = c->error(); });
    QSignalSpy done(c, &RpcCall::finished);
    const json req = rig.transport->lastRequest("tools/call");
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(error.kind, ErrorKind::Timeout);
    QVERIFY(error.message.contains(QStringLiteral("tools/call")));
    const json cancelled = rig.transport->lastRequest("notifications/cancelled");
    QVERIFY(cancelled["params"]["requestId"] == req["id"]);
    QCOMPARE(rig.transport->abandoned.size(), 1);
    // A reply after the timeout is ignored, not delivered twice and not a crash.
    rig.transport->deliver({{"jsonrpc", "2.0"}, {"id", req["id"]}, {"result", json::object()}});
    QCOMPARE(done.size(), 1);
}

void TestMcpClient::signInHoldsTheRequestClock()
{
    // A person at a consent page may take minutes: while the transport waits for the
    // sign-in, no request may time out; afterwards each gets its whole timeout again.
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 40;
    auto rig = makeReadyClient(o);
    RpcCall *c = rig.client->call(QStringLiteral("tools/call"), {{"name", "protected"}});
    QSignalSpy done(c, &RpcCall::finished);
    Q_EMIT rig.transport->authorizationPending(true);
    RpcCall *during = rig.client->call(QStringLiteral("tools/list"), json::object()); // sent while waiting
    Error duringError; // read in the slot: QTRY below runs the call's deferred delete
    connect(during, &RpcCall::finished, this, [&duringError, during] { duringError = during->error(); });
    QSignalSpy duringDone(during, &RpcCall::finished);
    QTest::qWait(200); // five timeouts' worth: both would have failed without the hold
    QCOMPARE(done.size(), 0);
    QCOMPARE(duringDone.size(), 0);
    Q_EMIT rig.transport->authorizationPending(false);
    const json req = rig.transport->lastRequest("tools/call");
    rig.transport->deliver({{"jsonrpc", "2.0"}, {"id", req["id"]}, {"result", {{"content", json::array()}}}});
    QCOMPARE(done.size(), 1);
    QVERIFY(c->ok());
    QTRY_COMPARE(duringDone.size(), 1); // its clock runs again once the sign-in is over
    QCOMPARE(duringError.kind, ErrorKind::Timeout);
}

void TestMcpClient::cancelSendsNotificationButNeverForInitialize()
{
    auto rig = makeReadyClient();
    RpcCall *c = rig.client->call(QStringLiteral("tools/call"), {{"name", "x"}});
    QSignalSpy done(c, &RpcCall::finished);
    const json req = rig.transport->lastRequest("tools/call");
    c->cancel(QStringLiteral("user pressed stop"));
    QCOMPARE(done.size(), 1);
    QCOMPARE(c->error().kind, ErrorKind::Cancelled);
    const json n = rig.transport->lastRequest("notifications/cancelled");
    QVERIFY(n["params"]["requestId"] == req["id"]);
    QCOMPARE(n["params"]["reason"].get<std::string>(), std::string("user pressed stop"));

    // A hanging initialize times out, but is never cancelled (spec).
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.initializeTimeoutMs = 50;
    auto *t2 = new FakeTransport;
    McpClient slow(t2, o);
    QSignalSpy failed(&slow, &McpClient::connectFailed);
    slow.connectToServer();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Timeout);
    QVERIFY(t2->sentWithMethod("notifications/cancelled").isEmpty());
}

void TestMcpClient::progressIsRoutedAndExtendsTheTimeout()
{
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 400;
    auto rig = makeReadyClient(o);
    CallOptions co;
    co.wantProgress = true;
    RpcCall *c = rig.client->call(QStringLiteral("tools/call"), {{"name", "long"}}, co); // times out at t0+400
    QSignalSpy progress(c, &RpcCall::progress);
    QSignalSpy done(c, &RpcCall::finished);
    const json req = rig.transport->lastRequest("tools/call");
    const json token = req["params"]["_meta"]["progressToken"];
    QVERIFY(!token.is_null());
    auto sendProgress = [&](int i) {
        rig.transport->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/progress"},
                                {"params", {{"progressToken", token}, {"progress", i}, {"total", 4}, {"message", "step"}}}});
    };
    // No sleeps: other calls' timeouts are the clock. Timers fire in deadline order, so
    // the comparisons hold however slow the machine is.
    CallOptions after200;
    after200.timeoutMs = 200;
    RpcCall *tick = rig.client->call(QStringLiteral("resources/list"), json::object(), after200);
    QSignalSpy tickDone(tick, &RpcCall::finished);
    QVERIFY(tickDone.wait(10000));
    QCOMPARE(done.size(), 0);
    sendProgress(1); // at t1 >= t0+200: the call now times out at t1+400 >= t0+600
    CallOptions after300;
    after300.timeoutMs = 300;
    RpcCall *probe = rig.client->call(QStringLiteral("prompts/list"), json::object(), after300); // at t1+300 > t0+400
    bool pendingAtProbe = false;
    connect(probe, &RpcCall::finished, this, [&] { pendingAtProbe = !c->isFinished(); });
    QSignalSpy probeDone(probe, &RpcCall::finished);
    QVERIFY(probeDone.wait(10000));
    QVERIFY2(pendingAtProbe, "progress did not extend the timeout: the call ended at its first deadline");
    for (int i = 2; i <= 4; ++i) {
        sendProgress(i);
        QCOMPARE(done.size(), 0);
    }
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.at(3).at(0).toDouble(), 4.0);
    QCOMPARE(progress.at(3).at(1).toDouble(), 4.0);
    QCOMPARE(progress.at(3).at(2).toString(), QStringLiteral("step"));
    rig.transport->reply("tools/call", {{"content", json::array()}});
    QCOMPARE(done.size(), 1);
    QVERIFY(c->ok());
    // Progress for an unknown token is ignored.
    rig.transport->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/progress"}, {"params", {{"progressToken", 999}, {"progress", 1}}}});
}

void TestMcpClient::listChangedNotificationIsSignalled()
{
    auto rig = makeReadyClient();
    QSignalSpy changed(rig.client.get(), &McpClient::toolsListChanged);
    QSignalSpy any(rig.client.get(), &McpClient::notificationReceived);
    rig.transport->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(any.size(), 1);
    QCOMPARE(any.at(0).at(0).toString(), QStringLiteral("notifications/tools/list_changed"));
}

void TestMcpClient::sessionExpiryReinitializesOnceAndReplays()
{
    auto rig = makeReadyClient();
    RpcCall *c = rig.client->call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    const json first = rig.transport->lastRequest("tools/list");
    Q_EMIT rig.transport->sessionExpired(jsonrpc::idKey(first["id"]));
    QCOMPARE(rig.transport->resetSessionCalls, 1);
    QTRY_COMPARE(rig.transport->sentWithMethod("initialize").size(), 2);
    rig.transport->completeHandshake();
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/list").size(), 2);
    const json replay = rig.transport->lastRequest("tools/list");
    QVERIFY(replay["id"] != first["id"]); // a fresh id, never the old one
    QCOMPARE(rig.transport->sentWithMethod("notifications/initialized").size(), 2);
    rig.transport->reply("tools/list", {{"tools", json::array({{{"name", "t"}}})}});
    QCOMPARE(done.size(), 1);
    QVERIFY(c->ok());
    QCOMPARE(rig.client->reinitializeCount(), 1);
}

void TestMcpClient::secondExpiryAfterReplayFails()
{
    auto rig = makeReadyClient();
    RpcCall *c = rig.client->call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    Q_EMIT rig.transport->sessionExpired(jsonrpc::idKey(rig.transport->lastRequest("tools/list")["id"]));
    QTRY_COMPARE(rig.transport->sentWithMethod("initialize").size(), 2);
    rig.transport->completeHandshake();
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/list").size(), 2);
    Q_EMIT rig.transport->sessionExpired(jsonrpc::idKey(rig.transport->lastRequest("tools/list")["id"]));
    QCOMPARE(done.size(), 1);
    QCOMPARE(c->error().kind, ErrorKind::Connection);
    QCOMPARE(rig.transport->sentWithMethod("initialize").size(), 2); // no loop
}

void TestMcpClient::transportFailureFailsEverythingPending()
{
    auto rig = makeReadyClient();
    RpcCall *a = rig.client->call(QStringLiteral("tools/list"));
    RpcCall *b = rig.client->call(QStringLiteral("ping"));
    QSignalSpy da(a, &RpcCall::finished), db(b, &RpcCall::finished);
    QSignalSpy failed(rig.client.get(), &McpClient::failed);
    Q_EMIT rig.transport->failed(Error::make(ErrorKind::Connection, QStringLiteral("process exited")));
    QCOMPARE(da.size(), 1);
    QCOMPARE(db.size(), 1);
    QCOMPARE(a->error().message, QStringLiteral("process exited"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(rig.client->state(), McpClient::State::Failed);
}

void TestMcpClient::garbageFrameIsReportedNotFatal()
{
    auto rig = makeReadyClient();
    QSignalSpy diag(rig.client.get(), &McpClient::diagnostic);
    rig.transport->deliverRaw("this is not json");
    rig.transport->deliverRaw(QByteArray("\x00\x01\x02", 3));
    QCOMPARE(diag.size(), 2);
    QCOMPARE(rig.client->state(), McpClient::State::Ready);
    RpcCall *c = rig.client->call(QStringLiteral("ping"));
    QSignalSpy done(c, &RpcCall::finished);
    rig.transport->reply("ping", json::object());
    QCOMPARE(done.size(), 1);
}

void TestMcpClient::requestsBeforeReadyWaitForTheHandshake()
{
    auto *t = new FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    client.connectToServer();
    RpcCall *c = client.call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    QTRY_COMPARE(t->sent.size(), 1);
    QVERIFY(t->sentWithMethod("tools/list").isEmpty()); // only ping may precede init
    t->completeHandshake();
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 1);
    // initialized goes out before the queued request.
    QCOMPARE(t->sent.at(1)["method"].get<std::string>(), std::string("notifications/initialized"));
}

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcpclient.moc"
