// Our HTTP/1.1 client: response framing in every split, keep-alive reuse, the stale
// keep-alive retry, streaming bodies, and errors in plain words.
#include "http/client/httpclient.h"
#include "http/client/httpresponseparser.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using namespace mcpc::http;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserFraming_data();
    void parserFraming();
    void parserRejectsGarbage();
    void reusesKeepAliveConnections();
    void retriesOnceWhenAnIdleConnectionWasClosed();
    void retriesOnAFreshConnectionAfterARestart();
    void streamsBodyAsItArrives();
    void reportsRefusedConnections();
    void sendsExactRequestBytes();
};

void TestHttpClient::parserFraming_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200 << QByteArray("hello") << true;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nX-T: y\r\n\r\n")
                             << 200 << QByteArray("hello!") << true;
    QTest::newRow("100 continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
                                        << 201 << QByteArray("ok") << true;
    QTest::newRow("202 empty") << QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n") << 202 << QByteArray() << true;
    QTest::newRow("204 no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray() << true;
    QTest::newRow("connection close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx") << 200 << QByteArray("x") << false;
    QTest::newRow("lf only") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi") << 200 << QByteArray("hi") << true;
}

void TestHttpClient::parserFraming()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    for (qsizetype split = 0; split <= wire.size(); ++split) {
        HttpResponseParser p;
        QByteArray got;
        p.feed(QByteArrayView(wire).first(split), &got);
        const auto state = p.feed(QByteArrayView(wire).sliced(split), &got);
        QCOMPARE(state, HttpResponseParser::State::Done);
        QCOMPARE(p.status(), status);
        QCOMPARE(got, body);
        QCOMPARE(p.keepAlive(), keepAlive);
    }
    // Byte by byte.
    HttpResponseParser p;
    QByteArray got;
    for (char c : wire)
        p.feed(QByteArrayView(&c, 1), &got);
    QVERIFY(p.isDone());
    QCOMPARE(got, body);
}

void TestHttpClient::parserRejectsGarbage()
{
    for (const char *wire : {"SSH-2.0-OpenSSH\r\n\r\n", "HTTP/1.1 abc OK\r\n\r\n", "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
                             "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}) {
        HttpResponseParser p;
        QByteArray body;
        QCOMPARE(p.feed(wire, &body), HttpResponseParser::State::Error);
        QVERIFY(!p.errorString().isEmpty());
    }
    HttpResponseParser cut;
    QByteArray body;
    cut.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", &body);
    QCOMPARE(cut.closed(), HttpResponseParser::State::Error);
    HttpResponseParser untilClose;
    untilClose.feed("HTTP/1.1 200 OK\r\n\r\nabc", &body);
    QCOMPARE(untilClose.closed(), HttpResponseParser::State::Done);
}

void TestHttpClient::reusesKeepAliveConnections()
{
    ScriptedHttpServer server([](const ScriptedRequest &, ScriptedConnection *c) { c->respond(200, "{}"); });
    HttpClient client;
    for (int i = 0; i < 5; ++i) {
        ClientReply *r = client.send({"POST", server.url(), {}, "{}"});
        QSignalSpy done(r, &ClientReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(r->status(), 200);
        QVERIFY(!r->hasError());
        r->deleteLater();
    }
    QCOMPARE(client.connectionCount(), 1); // one keep-alive connection served all five
    QCOMPARE(server.requests().size(), 5);
}

void TestHttpClient::retriesOnceWhenAnIdleConnectionWasClosed()
{
    // The race the retry is for: the server closes a kept-alive connection just as the
    // client reuses it. Played without timing: the server drops the connection when the
    // second request arrives on it, before answering. The client must send it again, once,
    // on a new connection.
    int n = 0;
    QList<ScriptedConnection *> connections; // compared only while both are alive
    QByteArrayList bodies;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        ++n;
        connections << c;
        bodies << r.body;
        if (n == 2)
            c->close(); // the reused connection dies with the request unanswered
        else
            c->respond(200, "{}");
    });
    HttpClient client;
    ClientReply *a = client.send({"POST", server.url(), {}, "a"});
    QSignalSpy da(a, &ClientReply::finished);
    QVERIFY(da.wait(5000));
    ClientReply *b = client.send({"POST", server.url(), {}, "b"});
    QSignalSpy db(b, &ClientReply::finished);
    QVERIFY(db.wait(5000));
    QVERIFY2(!b->hasError(), qPrintable(b->error().message));
    QCOMPARE(b->status(), 200);
    QCOMPARE(n, 3); // a, b on the reused connection, b again
    QCOMPARE(bodies, (QByteArrayList{"a", "b", "b"}));
    QCOMPARE(connections.at(1), connections.at(0)); // b first went out on the kept-alive connection
}

void TestHttpClient::retriesOnAFreshConnectionAfterARestart()
{
    // A restarting server closes every kept-alive connection at once. The client may learn
    // of the first close (its request died unanswered) before the second, so the retry must
    // not take the other idle connection: it is just as dead. Played without timing: the
    // server drops whichever old connection "b" arrives on, and only a new one answers it.
    QList<QPointer<ScriptedConnection>> old;
    QList<QPointer<ScriptedConnection>> answered;
    int held = 0;
    ScriptedHttpServer server([&](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.body != "b") {
            old << c;
            // Hold the first until the second arrives so the client opens two connections.
            if (++held == 2)
                for (const auto &o : std::as_const(old))
                    if (o)
                        o->respond(200, "{}");
            return;
        }
        if (old.contains(c)) {
            c->close();
            return;
        }
        answered << c;
        c->respond(200, "{}");
    });
    HttpClient client;
    ClientReply *a1 = client.send({"POST", server.url(), {}, "a1"});
    ClientReply *a2 = client.send({"POST", server.url(), {}, "a2"});
    QSignalSpy d1(a1, &ClientReply::finished);
    QSignalSpy d2(a2, &ClientReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(d1.count() == 1 && d2.count() == 1, 5000);
    QCOMPARE(client.connectionCount(), 2);
    ClientReply *b = client.send({"POST", server.url(), {}, "b"});
    QSignalSpy db(b, &ClientReply::finished);
    QVERIFY(db.wait(5000));
    QVERIFY2(!b->hasError(), qPrintable(b->error().message));
    QCOMPARE(b->status(), 200);
    QCOMPARE(answered.size(), 1); // the retry went out on a new connection, once
    QCOMPARE(server.requests().size(), 4); // a1, a2, b on an old connection, b on the new one
}

void TestHttpClient::streamsBodyAsItArrives()
{
    QPointer<ScriptedConnection> stream;
    ScriptedHttpServer server([&](const ScriptedRequest &, ScriptedConnection *c) {
        c->startSse();
        c->sseEvent("first");
        stream = c;
    });
    HttpClient client;
    ClientReply *r = client.send({"GET", server.url(), {}, {}});
    QSignalSpy data(r, &ClientReply::readyRead);
    QVERIFY(data.wait(5000));
    QCOMPARE(r->status(), 200);
    QCOMPARE(r->readAll(), QByteArray("data: first\n\n"));
    QVERIFY(!r->isFinished());
    stream->sseEvent("second");
    QVERIFY(data.wait(5000));
    QCOMPARE(r->readAll(), QByteArray("data: second\n\n"));
    QSignalSpy done(r, &ClientReply::finished);
    stream->close();
    QVERIFY(done.wait(5000));
    QVERIFY(!r->hasError()); // a close-delimited body ends normally
}

void TestHttpClient::reportsRefusedConnections()
{
    quint16 port;
    {
        ScriptedHttpServer gone(nullptr);
        port = gone.port();
    }
    HttpClient client;
    ClientReply *r = client.send({"POST", QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)), {}, "{}"});
    QSignalSpy done(r, &ClientReply::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(r->hasError());
    QCOMPARE(r->error().kind, ErrorKind::Connection);
    QVERIFY(r->error().message.contains(QStringLiteral("refused")));
    ClientReply *bad = client.send({"GET", QUrl(QStringLiteral("ftp://x/y")), {}, {}});
    QSignalSpy badDone(bad, &ClientReply::finished);
    QVERIFY(badDone.wait(5000));
    QCOMPARE(bad->error().kind, ErrorKind::Usage);
}

void TestHttpClient::sendsExactRequestBytes()
{
    ScriptedHttpServer server([](const ScriptedRequest &, ScriptedConnection *c) { c->respond(202); });
    HttpClient client;
    ClientReply *r = client.send({"POST", QUrl(QStringLiteral("http://127.0.0.1:%1/mcp?x=1%202").arg(server.port())),
                                  {{"Accept", "application/json, text/event-stream"}}, "{\"a\":1}"});
    QSignalSpy done(r, &ClientReply::finished);
    QVERIFY(done.wait(5000));
    const ScriptedRequest req = server.requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/mcp?x=1%202"));
    QCOMPARE(req.header("host"), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    QCOMPARE(req.header("content-length"), QByteArray("7"));
    QCOMPARE(req.header("accept"), QByteArray("application/json, text/event-stream"));
    QCOMPARE(req.body, QByteArray("{\"a\":1}"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
