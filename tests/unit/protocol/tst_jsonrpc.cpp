// JSON-RPC 2.0 framing: what we accept, what we refuse, and that refusals are errors.
#include "jsonrpc/message.h"

#include <QTest>

using namespace mcpc;
using nlohmann::json;

class TestJsonRpc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesMessages();
    void acceptsBatches();
    void refusesMalformed_data();
    void refusesMalformed();
    void enforcesSizeCap();
    void idKeysDistinguishTypes();
    void errorObjectsKeepCodeAndMessage();
    void serializesCompactSingleLine();
};

void TestJsonRpc::classifiesMessages()
{
    auto r = jsonrpc::parseFrame(R"({"jsonrpc":"2.0","id":3,"method":"ping"})");
    QVERIFY(r);
    QCOMPARE(r->front().kind, jsonrpc::Message::Kind::Request);
    QCOMPARE(r->front().method, std::string("ping"));
    r = jsonrpc::parseFrame(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}})");
    QVERIFY(r);
    QCOMPARE(r->front().kind, jsonrpc::Message::Kind::Notification);
    QCOMPARE(r->front().params["progress"].get<int>(), 1);
    // Field order is free: server-everything puts result first.
    r = jsonrpc::parseFrame(R"({"result":{"x":1},"jsonrpc":"2.0","id":"abc"})");
    QVERIFY(r);
    QCOMPARE(r->front().kind, jsonrpc::Message::Kind::Result);
    QCOMPARE(r->front().id.get<std::string>(), std::string("abc"));
    // An error the server could not attribute carries a null id.
    r = jsonrpc::parseFrame(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})");
    QVERIFY(r);
    QCOMPARE(r->front().kind, jsonrpc::Message::Kind::Error);
    QVERIFY(r->front().id.is_null());
}

void TestJsonRpc::acceptsBatches()
{
    auto r = jsonrpc::parseFrame(R"([{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"2.0","method":"n"}])");
    QVERIFY(r);
    QCOMPARE(r->size(), size_t(2));
    QVERIFY(!jsonrpc::parseFrame("[]"));
    QVERIFY(!jsonrpc::parseFrame(R"([{"jsonrpc":"2.0","id":1,"result":{}}, 5])"));
}

void TestJsonRpc::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("not json") << QByteArray("{oops");
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","id":1,"res)");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("scalar") << QByteArray("42");
    QTest::newRow("no version") << QByteArray(R"({"id":1,"result":{}})");
    QTest::newRow("wrong version") << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":{}})");
    QTest::newRow("result and error") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1}})");
    QTest::newRow("neither") << QByteArray(R"({"jsonrpc":"2.0","id":1})");
    QTest::newRow("float id") << QByteArray(R"({"jsonrpc":"2.0","id":1.5,"method":"x"})");
    QTest::newRow("null request id") << QByteArray(R"({"jsonrpc":"2.0","id":null,"method":"x"})");
    QTest::newRow("method not string") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":7})");
    QTest::newRow("params scalar") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"x","params":3})");
    QTest::newRow("error without code") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"message":"m"}})");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12);
}

void TestJsonRpc::refusesMalformed()
{
    QFETCH(QByteArray, frame);
    auto r = jsonrpc::parseFrame(frame);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Protocol);
    QVERIFY(!r.error().message.isEmpty());
}

void TestJsonRpc::enforcesSizeCap()
{
    const QByteArray big = R"({"jsonrpc":"2.0","id":1,"result":{"s":")" + QByteArray(2000, 'x') + R"("}})";
    QVERIFY(jsonrpc::parseFrame(big, 4096));
    auto r = jsonrpc::parseFrame(big, 1024);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("limit")));
}

void TestJsonRpc::idKeysDistinguishTypes()
{
    QVERIFY(jsonrpc::idKey(json(7)) != jsonrpc::idKey(json("7")));
    QCOMPARE(jsonrpc::idKey(json(7)), jsonrpc::idKey(json::parse("7")));
    QCOMPARE(jsonrpc::idKey(json("a")), QByteArray("s:a"));
}

void TestJsonRpc::errorObjectsKeepCodeAndMessage()
{
    auto r = jsonrpc::parseFrame(R"({"jsonrpc":"2.0","id":9,"error":{"code":-32601,"message":"Method not found","data":{"m":"x"}}})");
    QVERIFY(r);
    const auto &m = r->front();
    QCOMPARE(m.errorCode, -32601);
    QCOMPARE(m.errorMessage, std::string("Method not found"));
    QCOMPARE(m.errorData["m"].get<std::string>(), std::string("x"));
}

void TestJsonRpc::serializesCompactSingleLine()
{
    // stdio framing relies on messages never containing a raw newline.
    const QByteArray s = jsonrpc::serialize(jsonrpc::makeRequest(1, "tools/call", {{"text", "line1\nline2"}}));
    QVERIFY(!s.contains('\n'));
    auto back = jsonrpc::parseFrame(s);
    QVERIFY(back);
    QCOMPARE(back->front().params["text"].get<std::string>(), std::string("line1\nline2"));
}

QTEST_APPLESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
