// The one bounded JSON parse every outside document goes through: depth limit, UTF-8,
// and the JSON-RPC frame parser that uses it for server replies.
#include "jsonrpc/message.h"
#include "util/boundedjson.h"

#include <QTest>

#include <cstring>

using nlohmann::json;
using mcpc::BoundedJson;

namespace {

QByteArray nestedArrays(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// {"a":[{"a":[ ... ]}]} : objects and arrays alternate, `depth` containers in all.
QByteArray mixedNesting(int depth)
{
    QByteArray open, close;
    for (int i = 0; i < depth; ++i) {
        if (i % 2 == 0) {
            open += "{\"a\":";
            close.prepend('}');
        } else {
            open += '[';
            close.prepend(']');
        }
    }
    return open + "1" + close;
}

} // namespace

class TestBoundedJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void justUnderTheLimitParses()
    {
        const BoundedJson p = mcpc::parseBoundedJson(nestedArrays(mcpc::kMaxJsonDepth, "7"));
        QVERIFY(p.ok());
        const json *v = &p.value;
        for (int i = 0; i < mcpc::kMaxJsonDepth; ++i) {
            QVERIFY(v->is_array());
            v = &v->at(0);
        }
        QCOMPARE(v->get<int>(), 7);
        QVERIFY(mcpc::parseBoundedJson(mixedNesting(mcpc::kMaxJsonDepth)).ok());
    }

    void oneLevelTooDeepIsRefused()
    {
        const BoundedJson p = mcpc::parseBoundedJson(nestedArrays(mcpc::kMaxJsonDepth + 1));
        QCOMPARE(p.problem, BoundedJson::Problem::TooDeep);
        QVERIFY(p.value.is_discarded());
        QCOMPARE(mcpc::parseBoundedJson(mixedNesting(mcpc::kMaxJsonDepth + 1)).problem, BoundedJson::Problem::TooDeep);
        // Depth is nesting, not count: many siblings at depth 2 are fine.
        QByteArray wide = "[";
        for (int i = 0; i < 5000; ++i)
            wide += i ? ",[]" : "[]";
        QVERIFY(mcpc::parseBoundedJson(QByteArray(wide + "]")).ok());
    }

    void hostileDepthIsRefusedWithAClearMessage()
    {
        // The crash report: a reply 200,000 levels deep. Refused while parsing; the
        // message names the limit.
        const QByteArray body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":" + nestedArrays(200000) + "}}";
        auto r = mcpc::parseJson(body, QStringLiteral("The server's reply"), mcpc::ErrorKind::Protocol);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, mcpc::ErrorKind::Protocol);
        QCOMPARE(r.error().message, QStringLiteral("The server's reply nests JSON deeper than 512 levels; refused."));
        // The same bound with a smaller limit, for callers that want one.
        QCOMPARE(mcpc::parseBoundedJson("[[[1]]]", 2).problem, BoundedJson::Problem::TooDeep);
        QVERIFY(mcpc::parseBoundedJson("[[1]]", 2).ok());
        // Unclosed deep nesting is still "too deep", found before the end of input.
        QCOMPARE(mcpc::parseBoundedJson(QByteArray(100000, '[')).problem, BoundedJson::Problem::TooDeep);
    }

    void invalidUtf8GetsItsOwnMessage()
    {
        const QByteArray bad = QByteArray("{\"name\":\"caf") + "\xC3\x28" + "\"}";
        const BoundedJson p = mcpc::parseBoundedJson(bad);
        QCOMPARE(p.problem, BoundedJson::Problem::InvalidUtf8);
        QCOMPARE(p.offset, qsizetype(12));
        QCOMPARE(p.describe(QStringLiteral("The server's reply")),
                 QStringLiteral("The server's reply is not valid UTF-8 (a malformed byte sequence at byte 12); JSON must be UTF-8."));
        auto r = mcpc::parseJson(bad, QStringLiteral("The token response"), mcpc::ErrorKind::Auth, QStringLiteral("custom"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"not valid UTF-8"), qPrintable(r.error().message)); // never the custom text
        QVERIFY(mcpc::parseBoundedJson(QByteArray(QByteArray("[\"caf") + "\xC3\xA9" + "\", \"\\u00e9\", \"" + "\xF0\x9F\x98\x80" + "\"]")).ok());
    }

    void utf8Validator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("badAt");
        QTest::newRow("ascii") << QByteArray("plain") << true << -1;
        QTest::newRow("two-byte") << QByteArray("\xC3\xA9") << true << -1;
        QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x98\x80") << true << -1;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << false << 2;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false << 0;
        QTest::newRow("overlong three-byte") << QByteArray("x\xE0\x80\xAF") << false << 1;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << 0;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << 0;
        QTest::newRow("truncated") << QByteArray("ok\xE2\x82") << false << 2;
        QTest::newRow("FF") << QByteArray("\xFF") << false << 0;
    }
    void utf8Validator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QFETCH(int, badAt);
        qsizetype at = -1;
        QCOMPARE(mcpc::isValidUtf8(bytes, &at), valid);
        if (!valid)
            QCOMPARE(at, qsizetype(badAt));
    }

    void malformedKeepsTheCallersWording()
    {
        auto r = mcpc::parseJson("{ not json", QStringLiteral("The profile file"), mcpc::ErrorKind::Parse,
                                 QStringLiteral("profiles.json is not a valid profile file"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, mcpc::ErrorKind::Parse);
        QCOMPARE(r.error().message, QStringLiteral("profiles.json is not a valid profile file"));
        auto generic = mcpc::parseJson("[1,", QStringLiteral("The value"));
        QVERIFY(!generic);
        QVERIFY2(generic.error().message.startsWith(u"The value is not valid JSON"), qPrintable(generic.error().message));
        QCOMPARE(mcpc::parseBoundedJson("").problem, BoundedJson::Problem::Malformed);
        QCOMPARE(mcpc::parseBoundedJson("[1] [2]").problem, BoundedJson::Problem::Malformed);
    }

    void serverRepliesGoThroughTheBound()
    {
        // What McpClient reads every frame with.
        const QByteArray deep = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":" + nestedArrays(200000) + "}}";
        auto frame = mcpc::jsonrpc::parseFrame(deep);
        QVERIFY(!frame);
        QCOMPARE(frame.error().kind, mcpc::ErrorKind::Protocol);
        QCOMPARE(frame.error().message, QStringLiteral("The server's reply nests JSON deeper than 512 levels; refused."));

        auto utf8 = mcpc::jsonrpc::parseFrame(QByteArray(QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"x\":\"") + "\xFF" + "\"}}"));
        QVERIFY(!utf8);
        QVERIFY2(utf8.error().message.contains(u"not valid UTF-8"), qPrintable(utf8.error().message));

        auto malformed = mcpc::jsonrpc::parseFrame("{oops");
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().message, QStringLiteral("The server sent malformed JSON."));
        QCOMPARE(malformed.error().code, int(mcpc::jsonrpc::ParseError));

        // Deep but within the bound: parsed, and the value survives a copy and a dump
        // (both recursive in nlohmann).
        const QByteArray ok = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":" + nestedArrays(mcpc::kMaxJsonDepth - 3) + "}}";
        auto fine = mcpc::jsonrpc::parseFrame(ok);
        QVERIFY2(fine.has_value(), fine ? "" : qPrintable(fine.error().message));
        const json copy = fine->front().result;
        QCOMPARE(QByteArray::fromStdString(copy.dump()).size(), ok.size() - qsizetype(std::strlen("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":}")));
    }
};

QTEST_GUILESS_MAIN(TestBoundedJson)
#include "tst_boundedjson.moc"
