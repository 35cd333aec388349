// Server logs on request (--log-level): in the legacy era the level is set once with
// logging/setLevel after initialize, only when the server offers logging, and before any
// other request; log notifications reach logMessage. (Modern: _meta, tst_modernera.)
#include "faketransport.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

class TestServerLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelIsSetBeforeAnyOtherRequest();
    void noLoggingCapabilityNoSetLevel();
    void noLevelAskedNoSetLevel();
    void refusedLevelWarnsAndConnects();
    void logNotificationsAreSignalled();
    void levelsAreTheSyslogOnes();

private:
    static void handshake(FakeTransport *t, bool offersLogging)
    {
        json caps = {{"tools", json::object()}};
        if (offersLogging)
            caps["logging"] = json::object();
        t->reply("initialize", {{"protocolVersion", "2025-11-25"}, {"capabilities", caps},
                                {"serverInfo", {{"name", "fake"}, {"version", "1.0"}}}});
    }
    static ClientOptions legacy(const QString &level)
    {
        ClientOptions o;
        o.eraPreference = EraPreference::Legacy;
        o.logLevel = level;
        return o;
    }
};

void TestServerLogging::levelIsSetBeforeAnyOtherRequest()
{
    auto *t = new FakeTransport;
    McpClient client(t, legacy(QStringLiteral("debug")));
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    RpcCall *list = client.call(QStringLiteral("tools/list")); // made early: must wait
    QSignalSpy listed(list, &RpcCall::finished);
    handshake(t, true);
    QTRY_COMPARE(t->sentWithMethod("logging/setLevel").size(), 1);
    QVERIFY(t->lastRequest("logging/setLevel")["params"] == json({{"level", "debug"}}));
    QCOMPARE(ready.size(), 0);
    QVERIFY(t->sentWithMethod("tools/list").isEmpty());
    t->reply("logging/setLevel", json::object());
    QTRY_COMPARE(ready.size(), 1);
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 1);
    t->reply("tools/list", {{"tools", json::array()}});
    QTRY_COMPARE(listed.size(), 1);
}

void TestServerLogging::noLoggingCapabilityNoSetLevel()
{
    auto *t = new FakeTransport;
    McpClient client(t, legacy(QStringLiteral("info")));
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    handshake(t, false);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(t->sentWithMethod("logging/setLevel").isEmpty());
}

void TestServerLogging::noLevelAskedNoSetLevel()
{
    auto *t = new FakeTransport;
    McpClient client(t, legacy(QString()));
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    handshake(t, true);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(t->sentWithMethod("logging/setLevel").isEmpty());
}

void TestServerLogging::refusedLevelWarnsAndConnects()
{
    auto *t = new FakeTransport;
    McpClient client(t, legacy(QStringLiteral("notice")));
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy warned(&client, &McpClient::warning);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    handshake(t, true);
    QTRY_COMPARE(t->sentWithMethod("logging/setLevel").size(), 1);
    t->replyError("logging/setLevel", -32602, "no such level");
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(warned.size(), 1);
    const QString line = warned.at(0).at(0).toString();
    QVERIFY2(line.contains(QStringLiteral("did not accept log level notice")) && line.contains(QStringLiteral("no such level")),
             qPrintable(line));
}

void TestServerLogging::logNotificationsAreSignalled()
{
    auto *t = new FakeTransport;
    McpClient client(t, legacy(QStringLiteral("debug")));
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy logs(&client, &McpClient::logMessage);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    handshake(t, true);
    QTRY_COMPARE(t->sentWithMethod("logging/setLevel").size(), 1);
    t->reply("logging/setLevel", json::object());
    QTRY_COMPARE(ready.size(), 1);
    t->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/message"},
                {"params", {{"level", "warning"}, {"logger", "db"}, {"data", "disk almost full"}}}});
    t->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/message"},
                {"params", {{"level", "error"}, {"data", {{"code", 7}}}}}});
    QCOMPARE(logs.size(), 2);
    QCOMPARE(logs.at(0).at(0).toString(), QStringLiteral("warning"));
    QCOMPARE(logs.at(0).at(1).toString(), QStringLiteral("disk almost full"));
    QCOMPARE(logs.at(1).at(1).toString(), QStringLiteral("{\"code\":7}"));
}

void TestServerLogging::levelsAreTheSyslogOnes()
{
    QCOMPARE(logLevels().join(u','), QStringLiteral("debug,info,notice,warning,error,critical,alert,emergency"));
}

QTEST_GUILESS_MAIN(TestServerLogging)
#include "tst_serverlogging.moc"
