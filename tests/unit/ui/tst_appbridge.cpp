// The host side of the MCP Apps bridge with fakes for the server, the person and the
// browser: the handshake, what waits for "initialized", tools/call with one consent
// question, links, messages, sizes, teardown, and what a hostile App cannot do.
#include "apps/appbridge.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc::ui;
using json = nlohmann::json;

// QCOMPARE cannot print nlohmann::json; this shows both sides as JSON.
#define JCOMPARE(actual, expected)                                                                                      \
    QVERIFY2(json(actual) == json(expected), qPrintable(QString::fromStdString(json(actual).dump() + " != " + json(expected).dump())))

class TestAppBridge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initializeAnswersWithHostContext();
    void inputAndResultWaitForInitialized();
    void toolCallAsksOnceAndProxies();
    void deniedToolCallIsAnError();
    void requestsBeforeInitializeAreRefused();
    void linksOnlyHttp();
    void messageSizeAndTeardown();
    void malformedMessagesChangeNothing();

private:
    void send(const json &m) { m_bridge->receive(QByteArray::fromStdString(m.dump())); }
    json last() const { return m_out.isEmpty() ? json() : m_out.last(); }
    void handshake();

    std::unique_ptr<AppBridge> m_bridge;
    QList<json> m_out;
    QList<json> m_toolCalls;
    int m_asked = 0;
    std::function<void(bool)> m_pendingConsent;
    QList<QUrl> m_opened;
};

void TestAppBridge::init()
{
    m_bridge = std::make_unique<AppBridge>();
    m_out.clear();
    m_toolCalls.clear();
    m_asked = 0;
    m_opened.clear();
    connect(m_bridge.get(), &AppBridge::sendToApp, this, [this](const QByteArray &m) { m_out << json::parse(m.toStdString()); });
    m_bridge->setHostInfo(QStringLiteral("mcp-connect"), QStringLiteral("9.9"));
    m_bridge->setHostContext({{"theme", "dark"}, {"displayMode", "inline"}});
    m_bridge->setHostCapabilities({{"serverTools", json::object()}});
    m_bridge->setToolCaller([this](const json &params, AppBridge::Reply reply) {
        m_toolCalls << params;
        reply({{"result", {{"content", {{{"type", "text"}, {"text", "12:00"}}}}}}});
    });
    m_bridge->setConsentAsker([this](const QString &, std::function<void(bool)> answer) {
        ++m_asked;
        m_pendingConsent = std::move(answer);
    });
    m_bridge->setLinkOpener([this](const QUrl &u) {
        m_opened << u;
        return true;
    });
}

void TestAppBridge::handshake()
{
    send({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "ui/initialize"},
          {"params", {{"appInfo", {{"name", "Get Time App"}, {"version", "1"}}}, {"appCapabilities", json::object()}, {"protocolVersion", "2026-01-26"}}}});
    send({{"jsonrpc", "2.0"}, {"method", "ui/notifications/initialized"}});
}

void TestAppBridge::initializeAnswersWithHostContext()
{
    send({{"jsonrpc", "2.0"}, {"id", "a"}, {"method", "ui/initialize"}, {"params", {{"appInfo", {{"name", "X"}}}, {"protocolVersion", "2026-01-26"}}}});
    const json r = last();
    JCOMPARE(r["id"], json("a"));
    JCOMPARE(r["result"]["protocolVersion"], json("2026-01-26"));
    JCOMPARE(r["result"]["hostInfo"]["name"], json("mcp-connect"));
    JCOMPARE(r["result"]["hostContext"]["theme"], json("dark"));
    QVERIFY(r["result"]["hostCapabilities"].contains("serverTools"));
    JCOMPARE(m_bridge->appInfo()["name"], json("X"));
    // A second initialize is refused.
    send({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "ui/initialize"}, {"params", json::object()}});
    JCOMPARE(last()["error"]["code"], json(-32600));
}

void TestAppBridge::inputAndResultWaitForInitialized()
{
    QSignalSpy ready(m_bridge.get(), &AppBridge::appInitialized);
    m_bridge->sendToolInput({{"city", "Paris"}});
    m_bridge->sendToolResult({{"content", json::array()}, {"structuredContent", {{"time", "t"}}}});
    QVERIFY(m_out.isEmpty());
    handshake();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_out.size(), 3); // initialize result, then the two queued notifications in order
    JCOMPARE(m_out[1]["method"], json("ui/notifications/tool-input"));
    JCOMPARE(m_out[1]["params"]["arguments"]["city"], json("Paris"));
    JCOMPARE(m_out[2]["method"], json("ui/notifications/tool-result"));
    JCOMPARE(m_out[2]["params"]["structuredContent"]["time"], json("t"));
    // After initialized: sent at once.
    m_bridge->sendHostContextChanged({{"theme", "light"}});
    JCOMPARE(last()["method"], json("ui/notifications/host-context-changed"));
}

void TestAppBridge::toolCallAsksOnceAndProxies()
{
    handshake();
    QSignalSpy called(m_bridge.get(), &AppBridge::toolCalled);
    send({{"jsonrpc", "2.0"}, {"id", 10}, {"method", "tools/call"}, {"params", {{"name", "get-time"}, {"arguments", json::object()}}}});
    send({{"jsonrpc", "2.0"}, {"id", 11}, {"method", "tools/call"}, {"params", {{"name", "get-time"}}}});
    QCOMPARE(m_asked, 1);          // one question for both
    QVERIFY(m_toolCalls.isEmpty()); // nothing reaches the server before the answer
    m_pendingConsent(true);
    QCOMPARE(m_toolCalls.size(), 2);
    JCOMPARE(m_toolCalls[0]["name"], json("get-time"));
    JCOMPARE(m_toolCalls[1]["arguments"], json::object());
    JCOMPARE(m_out[m_out.size() - 2]["id"], json(10));
    JCOMPARE(last()["id"], json(11));
    JCOMPARE(last()["result"]["content"][0]["text"], json("12:00"));
    // Later calls: no question.
    send({{"jsonrpc", "2.0"}, {"id", 12}, {"method", "tools/call"}, {"params", {{"name", "get-time"}}}});
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_toolCalls.size(), 3);
    QCOMPARE(called.size(), 3);
    // Bad params never reach the server.
    send({{"jsonrpc", "2.0"}, {"id", 13}, {"method", "tools/call"}, {"params", {{"name", "x"}, {"arguments", "nope"}}}});
    JCOMPARE(last()["error"]["code"], json(-32602));
    send({{"jsonrpc", "2.0"}, {"id", 14}, {"method", "tools/call"}, {"params", json::object()}});
    JCOMPARE(last()["error"]["code"], json(-32602));
    QCOMPARE(m_toolCalls.size(), 3);
}

void TestAppBridge::deniedToolCallIsAnError()
{
    handshake();
    send({{"jsonrpc", "2.0"}, {"id", 10}, {"method", "tools/call"}, {"params", {{"name", "delete-all"}}}});
    m_pendingConsent(false);
    JCOMPARE(last()["id"], json(10));
    QVERIFY(last()["error"]["message"].get<std::string>().find("did not allow") != std::string::npos);
    send({{"jsonrpc", "2.0"}, {"id", 11}, {"method", "tools/call"}, {"params", {{"name", "delete-all"}}}});
    QCOMPARE(m_asked, 1); // the answer stands for this App
    QVERIFY(last().contains("error"));
    QVERIFY(m_toolCalls.isEmpty());
}

void TestAppBridge::requestsBeforeInitializeAreRefused()
{
    send({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "tools/call"}, {"params", {{"name", "get-time"}}}});
    JCOMPARE(last()["error"]["code"], json(-32600));
    QCOMPARE(m_asked, 0);
    QVERIFY(m_toolCalls.isEmpty());
}

void TestAppBridge::linksOnlyHttp()
{
    handshake();
    send({{"jsonrpc", "2.0"}, {"id", 5}, {"method", "ui/open-link"}, {"params", {{"url", "https://modelcontextprotocol.io/"}}}});
    JCOMPARE(last()["result"], json::object());
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://modelcontextprotocol.io/"))});
    for (const char *bad : {"file:///etc/passwd", "javascript:alert(1)", "mcp-connect://add?x", ""}) {
        send({{"jsonrpc", "2.0"}, {"id", 6}, {"method", "ui/open-link"}, {"params", {{"url", bad}}}});
        JCOMPARE(last()["error"]["code"], json(-32602));
    }
    QCOMPARE(m_opened.size(), 1);
}

void TestAppBridge::messageSizeAndTeardown()
{
    handshake();
    QSignalSpy message(m_bridge.get(), &AppBridge::messageFromApp);
    QSignalSpy size(m_bridge.get(), &AppBridge::sizeChanged);
    QSignalSpy teardownAsked(m_bridge.get(), &AppBridge::teardownRequested);
    send({{"jsonrpc", "2.0"}, {"id", 7}, {"method", "ui/message"},
          {"params", {{"role", "user"}, {"content", {{{"type", "text"}, {"text", "hello host"}}}}}}});
    QCOMPARE(message.size(), 1);
    QCOMPARE(message[0][0].toString(), QStringLiteral("hello host"));
    JCOMPARE(last()["result"], json::object());
    send({{"jsonrpc", "2.0"}, {"method", "ui/notifications/size-changed"}, {"params", {{"width", 300}, {"height", 1e12}}}});
    QCOMPARE(size.size(), 1);
    QCOMPARE(size[0][0].toInt(), 300);
    QCOMPARE(size[0][1].toInt(), 100000); // clamped
    send({{"jsonrpc", "2.0"}, {"method", "ui/notifications/request-teardown"}});
    QCOMPARE(teardownAsked.size(), 1);
    bool done = false;
    m_bridge->teardown([&done] { done = true; });
    JCOMPARE(last()["method"], json("ui/resource-teardown"));
    QVERIFY(!done);
    send({{"jsonrpc", "2.0"}, {"id", last()["id"]}, {"result", json::object()}});
    QVERIFY(done);
    send({{"jsonrpc", "2.0"}, {"id", 99}, {"method", "sampling/createMessage"}, {"params", json::object()}});
    JCOMPARE(last()["error"]["code"], json(-32601));
}

void TestAppBridge::malformedMessagesChangeNothing()
{
    QSignalSpy errors(m_bridge.get(), &AppBridge::protocolError);
    m_bridge->receive("not json");
    m_bridge->receive("[1,2]");
    m_bridge->receive(R"({"jsonrpc":"1.0","method":"ui/initialize","id":1})");
    m_bridge->receive(R"({"jsonrpc":"2.0","method":5,"id":1})");
    m_bridge->receive(R"({"jsonrpc":"2.0","method":"ui/initialize","id":{"x":1}})");
    QCOMPARE(errors.size(), 5);
    QVERIFY(!m_bridge->initialized());
    // "initialized" before initialize does nothing.
    send({{"jsonrpc", "2.0"}, {"method", "ui/notifications/initialized"}});
    QVERIFY(!m_bridge->initialized());
    // A response to nothing we asked is dropped.
    send({{"jsonrpc", "2.0"}, {"id", 12345}, {"result", json::object()}});
    QVERIFY(!m_bridge->initialized());
}

QTEST_GUILESS_MAIN(TestAppBridge)
#include "tst_appbridge.moc"
