// Streamable HTTP against a scripted server: headers, JSON and SSE replies, sessions,
// session expiry and replay, the legacy fallback rules, resumption, and broken servers.
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "scriptedhttpserver.h"
#include "transport/autohttptransport.h"
#include "transport/httpauthenticator.h"
#include "transport/streamablehttptransport.h"

#include "http/client/httpclient.h"
#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;
using nlohmann::json;

namespace {

QByteArray result(const ScriptedRequest &r, const json &res)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"result\":" + QByteArray::fromStdString(res.dump()) + "}";
}

json initResult(const char *version = "2025-11-25")
{
    return {{"protocolVersion", version}, {"capabilities", {{"tools", json::object()}}}, {"serverInfo", {{"name", "scripted"}, {"version", "1"}}}};
}

// A well-behaved server: sessions, JSON replies. Tests override pieces.
struct GoodServer
{
    QByteArray session = "sess-1";
    int sessionGeneration = 1;
    void handle(const ScriptedRequest &r, ScriptedConnection *c)
    {
        const QByteArray m = r.jsonMethod();
        if (r.method == "DELETE") {
            c->respond(200);
            return;
        }
        if (r.method == "GET") {
            c->respond(405, {}, "text/plain");
            return;
        }
        if (m == "initialize") {
            c->respond(200, result(r, initResult()), "application/json", {{"Mcp-Session-Id", session}});
            return;
        }
        if (r.jsonId().isEmpty()) {
            c->respond(202);
            return;
        }
        if (m == "tools/list") {
            c->respond(200, result(r, {{"tools", json::array({{{"name", "t1"}, {"inputSchema", {{"type", "object"}}}}})}}));
            return;
        }
        c->respond(200, result(r, json::object()));
    }
};

struct Rig
{
    http::HttpClient nam;
    std::unique_ptr<McpClient> client;
    void connectTo(Transport *t, ClientOptions o = {})
    {
        o.eraPreference = EraPreference::Legacy; // the modern era: tst_modernera
        client = std::make_unique<McpClient>(t, o);
        client->connectToServer();
    }
    bool waitReady()
    {
        QSignalSpy ready(client.get(), &McpClient::ready);
        QSignalSpy failed(client.get(), &McpClient::connectFailed);
        return ready.wait(5000) || (failed.isEmpty() ? false : false);
    }
};

RpcCall *callAndWait(McpClient *client, const QString &method)
{
    RpcCall *c = client->call(method);
    QSignalSpy done(c, &RpcCall::finished);
    if (!done.wait(10000))
        qWarning("call did not finish");
    return c;
}

} // namespace

class TestStreamableHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsTheRequiredHeaders();
    void acceptsSseRepliesWithPrimingEvents();
    void sessionExpired404ReinitializesAndReplays();
    void serverEverything400SessionQuirkAlsoReplays();
    void deleteEndsTheSessionOnClose();
    void fallbackRules_data();
    void fallbackRules();
    void noFallbackOn401();
    void noFallbackAfterTheFirstRequest();
    void resumesABrokenStreamWithLastEventId();
    void streamWithoutEventIdFailsClearly();
    void garbageBodyFailsImmediately();
    void wrongContentTypeFailsClearly();
    void oversizedReplyIsRefused();
    void hangingServerTimesOut();
    void serverDyingMidStreamFails();
    void connectionRefusedIsAConnectionError();
};

void TestStreamableHttp::sendsTheRequiredHeaders()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) { good.handle(r, c); });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(c->ok());
    const auto init = server.requestsFor("initialize").first();
    QCOMPARE(init.header("accept"), QByteArray("application/json, text/event-stream"));
    QCOMPARE(init.header("content-type"), QByteArray("application/json"));
    QVERIFY(init.header("mcp-session-id").isEmpty());
    QVERIFY(init.header("mcp-protocol-version").isEmpty()); // not before negotiation
    const auto list = server.requestsFor("tools/list").first();
    QCOMPARE(list.header("mcp-session-id"), QByteArray("sess-1"));
    QCOMPARE(list.header("mcp-protocol-version"), QByteArray("2025-11-25"));
    QCOMPARE(list.header("accept"), QByteArray("application/json, text/event-stream"));
    const auto initialized = server.requestsFor("notifications/initialized").first();
    QCOMPARE(initialized.header("mcp-session-id"), QByteArray("sess-1"));
}

void TestStreamableHttp::acceptsSseRepliesWithPrimingEvents()
{
    ScriptedHttpServer server([](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonId().isEmpty())
            return c->respond(202);
        c->startSse({{"Mcp-Session-Id", "s"}});
        c->sseEvent({}, "prime-1");                       // priming: id, empty data
        c->sendRaw(": keep-alive\r\n\r\n");
        c->sseEvent("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\",\"data\":\"hello\"}}", "e1");
        const QByteArray res = r.jsonMethod() == "initialize" ? result(r, initResult()) : result(r, {{"ok", true}});
        c->sendRaw("event: message\r\nid: e2\r\ndata: " + res.left(10) + "\r\ndata: " + res.mid(10) + "\r\n\r\n");
        c->close();
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    QSignalSpy log(rig.client.get(), &McpClient::logMessage);
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("x/y"));
    QVERIFY2(c->ok(), qPrintable(c->error().message));
    QCOMPARE(c->result()["ok"].get<bool>(), true);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).at(1).toString(), QStringLiteral("hello"));
}

void TestStreamableHttp::sessionExpired404ReinitializesAndReplays()
{
    GoodServer good;
    bool expireNext = false;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "initialize" && good.sessionGeneration > 1)
            good.session = "sess-" + QByteArray::number(good.sessionGeneration);
        if (expireNext && r.header("mcp-session-id") == "sess-1" && r.method == "POST") {
            return c->respond(404, R"({"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found"}})");
        }
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    expireNext = true;
    good.sessionGeneration = 2;
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY2(c->ok(), qPrintable(c->error().message));
    QCOMPARE(server.requestsFor("initialize").size(), 2);
    QVERIFY(server.requestsFor("initialize").last().header("mcp-session-id").isEmpty());
    const auto lists = server.requestsFor("tools/list");
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.last().header("mcp-session-id"), QByteArray("sess-2"));
    QVERIFY(lists.first().jsonId() != lists.last().jsonId());
    QCOMPARE(rig.client->reinitializeCount(), 1);
}

void TestStreamableHttp::serverEverything400SessionQuirkAlsoReplays()
{
    GoodServer good;
    bool forget = false;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (forget && r.header("mcp-session-id") == "sess-1" && r.method == "POST" && r.jsonMethod() != "initialize")
            return c->respond(400, R"({"jsonrpc":"2.0","error":{"code":-32000,"message":"Bad Request: No valid session ID provided"},"id":null})");
        if (r.jsonMethod() == "initialize" && forget)
            good.session = "sess-2";
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    forget = true;
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY2(c->ok(), qPrintable(c->error().message));
    QCOMPARE(server.requestsFor("initialize").size(), 2);
}

void TestStreamableHttp::deleteEndsTheSessionOnClose()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) { good.handle(r, c); });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    QSignalSpy closed(rig.client.get(), &McpClient::closed);
    rig.client->close();
    QVERIFY(closed.wait(5000));
    QCOMPARE(server.count("DELETE"), 1);
    QCOMPARE(server.requests().last().header("mcp-session-id"), QByteArray("sess-1"));
}

void TestStreamableHttp::fallbackRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expectFallback");
    QTest::newRow("404") << 404 << QByteArray("Not Found") << true;
    QTest::newRow("405") << 405 << QByteArray() << true;
    QTest::newRow("400 plain") << 400 << QByteArray("Bad Request") << true;
    QTest::newRow("400 json-rpc error") << 400
        << QByteArray(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Unsupported protocol version"}})") << false;
    QTest::newRow("500") << 500 << QByteArray("boom") << false;
    QTest::newRow("403") << 403 << QByteArray("nope") << false;
}

void TestStreamableHttp::fallbackRules()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, expectFallback);
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.method == "POST" && r.path == "/mcp")
            return c->respond(status, body, "text/plain");
        if (r.method == "GET") {
            c->startSse();
            c->sseEvent("/messages?sessionId=abc", {}, "endpoint");
            return;
        }
        if (r.method == "POST" && r.path.startsWith("/messages")) {
            c->respond(202);
            return;
        }
    });
    Rig rig;
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.initializeTimeoutMs = 3000;
    rig.connectTo(new AutoHttpTransport(server.url(), &rig.nam), o);
    QSignalSpy failed(rig.client.get(), &McpClient::connectFailed);
    if (expectFallback) {
        // The legacy endpoint accepted initialize: the GET and the POST to it prove the switch.
        QTRY_VERIFY_WITH_TIMEOUT(server.count("GET") == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!server.requestsFor("initialize").isEmpty() &&
                                     server.requestsFor("initialize").last().path.startsWith("/messages"), 5000);
    } else {
        QVERIFY(failed.wait(5000));
        QCOMPARE(server.count("GET"), 0);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, status);
    }
}

void TestStreamableHttp::noFallbackOn401()
{
    ScriptedHttpServer server([](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.method == "POST")
            return c->respond(401, {}, "text/plain", {{"WWW-Authenticate", R"(Bearer resource_metadata="http://x/.well-known/oauth-protected-resource")"}});
        c->respond(500);
    });
    Rig rig;
    rig.connectTo(new AutoHttpTransport(server.url(), &rig.nam));
    QSignalSpy failed(rig.client.get(), &McpClient::connectFailed);
    QVERIFY(failed.wait(5000));
    const Error e = failed.at(0).at(0).value<Error>();
    QCOMPARE(e.kind, ErrorKind::Auth);
    QCOMPARE(server.count("GET"), 0);
}

void TestStreamableHttp::noFallbackAfterTheFirstRequest()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list")
            return c->respond(405, {}, "text/plain");
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new AutoHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QCOMPARE(c->error().code, 405);
    QCOMPARE(server.count("GET"), 0);
}

void TestStreamableHttp::resumesABrokenStreamWithLastEventId()
{
    GoodServer good;
    QByteArray pendingId;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/call") {
            pendingId = r.jsonId();
            c->startSse();
            c->sseEvent({}, "ev-7", {}, 20); // priming event with a short retry
            c->close();                      // server closes before answering
            return;
        }
        if (r.method == "GET" && r.header("last-event-id") == "ev-7") {
            c->startSse();
            c->sseEvent("{\"jsonrpc\":\"2.0\",\"id\":" + pendingId + ",\"result\":{\"content\":[]}}", "ev-8");
            c->close();
            return;
        }
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/call"));
    QVERIFY2(c->ok(), qPrintable(c->error().message));
    QCOMPARE(server.count("GET"), 1);
}

void TestStreamableHttp::streamWithoutEventIdFailsClearly()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/call") {
            c->startSse();
            c->sendRaw(": working\n\n");
            c->close();
            return;
        }
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/call"));
    QVERIFY(!c->ok());
    QCOMPARE(c->error().kind, ErrorKind::Connection);
    QVERIFY(c->error().message.contains(QStringLiteral("closed the stream")));
    QCOMPARE(server.count("GET"), 0);
}

void TestStreamableHttp::garbageBodyFailsImmediately()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list")
            return c->respond(200, "<html>502 Bad Gateway</html>{{{");
        good.handle(r, c);
    });
    Rig rig;
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 60000; // must fail long before this
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam), o);
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QCOMPARE(c->error().kind, ErrorKind::Protocol);
    QVERIFY2(c->error().message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(c->error().message));
    QCOMPARE(rig.client->state(), McpClient::State::Ready); // one bad reply is not fatal
}

void TestStreamableHttp::wrongContentTypeFailsClearly()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list")
            return c->respond(200, "hello", "text/html");
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QVERIFY(c->error().message.contains(QStringLiteral("text/html")));
}

void TestStreamableHttp::oversizedReplyIsRefused()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list")
            return c->respond(200, result(r, {{"blob", std::string(200000, 'x')}}));
        good.handle(r, c);
    });
    Rig rig;
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.maxMessageBytes = 64 * 1024;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam), o);
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QVERIFY2(c->error().message.contains(QStringLiteral("limit")), qPrintable(c->error().message));
}

void TestStreamableHttp::hangingServerTimesOut()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list")
            return; // never answer
        good.handle(r, c);
    });
    Rig rig;
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 300;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam), o);
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QCOMPARE(c->error().kind, ErrorKind::Timeout);
    // The cancellation reached the server.
    QTRY_COMPARE(server.requestsFor("notifications/cancelled").size(), 1);
}

void TestStreamableHttp::serverDyingMidStreamFails()
{
    GoodServer good;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list") {
            c->sendRaw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",");
            c->close(); // dies half-way through the body
            return;
        }
        good.handle(r, c);
    });
    Rig rig;
    rig.connectTo(new StreamableHttpTransport(server.url(), &rig.nam));
    QVERIFY(rig.waitReady());
    RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
    QVERIFY(!c->ok());
    QCOMPARE(c->error().kind, ErrorKind::Connection);
    QVERIFY2(c->error().message.contains(QStringLiteral("closed")), qPrintable(c->error().message));
}

void TestStreamableHttp::connectionRefusedIsAConnectionError()
{
    quint16 port = 0;
    {
        ScriptedHttpServer gone(nullptr);
        port = gone.port();
    }
    Rig rig;
    rig.connectTo(new AutoHttpTransport(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)), &rig.nam));
    QSignalSpy failed(rig.client.get(), &McpClient::connectFailed);
    QVERIFY(failed.wait(5000));
    const Error e = failed.at(0).at(0).value<Error>();
    QCOMPARE(e.kind, ErrorKind::Connection);
    QVERIFY(e.message.contains(QStringLiteral("refused")));
    QVERIFY(e.hint.contains(QStringLiteral("running")));
}

QTEST_GUILESS_MAIN(TestStreamableHttp)
#include "tst_streamablehttp.moc"
