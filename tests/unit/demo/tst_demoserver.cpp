// The demo MCP server through a real QNetworkAccessManager on an ephemeral port.
#include "demo/demoserver.h"
#include "demo/demotools.h"
#include "demo/demouser.h"
#include "demo/jsonschemacheck.h"
#include "http/httprequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mcpc;
using namespace mcpc::demo;
using nlohmann::json;

// QCOMPARE can't take nlohmann::json (its implicit conversions confuse QTest's overloads).
#define JCOMPARE(actual, expected) \
    QVERIFY2(json(actual) == json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(json(actual).dump()), QString::fromStdString(json(expected).dump()))))

namespace {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray sessionId;
    QByteArray body;
    json doc; // parsed JSON body (or null)
};

// One SSE event as a client sees it.
struct Event
{
    QByteArray id;
    QByteArray data;
    bool hasRetry = false;
};

QList<Event> parseSse(const QByteArray &body)
{
    QList<Event> events;
    Event cur;
    bool any = false;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty()) {
            if (any)
                events.append(cur);
            cur = Event();
            any = false;
            continue;
        }
        any = true;
        if (line.startsWith("id:"))
            cur.id = line.mid(3).trimmed();
        else if (line.startsWith("data:"))
            cur.data += (cur.data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(5).trimmed();
        else if (line.startsWith("retry:"))
            cur.hasRetry = true;
    }
    return events;
}

const char *kExpectedUserText = "User ID: user_2demo7Hc9mN4pLr8tVw3ZkQx\n"
                                "Username: ada.demo\n"
                                "First Name: Ada\n"
                                "Last Name: Lovelace\n"
                                "Primary Email: ada@example.com\n"
                                "Secondary Email: ada.lovelace@example.org\n"
                                "2FA Enabled: No\n"
                                "Account Banned: No\n"
                                "Account Locked: No\n"
                                "Profile Image: https://img.example.com/avatars/ada-demo.png\n"
                                "External Accounts: google (ada@example.com)\n"
                                "Organization Creation Enabled: Yes\n"
                                "Delete Self Enabled: Yes";

// A gate like the OAuth work will write: bearer "good" = signed in as Grace with scope
// "profile"; anything else gets a 401 challenge.
class TestGate : public DemoAuthGate
{
public:
    DemoAuthResult authorize(const http::HttpRequest &request) override
    {
        const QByteArray auth = request.header("authorization");
        if (auth != "Bearer good" && auth != "Bearer narrow")
            return DemoAuthResult::deny(bearerChallenge(401, QStringLiteral("invalid_token"), QStringLiteral("sign in"),
                                                        QUrl(QStringLiteral("http://127.0.0.1/.well-known/oauth-protected-resource/mcp")),
                                                        {}));
        DemoAuthContext ctx;
        ctx.authenticated = true;
        ctx.subject = QStringLiteral("user_grace");
        ctx.scopes = auth == "Bearer good" ? QStringList{QStringLiteral("profile")} : QStringList{};
        ctx.user.userId = QStringLiteral("user_grace");
        ctx.user.firstName = QStringLiteral("Grace");
        return DemoAuthResult::allow(ctx);
    }
};

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private:
    DemoServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_session;
    QByteArray m_version = "2025-11-25";
    int m_nextId = 100;

    QNetworkRequest request(const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest req(m_server->url());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Accept", "application/json, text/event-stream");
        if (!m_session.isEmpty())
            req.setRawHeader("Mcp-Session-Id", m_session);
        if (!m_version.isEmpty())
            req.setRawHeader("MCP-Protocol-Version", m_version);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return req;
    }

    Reply finish(QNetworkReply *reply)
    {
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.sessionId = reply->rawHeader("Mcp-Session-Id");
        r.body = reply->readAll();
        r.doc = json::parse(r.body.toStdString(), nullptr, false);
        if (r.doc.is_discarded())
            r.doc = json();
        reply->deleteLater();
        return r;
    }

    Reply post(const json &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(m_nam->post(request(headers), QByteArray::fromStdString(body.dump())));
    }

    Reply send(const QByteArray &verb, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(m_nam->sendCustomRequest(request(headers), verb));
    }

    json rpc(const std::string &method, const json &params = json::object())
    {
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", ++m_nextId}, {"method", method}, {"params", params}});
        if (r.status != 200 || !r.doc.is_object())
            return json{{"httpStatus", r.status}};
        return r.doc;
    }

    QByteArray initialize(const char *version = "2025-11-25")
    {
        m_session.clear();
        m_version.clear();
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                  {"params", {{"protocolVersion", version}, {"capabilities", json::object()},
                                              {"clientInfo", {{"name", "test"}, {"version", "1"}}}}}});
        m_session = r.sessionId;
        m_version = QByteArray::fromStdString(r.doc["result"].value("protocolVersion", std::string()));
        post(json{{"jsonrpc", "2.0"}, {"method", "notifications/initialized"}});
        return r.sessionId;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new DemoServer(this);
        m_nam = new QNetworkAccessManager(this);
        QVERIFY(m_server->listen().has_value());
        QCOMPARE(m_server->url().toString(), QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_server->port()));
        m_session.clear();
        m_version = "2025-11-25";
    }

    void cleanup()
    {
        delete m_nam;
        delete m_server;
    }

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

    void toolsListPagination()
    {
        m_server->setPageSize(2);
        initialize();
        QStringList names;
        json params = json::object();
        int pages = 0;
        for (;;) {
            const json r = rpc("tools/list", params).at("result");
            ++pages;
            QVERIFY(r.at("tools").size() <= 2);
            for (const json &t : r.at("tools")) {
                names.append(QString::fromStdString(t.at("name").get<std::string>()));
                QVERIFY(t.contains("inputSchema"));
                QVERIFY(t.contains("description"));
            }
            if (!r.contains("nextCursor"))
                break;
            params = {{"cursor", r.at("nextCursor")}};
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names, (QStringList{QStringLiteral("get_user_data"), QStringLiteral("echo"), QStringLiteral("get_avatar"),
                                     QStringLiteral("long_task"), QStringLiteral("fail")}));
        JCOMPARE(rpc("tools/list", {{"cursor", "bogus"}}).at("error").at("code"), -32602);
        JCOMPARE(rpc("tools/list", {{"cursor", 5}}).at("error").at("code"), -32602);

        m_server->setPageSize(0);
        const json all = rpc("tools/list").at("result");
        JCOMPARE(all.at("tools").size(), size_t(5));
        QVERIFY(!all.contains("nextCursor"));
    }

    void getUserData()
    {
        initialize();
        const json list = rpc("tools/list").at("result").at("tools");
        json tool;
        for (const json &t : list)
            if (t.at("name") == "get_user_data")
                tool = t;
        JCOMPARE(tool.at("title"), "Get user data");
        const json schema = tool.at("outputSchema");

        const json r = rpc("tools/call", {{"name", "get_user_data"}, {"arguments", json::object()}}).at("result");
        QVERIFY(!r.value("isError", false));
        JCOMPARE(r.at("content").size(), size_t(1));
        JCOMPARE(r.at("content")[0].at("type"), "text");
        QCOMPARE(QString::fromStdString(r.at("content")[0].at("text").get<std::string>()),
                 QString::fromLatin1(kExpectedUserText));

        const json sc = r.at("structuredContent");
        QCOMPARE(checkJsonSchema(schema, sc), QStringList());
        // Every field of the seed is present and maps back to its label.
        JCOMPARE(sc.size(), size_t(demoUserFields().size()));
        for (const DemoUserField &f : demoUserFields())
            QVERIFY2(sc.contains(f.key.toStdString()), qPrintable(f.key));
        QCOMPARE(demoUserLabel(QStringLiteral("twoFactorEnabled")), QStringLiteral("2FA Enabled"));
        JCOMPARE(sc.at("twoFactorEnabled"), false);
        JCOMPARE(sc.at("externalAccounts"), json::array({"google (ada@example.com)"}));

        // The checker can fail: a wrong type, a missing key and an extra key are caught.
        json bad = sc;
        bad["banned"] = "No";
        bad.erase("userId");
        bad["extra"] = 1;
        QCOMPARE(checkJsonSchema(schema, bad).size(), 3);
    }

    void otherTools()
    {
        initialize();
        json r = rpc("tools/call", {{"name", "echo"}, {"arguments", {{"message", "hi there"}}}}).at("result");
        JCOMPARE(r.at("content")[0].at("text"), "Echo: hi there");

        r = rpc("tools/call", {{"name", "echo"}, {"arguments", {{"message", 42}}}}).at("result");
        JCOMPARE(r.at("isError"), true); // validation failure is a tool result (2025-11-25)
        QVERIFY(r.at("content")[0].at("text").get<std::string>().find("/message") != std::string::npos);
        JCOMPARE(rpc("tools/call", {{"name", "echo"}}).at("result").at("isError"), true);

        r = rpc("tools/call", {{"name", "get_avatar"}}).at("result");
        JCOMPARE(r.at("content")[0].at("type"), "image");
        JCOMPARE(r.at("content")[0].at("mimeType"), "image/png");
        const QByteArray png = QByteArray::fromBase64(QByteArray::fromStdString(r.at("content")[0].at("data").get<std::string>()));
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        JCOMPARE(r.at("content")[1].at("type"), "text");

        r = rpc("tools/call", {{"name", "fail"}}).at("result");
        JCOMPARE(r.at("isError"), true);
        QVERIFY(!r.at("content")[0].at("text").get<std::string>().empty());

        JCOMPARE(rpc("tools/call", {{"name", "nope"}}).at("error").at("code"), -32602);
        JCOMPARE(rpc("tools/call", {{"name", "long_task"}, {"arguments", {{"steps", 100000}}}}).at("result").at("isError"), true);
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

    void resourcesAndPrompts()
    {
        initialize();
        const json resources = rpc("resources/list").at("result").at("resources");
        QVERIFY(resources.size() >= 2);
        const json read = rpc("resources/read", {{"uri", "demo://user/profile"}}).at("result").at("contents")[0];
        JCOMPARE(read.at("mimeType"), "application/json");
        JCOMPARE(json::parse(read.at("text").get<std::string>()).at("userId"), "user_2demo7Hc9mN4pLr8tVw3ZkQx");
        JCOMPARE(rpc("resources/read", {{"uri", "demo://nope"}}).at("error").at("code"), -32002);
        JCOMPARE(rpc("resources/read", {{"uri", "demo://greeting/Bob"}}).at("result").at("contents")[0].at("text"),
                 "Hello, Bob!");
        JCOMPARE(rpc("resources/templates/list").at("result").at("resourceTemplates").size(), size_t(1));

        const json prompts = rpc("prompts/list").at("result").at("prompts");
        QVERIFY(prompts.size() >= 2);
        const json got = rpc("prompts/get", {{"name", "greet"}, {"arguments", {{"name", "Bob"}, {"style", "formal"}}}});
        JCOMPARE(got.at("result").at("messages")[0].at("content").at("text"), "Write a short formal greeting for Bob.");
        JCOMPARE(rpc("prompts/get", {{"name", "greet"}}).at("error").at("code"), -32602);
        JCOMPARE(rpc("prompts/get", {{"name", "nope"}}).at("error").at("code"), -32602);
        const json c = rpc("completion/complete", {{"ref", {{"type", "ref/prompt"}, {"name", "greet"}}},
                                                   {"argument", {{"name", "style"}, {"value", "f"}}}});
        JCOMPARE(c.at("result").at("completion").at("values"), json::array({"friendly", "formal"}));
        JCOMPARE(rpc("logging/setLevel", {{"level", "debug"}}).at("result"), json::object());
        JCOMPARE(rpc("logging/setLevel", {{"level", "loud"}}).at("error").at("code"), -32602);
    }

    void authGateExtensionPoint()
    {
        m_server->setAuthGate(std::make_shared<TestGate>());
        DemoTool secret;
        secret.name = QStringLiteral("secret");
        secret.requiredScopes = {QStringLiteral("profile")};
        secret.run = [](DemoToolCall *call) { call->finishText(QStringLiteral("for ") + call->auth().subject); };
        m_server->addTool(secret);

        m_version.clear();
        const Reply denied = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}});
        QCOMPARE(denied.status, 401);
        QNetworkReply *raw = m_nam->post(request(), QByteArray("{}"));
        QTRY_VERIFY(raw->isFinished());
        QVERIFY(raw->rawHeader("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
        QVERIFY(raw->rawHeader("WWW-Authenticate").contains("resource_metadata=\"http://127.0.0.1/.well-known/"));
        raw->deleteLater();

        const QList<QPair<QByteArray, QByteArray>> good = {{"Authorization", "Bearer good"}};
        const Reply init = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                     {"params", {{"protocolVersion", "2025-11-25"}}}}, good);
        QCOMPARE(init.status, 200);
        m_session = init.sessionId;
        m_version = "2025-11-25";
        Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 2}, {"method", "tools/call"}, {"params", {{"name", "get_user_data"}}}}, good);
        JCOMPARE(r.doc.at("result").at("structuredContent").at("firstName"), "Grace"); // user from the gate
        r = post(json{{"jsonrpc", "2.0"}, {"id", 3}, {"method", "tools/call"}, {"params", {{"name", "secret"}}}}, good);
        JCOMPARE(r.doc.at("result").at("content")[0].at("text"), "for user_grace");
        r = post(json{{"jsonrpc", "2.0"}, {"id", 4}, {"method", "tools/call"}, {"params", {{"name", "secret"}}}},
                 {{"Authorization", "Bearer narrow"}});
        QCOMPARE(r.status, 403);
        JCOMPARE(r.doc.at("error"), "insufficient_scope");
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
