// The demo MCP server's Streamable HTTP transport through QNetworkAccessManager: sessions,
// versions, SSE (priming, progress, cancellation), the GET stream, batches, DNS rebinding.
#include "demotestbase.h"

#include <QSignalSpy>
#include <QTcpSocket>

class TestDemoServer : public DemoTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void initializeIssuesSession()
    {
        QSignalSpy started(m_server, &DemoServer::sessionStarted);
        m_version.clear();
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                  {"params", {{"protocolVersion", "2025-06-18"}, {"capabilities", json::object()},
                                              {"clientInfo", {{"name", "t"}, {"version", "1"}}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QVERIFY(!r.sessionId.isEmpty());
        QCOMPARE(started.count(), 1);
        const json &res = r.doc.at("result");
        JCOMPARE(res.at("protocolVersion"), "2025-06-18"); // echoed: supported
        JCOMPARE(res.at("capabilities").at("tools").at("listChanged"), true);
        QVERIFY(res.at("capabilities").contains("resources"));
        QVERIFY(res.at("capabilities").contains("prompts"));
        JCOMPARE(res.at("serverInfo").at("name"), "mcp-connect-demo");

        const Reply other = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                      {"params", {{"protocolVersion", "2099-01-01"}}}});
        JCOMPARE(other.doc.at("result").at("protocolVersion"), "2025-11-25"); // newest instead
        QVERIFY(other.sessionId != r.sessionId);
        QCOMPARE(m_server->sessionCount(), 2);
    }

    void sessionAndVersionChecks()
    {
        initialize();
        JCOMPARE(rpc("ping").at("result"), json::object());

        const QByteArray good = m_session;
        m_session.clear();
        Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 2}, {"method", "ping"}});
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("error").at("code"), -32000);

        m_session = "no-such-session";
        QCOMPARE(post(json{{"jsonrpc", "2.0"}, {"id", 3}, {"method", "ping"}}).status, 404);

        m_session = good;
        m_version = "1999-01-01";
        r = post(json{{"jsonrpc", "2.0"}, {"id", 4}, {"method", "ping"}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("Unsupported protocol version"));
        m_version = "2025-11-25";

        JCOMPARE(rpc("no/such/method").at("error").at("code"), -32601);
        r = finish(m_nam->post(request(), QByteArray("{not json")));
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("error").at("code"), -32700);
        r = post(json{{"jsonrpc", "1.0"}, {"id", 5}, {"method", "ping"}});
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("error").at("code"), -32600);
        QNetworkRequest plain = request();
        plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QCOMPARE(finish(m_nam->post(plain, QByteArray("{}"))).status, 415);

        r = post(json{{"jsonrpc", "2.0"}, {"method", "notifications/whatever"}});
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
    }

    void deleteAndForgetEndSessions()
    {
        initialize();
        QSignalSpy ended(m_server, &DemoServer::sessionEnded);
        QCOMPARE(send("DELETE").status, 200);
        QCOMPARE(ended.count(), 1);
        JCOMPARE(rpc("ping").value("httpStatus", 0), 404);

        initialize();
        JCOMPARE(rpc("ping").at("result"), json::object());
        m_server->forgetSessions(); // test knob: clients must re-initialize
        JCOMPARE(rpc("ping").value("httpStatus", 0), 404);
        initialize();
        m_server->setRejectSessions(true);
        JCOMPARE(rpc("ping").value("httpStatus", 0), 404);
        m_server->setRejectSessions(false);
        JCOMPARE(rpc("ping").at("result"), json::object());
        m_server->setSessionTtl(1);
        QTRY_COMPARE(m_server->sessionCount(), 0); // swept once idle
        JCOMPARE(rpc("ping").value("httpStatus", 0), 404);
    }

    void dnsRebindingProtection()
    {
        initialize();
        QCOMPARE(post(json{{"jsonrpc", "2.0"}, {"id", 9}, {"method", "ping"}},
                      {{"Origin", "http://evil.example.com"}}).status, 403);
        QCOMPARE(post(json{{"jsonrpc", "2.0"}, {"id", 9}, {"method", "ping"}},
                      {{"Origin", "http://localhost:3000"}}).status, 200);
        // Host can't be forged through QNetworkAccessManager; use a raw socket.
        QTcpSocket s;
        QByteArray got;
        connect(&s, &QTcpSocket::readyRead, this, [&] { got += s.readAll(); });
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        const QByteArray body = R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})";
        s.write("POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(got.contains("\r\n\r\n"));
        QVERIFY(got.startsWith("HTTP/1.1 403 "));
    }

    void longTaskProgressOverSse()
    {
        initialize();
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", "lt-1"}, {"method", "tools/call"},
                                  {"params", {{"name", "long_task"}, {"arguments", {{"steps", 3}, {"delayMs", 10}}},
                                              {"_meta", {{"progressToken", "tok"}}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/event-stream"));
        QCOMPARE(r.sessionId, m_session);
        const QList<Event> events = parseSse(r.body);
        QVERIFY(events.size() >= 5);
        QVERIFY(!events[0].id.isEmpty()); // priming: id, empty data, retry
        QVERIFY(events[0].data.isEmpty());
        QVERIFY(events[0].hasRetry);
        QList<double> progress;
        json response;
        QSet<QByteArray> ids;
        for (const Event &e : events) {
            ids.insert(e.id);
            if (e.data.isEmpty())
                continue;
            const json m = json::parse(e.data.toStdString());
            if (m.value("method", "") == "notifications/progress") {
                JCOMPARE(m.at("params").at("progressToken"), "tok");
                progress.append(m.at("params").at("progress").get<double>());
            } else {
                response = m;
            }
        }
        QCOMPARE(ids.size(), events.size()); // every event has its own id
        QCOMPARE(progress, (QList<double>{0, 1, 2, 3}));
        JCOMPARE(response.at("id"), "lt-1");
        JCOMPARE(response.at("result").at("content")[0].at("text"), "Long task finished: 3 steps done.");

        // Without a progress token nothing streams before the result, but it's still async.
        const Reply plain = post(json{{"jsonrpc", "2.0"}, {"id", 7}, {"method", "tools/call"},
                                      {"params", {{"name", "long_task"}, {"arguments", {{"steps", 1}, {"delayMs", 0}}}}}});
        QCOMPARE(plain.status, 200);
        JCOMPARE(parseSse(plain.body).size(), 2); // priming + response
    }

    void noPrimingBefore20251125AndJsonOnlyClients()
    {
        initialize("2025-06-18");
        Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "tools/call"},
                            {"params", {{"name", "long_task"}, {"arguments", {{"steps", 2}, {"delayMs", 0}}},
                                        {"_meta", {{"progressToken", 1}}}}}});
        QCOMPARE(r.contentType, QByteArray("text/event-stream"));
        const QList<Event> events = parseSse(r.body);
        QVERIFY(!events.isEmpty());
        QVERIFY(!events[0].data.isEmpty()); // no priming event

        r = post(json{{"jsonrpc", "2.0"}, {"id", 2}, {"method", "tools/call"},
                      {"params", {{"name", "long_task"}, {"arguments", {{"steps", 2}, {"delayMs", 0}}},
                                  {"_meta", {{"progressToken", 1}}}}}},
                 {{"Accept", "application/json"}});
        QCOMPARE(r.contentType, QByteArray("application/json"));
        JCOMPARE(r.doc.at("id"), 2);
        QVERIFY(r.doc.contains("result"));
    }

    void cancellation()
    {
        initialize();
        QNetworkReply *reply = m_nam->post(request(), QByteArray::fromStdString(
            json{{"jsonrpc", "2.0"}, {"id", 77}, {"method", "tools/call"},
                 {"params", {{"name", "long_task"}, {"arguments", {{"steps", 100}, {"delayMs", 200}}},
                             {"_meta", {{"progressToken", "c"}}}}}}.dump()));
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
        QTRY_VERIFY(body.contains("notifications/progress"));
        const Reply c = post(json{{"jsonrpc", "2.0"}, {"method", "notifications/cancelled"},
                                  {"params", {{"requestId", 77}, {"reason", "test"}}}});
        QCOMPARE(c.status, 202);
        QTRY_VERIFY(reply->isFinished());
        body += reply->readAll();
        QVERIFY(!body.contains("\"result\"")); // no response for a cancelled request
        reply->deleteLater();
    }

    void standaloneGetStream()
    {
        initialize();
        QNetworkRequest req = request({{"Accept", "text/event-stream"}});
        QNetworkReply *reply = m_nam->get(req);
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
        QTRY_VERIFY(body.contains("data:")); // priming
        QCOMPARE(send("GET", {{"Accept", "text/event-stream"}}).status, 409);
        QCOMPARE(send("GET", {{"Accept", "application/json"}}).status, 406);

        DemoTool extra;
        extra.name = QStringLiteral("extra");
        extra.description = QStringLiteral("added at run time");
        extra.run = [](DemoToolCall *call) { call->finishText(QStringLiteral("extra ran")); };
        m_server->addTool(extra);
        QTRY_VERIFY(body.contains("notifications/tools/list_changed"));
        JCOMPARE(rpc("tools/call", {{"name", "extra"}}).at("result").at("content")[0].at("text"), "extra ran");
        QVERIFY(m_server->removeTool(QStringLiteral("extra")));

        QCOMPARE(send("DELETE").status, 200); // ends the GET stream too
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
    }

    void batchesOnlyFor20250326()
    {
        initialize("2025-03-26");
        const json batch = json::array({{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "ping"}},
                                        {{"jsonrpc", "2.0"}, {"method", "notifications/initialized"}},
                                        {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "tools/call"},
                                         {"params", {{"name", "echo"}, {"arguments", {{"message", "b"}}}}}}});
        Reply r = post(batch);
        QCOMPARE(r.status, 200);
        QVERIFY(r.doc.is_array());
        JCOMPARE(r.doc.size(), size_t(2));
        JCOMPARE(r.doc[1].at("result").at("content")[0].at("text"), "Echo: b");

        initialize("2025-11-25");
        r = post(batch);
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("error").at("code"), -32600);
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
