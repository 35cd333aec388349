// HttpServer over real loopback sockets: routing, keep-alive and pipelining, streaming
// through QNetworkAccessManager, client disconnects, limits and the host guard.
#include "http/hostguard.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "http/httpstream.h"
#include "http/sseformat.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

using namespace mcpc::http;

namespace {

// A raw client for exact bytes on the wire.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return socket.state() == QAbstractSocket::ConnectedState; }
};

HttpHandler text(const QString &body)
{
    return [body](const HttpRequest &, HttpResponder r) { r.send(HttpResponse::text(200, body)); };
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    HttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    QUrl url(const QString &path) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        return u;
    }

    QNetworkReply *get(const QString &path, const QByteArray &verb = "GET")
    {
        QNetworkReply *reply = m_nam->sendCustomRequest(QNetworkRequest(url(path)), verb);
        reply->setParent(this);
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new HttpServer(this);
        m_nam = new QNetworkAccessManager(this);
        QVERIFY(m_server->listen().has_value());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void cleanup()
    {
        delete m_nam;
        delete m_server;
    }

    void routing()
    {
        HttpRouter &r = m_server->router();
        r.add("GET", QStringLiteral("/exact"), text(QStringLiteral("exact")));
        r.add("POST", QStringLiteral("/exact"), text(QStringLiteral("posted")));
        r.addPrefix("GET", QStringLiteral("/.well-known"), text(QStringLiteral("wk")));
        r.addPrefix(QByteArray(), QStringLiteral("/.well-known/oauth"), text(QStringLiteral("oauth")));

        struct Case { QByteArray verb; QString path; int status; QByteArray body; };
        const QList<Case> cases = {
            {"GET", QStringLiteral("/exact"), 200, "exact"},
            {"POST", QStringLiteral("/exact"), 200, "posted"},
            {"DELETE", QStringLiteral("/exact"), 405, "method not allowed\n"},
            {"GET", QStringLiteral("/.well-known/x"), 200, "wk"},
            {"GET", QStringLiteral("/.well-known/oauth/mcp"), 200, "oauth"}, // longest prefix wins
            {"PUT", QStringLiteral("/.well-known/oauth"), 200, "oauth"},
            {"GET", QStringLiteral("/.well-knownx"), 404, "not found\n"},      // segment boundary
            {"GET", QStringLiteral("/nothing"), 404, "not found\n"},
        };
        for (const Case &c : cases) {
            QNetworkReply *reply = get(c.path, c.verb);
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), c.status);
            QCOMPARE(reply->readAll(), c.body);
            if (c.status == 405)
                QCOMPARE(reply->rawHeader("Allow"), QByteArray("GET, POST, HEAD"));
        }
        QNetworkReply *head = m_nam->head(QNetworkRequest(url(QStringLiteral("/exact"))));
        QTRY_VERIFY(head->isFinished());
        QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(head->rawHeader("Content-Length"), QByteArray("5"));
        QVERIFY(head->readAll().isEmpty());
        delete head;

        QCOMPARE(r.remove(QStringLiteral("/exact")), 2);
        QNetworkReply *gone = get(QStringLiteral("/exact"));
        QTRY_VERIFY(gone->isFinished());
        QCOMPARE(gone->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }

    void pipelinedKeepAliveInOrder()
    {
        int calls = 0;
        m_server->router().add("GET", QStringLiteral("/slow"), [&calls](const HttpRequest &, HttpResponder r) {
            ++calls;
            // Answered later: the next pipelined request must wait for this answer.
            QTimer::singleShot(30, [r]() mutable { r.send(HttpResponse::text(200, QStringLiteral("first"))); });
        });
        m_server->router().add("POST", QStringLiteral("/fast"), [&calls](const HttpRequest &req, HttpResponder r) {
            ++calls;
            r.send(HttpResponse::text(200, QString::fromUtf8(req.body)));
        });
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n"
                       "POST /fast HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "6\r\nsecond\r\n0\r\n\r\n");
        QTRY_VERIFY(c.received.contains("second"));
        QCOMPARE(calls, 2);
        QVERIFY(c.received.indexOf("first") < c.received.indexOf("second"));
        QCOMPARE(c.received.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(c.connected()); // keep-alive
        QCOMPARE(m_server->connectionCount(), 1);

        c.socket.write("GET /slow HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(c.received.count("HTTP/1.1 200 OK"), 3);
        QVERIFY(c.received.contains("Connection: close"));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void garbageGets400AndClose()
    {
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        static const char tls[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n";
        c.socket.write(tls, sizeof tls - 1); // a TLS ClientHello-ish start, NULs included
        QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(c.received.startsWith("HTTP/1.1 400 "));
    }

    void randomBytesOverTheWire()
    {
        m_server->router().add("GET", QStringLiteral("/"), text(QStringLiteral("ok")));
        QRandomGenerator rng(7);
        for (int i = 0; i < 20; ++i) {
            RawClient c(m_server->port());
            QTRY_VERIFY(c.connected());
            QByteArray junk(int(rng.bounded(1, 2000)), Qt::Uninitialized);
            for (char &ch : junk)
                ch = char(rng.bounded(256));
            c.socket.write(junk);
            c.socket.disconnectFromHost();
            QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        }
        // Still serving.
        QNetworkReply *reply = get(QStringLiteral("/"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->readAll(), QByteArray("ok"));
    }

    void limitsAnswer413And431()
    {
        HttpLimits l;
        l.maxBodyBytes = 16;
        l.maxHeaderBytes = 512;
        m_server->setLimits(l);
        m_server->router().add("POST", QStringLiteral("/"), text(QStringLiteral("ok")));
        QNetworkRequest bigReq(url(QStringLiteral("/")));
        bigReq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *big = m_nam->post(bigReq, QByteArray(17, 'x'));
        QTRY_VERIFY(big->isFinished());
        QCOMPARE(big->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        delete big;
        QNetworkRequest req(url(QStringLiteral("/")));
        req.setRawHeader("X-Big", QByteArray(600, 'a'));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *hdr = m_nam->post(req, QByteArray("x"));
        QTRY_VERIFY(hdr->isFinished());
        QCOMPARE(hdr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 431);
        delete hdr;
    }

    void idleConnectionsAreClosed()
    {
        HttpLimits l;
        l.idleTimeoutMs = 50;
        m_server->setLimits(l);
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET / HTTP/1.1\r\n"); // never finished
        QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    // A slow-loris client trickles header bytes to keep the idle timer happy: the header
    // deadline runs from the first byte and is not extended by later ones.
    void headerDeadlineIsNotExtendedByTrickledBytes()
    {
        HttpLimits l;
        l.headerTimeoutMs = 200;
        m_server->setLimits(l);
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET / HTTP/1.1\r\n");
        QTimer drip; // keeps sending, faster than the deadline, until the server answers
        connect(&drip, &QTimer::timeout, this, [&c] { if (c.connected()) c.socket.write("X-A: b\r\n"); });
        drip.start(20);
        QTRY_COMPARE_WITH_TIMEOUT(c.socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(c.received.startsWith("HTTP/1.1 408 "), c.received.constData());
        QVERIFY(c.received.contains("header did not arrive in time"));
    }

    void bodyDeadlineClosesAStalledBody()
    {
        HttpLimits l;
        l.bodyTimeoutMs = 100;
        m_server->setLimits(l);
        m_server->router().add("POST", QStringLiteral("/"), text(QStringLiteral("ok")));
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
        QTRY_COMPARE_WITH_TIMEOUT(c.socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(c.received.startsWith("HTTP/1.1 408 "), c.received.constData());
        QVERIFY(c.received.contains("body did not arrive in time"));
    }

    // At the cap, the quietest half-sent request makes room; the new client is served.
    void capEvictsHalfRequestsInsteadOfRefusing()
    {
        HttpLimits l;
        l.maxConnections = 3;
        m_server->setLimits(l);
        m_server->router().add("GET", QStringLiteral("/"), text(QStringLiteral("served")));
        std::vector<std::unique_ptr<RawClient>> slow;
        for (int i = 0; i < 5; ++i) {
            slow.push_back(std::make_unique<RawClient>(m_server->port()));
            QTRY_VERIFY(slow.back()->connected());
            slow.back()->socket.write("GET / HTTP/1.1\r\nX-Half: ");
            QTRY_COMPARE(m_server->connectionCount(), std::min(i + 1, 3));
        }
        QCOMPARE(m_server->evictedCount(), 2);
        QNetworkReply *reply = get(QStringLiteral("/"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("served"));
        QCOMPARE(m_server->evictedCount(), 3);
        QTRY_COMPARE(slow[0]->socket.state(), QAbstractSocket::UnconnectedState); // the oldest went first
        QCOMPARE(slow[4]->socket.state(), QAbstractSocket::ConnectedState);
        delete reply;
    }

    // A reconnect flood of half-requests keeps the server at its cap: each new one evicts
    // the oldest half-request, never a keep-alive client between two requests nor a client
    // just accepted (nothing read from it yet), even over more evictions than the cap holds.
    void halfRequestsGoBeforeKeepAlivesAndNewcomers()
    {
        HttpLimits l;
        l.maxConnections = 4;
        l.newcomerGraceMs = 60'000; // the whole test is within the grace
        m_server->setLimits(l);
        m_server->router().add("GET", QStringLiteral("/"), text(QStringLiteral("served")));
        std::vector<std::unique_ptr<RawClient>> slow;
        int others = 0; // the keep-alive client and the newcomer, once connected
        int newcomers = 0;
        int evicted = 0;
        auto halfRequest = [&] {
            slow.push_back(std::make_unique<RawClient>(m_server->port()));
            QTRY_VERIFY(slow.back()->connected());
            if (int(slow.size()) + others > 4) {
                ++evicted;
                QTRY_COMPARE(m_server->evictedCount(), evicted); // accepted, at the cap
            } else {
                QTRY_COMPARE(m_server->connectionCount(), int(slow.size()) + others);
            }
            slow.back()->socket.write("GET / HTTP/1.1\r\nX-Half: ");
            QTRY_COMPARE(m_server->newcomerCount(), newcomers); // its half request was read
        };
        halfRequest();
        halfRequest();
        RawClient keepAlive(m_server->port());
        QTRY_VERIFY(keepAlive.connected());
        keepAlive.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(keepAlive.received.contains("served"));
        keepAlive.received.clear();
        others = 1;
        RawClient newcomer(m_server->port());
        QTRY_VERIFY(newcomer.connected());
        QTRY_COMPARE(m_server->connectionCount(), 4);
        QCOMPARE(m_server->newcomerCount(), 1);
        others = 2;
        newcomers = 1;
        for (int i = 0; i < 8; ++i) // twice the cap: each one evicts somebody
            halfRequest();
        QCOMPARE(m_server->evictedCount(), 8);
        QCOMPARE(keepAlive.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(newcomer.socket.state(), QAbstractSocket::ConnectedState);
        keepAlive.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(keepAlive.received.contains("served"));
        newcomer.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(newcomer.received.contains("served"));
    }

    // Connections being answered are never evicted: at the cap with all busy, a new one is refused.
    void busyConnectionsAreNotEvicted()
    {
        HttpLimits l;
        l.maxConnections = 1;
        m_server->setLimits(l);
        std::optional<HttpResponder> held;
        m_server->router().add("GET", QStringLiteral("/hold"), [&held](const HttpRequest &, HttpResponder r) { held = std::move(r); });
        RawClient busy(m_server->port());
        QTRY_VERIFY(busy.connected());
        busy.socket.write("GET /hold HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(held.has_value());
        RawClient refused(m_server->port());
        QTRY_COMPARE(refused.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(busy.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->evictedCount(), 0);
        held->send(HttpResponse::text(200, QStringLiteral("late")));
        QTRY_VERIFY(busy.received.contains("late"));
    }

    void requestsInFlightAreBounded()
    {
        HttpLimits l;
        l.maxInFlight = 1;
        m_server->setLimits(l);
        std::optional<HttpResponder> held;
        m_server->router().add("GET", QStringLiteral("/hold"), [&held](const HttpRequest &, HttpResponder r) { held = std::move(r); });
        m_server->router().add("GET", QStringLiteral("/"), text(QStringLiteral("ok")));
        RawClient first(m_server->port());
        QTRY_VERIFY(first.connected());
        first.socket.write("GET /hold HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(held.has_value());
        RawClient second(m_server->port());
        QTRY_VERIFY(second.connected());
        second.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(second.received.startsWith("HTTP/1.1 503 "));
        QVERIFY(second.received.contains("Retry-After: 1"));
        held->send(HttpResponse::text(200, QStringLiteral("done")));
        QTRY_VERIFY(first.received.contains("done"));
        RawClient third(m_server->port()); // the slot is free again
        QTRY_VERIFY(third.connected());
        third.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(third.received.startsWith("HTTP/1.1 200 "));
    }

    void streamingThroughQnam()
    {
        QPointer<HttpStream> stream;
        m_server->router().add("GET", QStringLiteral("/events"), [&stream](const HttpRequest &, HttpResponder r) {
            HttpHeaders h;
            h.set("Content-Type", "text/event-stream");
            stream = r.stream(200, h);
            stream->write(formatSseEvent("1", QByteArray()));
        });
        QNetworkReply *reply = get(QStringLiteral("/events"));
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
        QTRY_VERIFY(body.contains("id: 1\ndata:\n\n")); // arrives before the end
        QVERIFY(!reply->isFinished());
        QVERIFY(stream && stream->isOpen());
        stream->write(formatSseEvent("2", "{\"a\":1}\nline2", "message"));
        QTRY_VERIFY(body.contains("data: line2"));
        QSignalSpy closed(stream.data(), &HttpStream::closed);
        stream->end();
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(body.endsWith("event: message\nid: 2\ndata: {\"a\":1}\ndata: line2\n\n"));
    }

    void clientDisconnectClosesStream()
    {
        QPointer<HttpStream> stream;
        m_server->router().add("GET", QStringLiteral("/events"), [&stream](const HttpRequest &, HttpResponder r) {
            stream = r.stream(200, {});
            stream->write("hello");
        });
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET /events HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY(c.received.contains("hello"));
        QVERIFY(stream);
        QSignalSpy closed(stream.data(), &HttpStream::closed);
        c.socket.abort();
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(!stream || stream->clientGone());
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QTRY_VERIFY(!stream); // cleaned up by its connection
    }

    void http10StreamEndsWithClose()
    {
        m_server->router().add("GET", QStringLiteral("/s"), [](const HttpRequest &, HttpResponder r) {
            HttpStream *s = r.stream(200, {});
            s->write("abc");
            s->end();
        });
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET /s HTTP/1.0\r\n\r\n");
        QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(c.received.startsWith("HTTP/1.0 200 OK"));
        QVERIFY(!c.received.contains("chunked"));
        QVERIFY(c.received.endsWith("\r\n\r\nabc"));
    }

    void forgottenResponderGets500()
    {
        QTest::ignoreMessage(QtWarningMsg, "handler dropped a request without answering it");
        m_server->router().add("GET", QStringLiteral("/oops"), [](const HttpRequest &, HttpResponder) {});
        QNetworkReply *reply = get(QStringLiteral("/oops"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    }

    void customHandlerAndRequestDetails()
    {
        HttpRequest seen;
        m_server->setHandler([&seen](const HttpRequest &req, HttpResponder r) {
            seen = req;
            HttpResponse resp = HttpResponse::redirect(QUrl(QStringLiteral("http://127.0.0.1:1/cb?code=x")));
            resp.headers.set("X-Evil", "a\r\nInjected: yes");
            r.send(resp);
        });
        QNetworkRequest req(url(QStringLiteral("/callback")));
        req.setUrl(QUrl(url(QStringLiteral("/callback")).toString() + QStringLiteral("?code=a%2Bb&state=s+1")));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam->get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QCOMPARE(reply->rawHeader("Location"), QByteArray("http://127.0.0.1:1/cb?code=x"));
        QVERIFY(!reply->hasRawHeader("Injected"));
        QCOMPARE(seen.query.value(QStringLiteral("code")), QStringLiteral("a+b"));
        QCOMPARE(seen.query.value(QStringLiteral("state")), QStringLiteral("s 1"));
        QCOMPARE(seen.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(seen.localPort, m_server->port());
        delete reply;
    }

    void busyPortIsReported()
    {
        HttpServer other;
        const auto r = other.listen(QHostAddress::LocalHost, m_server->port());
        QVERIFY(!r.has_value());
        QCOMPARE(other.listenError(), QAbstractSocket::AddressInUseError);
        QVERIFY(r.error().message.contains(QStringLiteral("in use")));
    }

    void closeDropsConnections()
    {
        QPointer<HttpStream> stream;
        m_server->router().add("GET", QStringLiteral("/events"), [&stream](const HttpRequest &, HttpResponder r) {
            stream = r.stream(200, {});
        });
        RawClient c(m_server->port());
        QTRY_VERIFY(c.connected());
        c.socket.write("GET /events HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY(stream);
        QSignalSpy closed(stream.data(), &HttpStream::closed);
        m_server->close();
        QCOMPARE(closed.count(), 1);
        QVERIFY(!m_server->isListening());
        QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
    }

    void hostGuard()
    {
        HostGuard g;
        QVERIFY(g.allowsHost("localhost"));
        QVERIFY(g.allowsHost("LOCALHOST:3000"));
        QVERIFY(g.allowsHost("127.0.0.1:1"));
        QVERIFY(g.allowsHost("[::1]:8080"));
        QVERIFY(g.allowsHost("[::1]"));
        QVERIFY(!g.allowsHost("evil.example.com"));
        QVERIFY(!g.allowsHost("localhost.evil.com"));
        QVERIFY(!g.allowsHost("127.0.0.1:99999"));
        QVERIFY(!g.allowsHost("localhost:abc"));
        QVERIFY(!g.allowsHost(""));
        QVERIFY(g.allowsOrigin("http://localhost:3000"));
        QVERIFY(g.allowsOrigin("https://127.0.0.1"));
        QVERIFY(g.allowsOrigin("http://[::1]:5"));
        QVERIFY(!g.allowsOrigin("null"));
        QVERIFY(!g.allowsOrigin("http://evil.example.com"));
        QVERIFY(!g.allowsOrigin("file://localhost"));
        g.allowHost(QStringLiteral("MyBox"));
        QVERIFY(g.allowsHost("mybox:3000"));

        HttpRequest r;
        r.headers.set("Host", "localhost:3000");
        QVERIFY(g.allows(r));
        r.headers.set("Origin", "http://evil.example.com");
        QString why;
        QVERIFY(!g.allows(r, &why));
        QVERIFY(why.contains(QStringLiteral("Origin")));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
