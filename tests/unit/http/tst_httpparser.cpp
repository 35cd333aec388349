// The incremental HTTP/1.1 request parser: framing, splitting, limits and garbage.
#include "http/httprequestparser.h"
#include "http/urlquery.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mcpc::http;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int errorStatus = 0;
};

// Feeds `bytes` in pieces of the given sizes (cycled) and collects every request.
Outcome feed(const QByteArray &bytes, const QList<int> &pieces, const HttpLimits &limits = {})
{
    HttpRequestParser p(limits);
    Outcome out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < bytes.size()) {
        const int n = pieces.isEmpty() ? int(bytes.size()) : std::max(1, pieces[i++ % pieces.size()]);
        p.append(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(n, bytes.size() - pos)));
        pos += n;
        for (;;) {
            const auto s = p.parse();
            if (s == HttpRequestParser::State::Complete) {
                out.requests.append(p.takeRequest());
                continue;
            }
            if (s == HttpRequestParser::State::Error)
                out.errorStatus = p.errorStatus();
            break;
        }
        if (out.errorStatus)
            break;
    }
    return out;
}

const QByteArray kPipelined =
    "POST /mcp?x=1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
    "Content-Length: 13\r\n\r\n{\"a\":\"hello\"}"
    "PUT /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
    "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"
    "GET /last HTTP/1.1\r\nhost: localhost\r\nConnection: close\r\n\r\n";

void checkPipelined(const Outcome &o)
{
    QCOMPARE(o.errorStatus, 0);
    QCOMPARE(o.requests.size(), 3);
    QCOMPARE(o.requests[0].method, QByteArray("POST"));
    QCOMPARE(o.requests[0].path, QStringLiteral("/mcp"));
    QCOMPARE(o.requests[0].query.value(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(o.requests[0].body, QByteArray("{\"a\":\"hello\"}"));
    QCOMPARE(o.requests[1].body, QByteArray("hello, world"));
    QCOMPARE(o.requests[2].path, QStringLiteral("/last"));
    QVERIFY(o.requests[0].keepAlive());
    QVERIFY(!o.requests[2].keepAlive());
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simpleGet()
    {
        const Outcome o = feed("GET /a%20b/c?q=x+y&q=%2B&flag HTTP/1.1\r\nHost: h\r\nX-Multi: 1\r\n"
                               "x-multi: 2\r\nACCEPT: text/html\r\n\r\n", {});
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.size(), 1);
        const HttpRequest &r = o.requests[0];
        QCOMPARE(r.path, QStringLiteral("/a b/c"));
        QCOMPARE(r.query.values(QStringLiteral("q")), (QStringList{QStringLiteral("x y"), QStringLiteral("+")}));
        QVERIFY(r.query.contains(QStringLiteral("flag")));
        QCOMPARE(r.header("accept"), QByteArray("text/html"));
        QCOMPARE(r.headers.values("X-MULTI"), (QList<QByteArray>{"1", "2"}));
        QCOMPARE(r.headers.combined("x-multi"), QByteArray("1, 2"));
        QVERIFY(r.body.isEmpty());
    }

    void pipelinedWholeAndByteByByte()
    {
        checkPipelined(feed(kPipelined, {}));
        checkPipelined(feed(kPipelined, {1}));
        checkPipelined(feed(kPipelined, {3, 7, 1, 13}));
    }

    void splitAtEveryPosition()
    {
        for (qsizetype cut = 1; cut < kPipelined.size(); ++cut) {
            checkPipelined(feed(kPipelined, {int(cut), int(kPipelined.size())}));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("failed when split at %1").arg(cut)));
        }
    }

    void toleratesBareLfAndLeadingCrlf()
    {
        const Outcome o = feed("\r\nGET / HTTP/1.1\nHost: h\n\n", {});
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.size(), 1);
    }

    void http10HasNoKeepAliveAndNoHostRequirement()
    {
        const Outcome o = feed("GET / HTTP/1.0\r\n\r\n", {});
        QCOMPARE(o.requests.size(), 1);
        QVERIFY(!o.requests[0].keepAlive());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bad target") << QByteArray("GET nope HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("version") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("header no colon") << QByteArray("GET / HTTP/1.1\r\nHost h\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n continued\r\n\r\n") << 400;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::newRow("te and cl")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("gzip te") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("chunk without crlf")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY\r\n0\r\n\r\n") << 400;
        QTest::newRow("control char") << QByteArray("GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n") << 400;
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QCOMPARE(feed(bytes, {}).errorStatus, status);
        QCOMPARE(feed(bytes, {1}).errorStatus, status);
    }

    void equalLengthsAreAccepted()
    {
        const Outcome o = feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\n\r\nok", {});
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.value(0).body, QByteArray("ok"));
    }

    void limits()
    {
        HttpLimits l;
        l.maxHeaderBytes = 200;
        l.maxHeaderCount = 5;
        l.maxBodyBytes = 10;
        const QByteArray big = "GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(300, 'a') + "\r\n\r\n";
        QCOMPARE(feed(big, {}, l).errorStatus, 431);
        QCOMPARE(feed(big, {1}, l).errorStatus, 431); // noticed before the line ends
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 6; ++i)
            many += "X" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(feed(many + "\r\n", {}, l).errorStatus, 431);
        QCOMPARE(feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", {}, l).errorStatus, 413);
        QCOMPARE(feed("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n3\r\n",
                      {}, l).errorStatus, 413);
        QCOMPARE(feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789", {}, l).errorStatus, 0);
    }

    void manyChunksDoNotCountAsHeaders()
    {
        HttpLimits l;
        l.maxHeaderBytes = 100;
        QByteArray req = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 100; ++i)
            req += "1\r\nx\r\n";
        req += "0\r\n\r\n";
        const Outcome o = feed(req, {5}, l);
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.value(0).body, QByteArray(100, 'x'));
    }

    void expectContinue()
    {
        HttpRequestParser p;
        p.append("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QCOMPARE(p.parse(), HttpRequestParser::State::Incomplete);
        QVERIFY(p.expectsContinue());
        p.append("abc");
        QCOMPARE(p.parse(), HttpRequestParser::State::Complete);
        QCOMPARE(p.takeRequest().body, QByteArray("abc"));
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator rng(20251125);
        int errors = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray junk(int(rng.bounded(1, 400)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            // Half the rounds start like a real request so the later states get garbage too.
            if (round % 2)
                junk.prepend(round % 4 == 1 ? "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                            : "GET / HTTP/1.1\r\n");
            HttpLimits l;
            l.maxHeaderBytes = 256;
            l.maxBodyBytes = 256;
            const Outcome o = feed(junk, {int(rng.bounded(1, 64))}, l);
            QVERIFY(o.errorStatus == 0 || (o.errorStatus >= 400 && o.errorStatus < 600));
            errors += o.errorStatus ? 1 : 0;
        }
        QVERIFY(errors > 1000); // garbage is refused, not silently accepted
    }

    void formAndQueryHelpers()
    {
        HttpRequest r;
        r.headers.set("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        r.body = "grant_type=authorization_code&code=a%2Fb+c&redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Fcb&empty=&bad=%zz";
        const UrlQuery f = r.form();
        QCOMPARE(f.value(QStringLiteral("code")), QStringLiteral("a/b c"));
        QCOMPARE(f.value(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:5/cb"));
        QVERIFY(f.contains(QStringLiteral("empty")));
        QCOMPARE(f.value(QStringLiteral("bad")), QStringLiteral("%zz"));
        r.headers.set("Content-Type", "application/json");
        QVERIFY(r.form().isEmpty());

        UrlQuery q;
        q.add(QStringLiteral("a b"), QStringLiteral("x&y=é"));
        QCOMPARE(UrlQuery::parse(q.toEncoded()).value(QStringLiteral("a b")), QStringLiteral("x&y=é"));
    }

    // Found by tests/fuzz (fuzz_urls): a leading U+FEFF was dropped while decoding, so a
    // re-encoded query no longer gave the same items back.
    void urlQueryKeepsLeadingByteOrderMark()
    {
        const UrlQuery q = UrlQuery::parse("%EF%BB%BF%EF%BB%BFk=%EF%BB%BFv");
        QCOMPARE(q.items().size(), 1);
        QCOMPARE(q.items().front().first, QStringLiteral("\uFEFF\uFEFFk"));
        QCOMPARE(q.items().front().second, QStringLiteral("\uFEFFv"));
        QCOMPARE(UrlQuery::parse(q.toEncoded()).items(), q.items());
    }

    void acceptHeader()
    {
        HttpRequest r;
        r.headers.set("Accept", "application/json, text/event-stream");
        QVERIFY(r.accepts("text/event-stream"));
        QVERIFY(r.accepts("application/json"));
        QVERIFY(!r.accepts("text/html"));
        r.headers.set("Accept", "text/*;q=0.5, application/json;q=0");
        QVERIFY(r.accepts("text/event-stream"));
        QVERIFY(!r.accepts("application/json"));
        r.headers.set("Accept", "*/*");
        QVERIFY(r.accepts("application/json"));
    }
};

QTEST_APPLESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
