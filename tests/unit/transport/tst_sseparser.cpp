// The SSE parser: WHATWG line handling fed in every possible split, MCP priming events.
#include "transport/sseparser.h"

#include <QTest>

using mcpc::SseEvent;
using mcpc::SseParser;

namespace {

std::vector<SseEvent> feedAll(SseParser &p, const QByteArray &bytes, qsizetype chunk)
{
    std::vector<SseEvent> out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        auto evs = p.feed(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
        out.insert(out.end(), evs.begin(), evs.end());
    }
    return out;
}

QByteArray describe(const std::vector<SseEvent> &evs)
{
    QByteArray s;
    for (const SseEvent &e : evs)
        s += "[" + e.event + "|" + e.data + "|" + e.id + "]";
    return s;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesStream_data();
    void parsesStream();
    void everySplitPointGivesTheSameEvents();
    void crAtChunkEndThenLfIsOneLineEnd();
    void primingEventRecordsIdButCarriesNoData();
    void retryNeedsDigits();
    void idWithNulIsIgnored();
    void bomOnlyAtStart();
    void overflowStopsParsing();
};

void TestSseParser::parsesStream_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("lastId");
    QTest::newRow("lf") << QByteArray("data: {\"a\":1}\n\n") << QByteArray("[|{\"a\":1}|]") << QByteArray();
    QTest::newRow("crlf") << QByteArray("event: message\r\nid: 7\r\ndata: x\r\n\r\n") << QByteArray("[message|x|7]") << QByteArray("7");
    QTest::newRow("cr only") << QByteArray("data: x\rdata: y\r\r") << QByteArray("[|x\ny|]") << QByteArray();
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata:b\ndata:  c\n\n") << QByteArray("[|a\nb\n c|]") << QByteArray();
    QTest::newRow("comments and keep-alives") << QByteArray(": ping\n\n:\ndata: z\n: trailing\n\n") << QByteArray("[|z|]") << QByteArray();
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QByteArray("[||]") << QByteArray();
    QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: q\n\n") << QByteArray("[|q|]") << QByteArray();
    QTest::newRow("event type resets") << QByteArray("event: endpoint\ndata: /m\n\ndata: n\n\n") << QByteArray("[endpoint|/m|][|n|]") << QByteArray();
    QTest::newRow("id persists across events") << QByteArray("id: 1\ndata: a\n\ndata: b\n\n") << QByteArray("[|a|1][|b|1]") << QByteArray("1");
    QTest::newRow("no blank line: nothing yet") << QByteArray("data: pending\n") << QByteArray() << QByteArray();
    QTest::newRow("utf8 payload") << QByteArray("data: {\"t\":\"h\xc3\xa9llo \xe2\x9c\x93\"}\n\n")
                                  << QByteArray("[|{\"t\":\"h\xc3\xa9llo \xe2\x9c\x93\"}|]") << QByteArray();
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "data: b\n\n") << QByteArray("[|b|]") << QByteArray();
}

void TestSseParser::parsesStream()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, lastId);
    for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), input.size()}) {
        SseParser p;
        QCOMPARE(describe(feedAll(p, input, qMax<qsizetype>(1, chunk))), expected);
        QCOMPARE(p.lastEventId(), lastId);
    }
}

void TestSseParser::everySplitPointGivesTheSameEvents()
{
    const QByteArray stream = "\xEF\xBB\xBFid: p1\r\ndata:\r\n\r\n: comment\r\nevent: message\r\nid: e2\r\nretry: 500\r\n"
                              "data: {\"jsonrpc\":\"2.0\",\r\ndata: \"id\":1}\r\n\r\ndata: tail\r\r";
    SseParser whole;
    const QByteArray expected = describe(whole.feed(stream));
    QVERIFY(expected.contains("[message|{\"jsonrpc\":\"2.0\",\n\"id\":1}|e2]"));
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); b += 7) {
            SseParser p;
            std::vector<SseEvent> evs = p.feed(QByteArrayView(stream).first(a));
            auto more = p.feed(QByteArrayView(stream).sliced(a, b - a));
            evs.insert(evs.end(), more.begin(), more.end());
            more = p.feed(QByteArrayView(stream).sliced(b));
            evs.insert(evs.end(), more.begin(), more.end());
            QCOMPARE(describe(evs), expected);
            QCOMPARE(p.retryMs().value_or(-1), 500);
        }
    }
}

void TestSseParser::crAtChunkEndThenLfIsOneLineEnd()
{
    SseParser p;
    QVERIFY(p.feed("data: a\r").empty());
    // The LF completing CRLF must not count as an empty line (that would dispatch).
    QVERIFY(p.feed("\ndata: b\r").empty());
    const auto evs = p.feed("\n\r\n");
    QCOMPARE(describe(evs), QByteArray("[|a\nb|]"));
}

void TestSseParser::primingEventRecordsIdButCarriesNoData()
{
    SseParser p;
    const auto evs = p.feed("id: c548_1795771107115\ndata:\n\n");
    QCOMPARE(evs.size(), size_t(1));
    QVERIFY(evs[0].data.isEmpty());
    QCOMPARE(p.lastEventId(), QByteArray("c548_1795771107115"));
    // An id line with no data at all dispatches nothing but still moves the cursor.
    QVERIFY(p.feed("id: next\n\n").empty());
    QCOMPARE(p.lastEventId(), QByteArray("next"));
}

void TestSseParser::retryNeedsDigits()
{
    SseParser p;
    p.feed("retry: 12x\n\n");
    QVERIFY(!p.retryMs().has_value());
    p.feed("retry: 250\n\n");
    QCOMPARE(*p.retryMs(), 250);
    p.feed("retry:\n\n");
    QCOMPARE(*p.retryMs(), 250);
}

void TestSseParser::idWithNulIsIgnored()
{
    SseParser p;
    p.feed(QByteArray("id: ok\n\n"));
    p.feed(QByteArray("id: b\0d\n\n", 10));
    QCOMPARE(p.lastEventId(), QByteArray("ok"));
}

void TestSseParser::bomOnlyAtStart()
{
    SseParser p;
    // The BOM split over two chunks is still recognised...
    QVERIFY(p.feed("\xEF").empty());
    QCOMPARE(describe(p.feed("\xBB\xBF" "data: 1\n\n")), QByteArray("[|1|]"));
    // ...but a BOM later in the stream is data, not stripped.
    QCOMPARE(describe(p.feed("data: \xEF\xBB\xBFx\n\n")), QByteArray("[|\xEF\xBB\xBFx|]"));
}

void TestSseParser::overflowStopsParsing()
{
    SseParser p(64);
    p.feed(QByteArray("data: " + QByteArray(100, 'a') + "\n"));
    QVERIFY(p.overflowed());
    QVERIFY(p.feed("\n\ndata: x\n\n").empty());
    SseParser q(64);
    q.feed(QByteArray(100, 'b')); // a single unterminated line also counts
    QVERIFY(q.overflowed());

    // Whether it overflows does not depend on where the reads were cut: 60 bytes of data,
    // then a 40-byte comment line, arriving whole or in 7-byte pieces (found by fuzz_sse).
    const QByteArray stream = "data: " + QByteArray(59, 'd') + "\n:" + QByteArray(40, 'c') + "\n\n";
    SseParser whole(64);
    const auto all = whole.feed(stream);
    SseParser split(64);
    std::vector<SseEvent> pieces;
    for (qsizetype at = 0; at < stream.size(); at += 7)
        for (SseEvent &e : split.feed(stream.mid(at, 7)))
            pieces.push_back(std::move(e));
    QVERIFY(!whole.overflowed());
    QCOMPARE(split.overflowed(), whole.overflowed());
    QCOMPARE(pieces.size(), all.size());
    QCOMPARE(all.size(), size_t(1));
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
