// The demo server's MCP 2026-07-28 ("modern") side, next to its 2025 sessions:
// server/discover, header and _meta validation (-32020, -32602, -32022), 405 for
// GET/DELETE, 404 for removed methods, result decoration (resultType, serverInfo, cache
// hints, tool order), -32602 for an unknown resource, -32021, per-request log levels,
// MRTR with a sealed requestState, and subscriptions/listen.
#include "demotestbase.h"

#include "demo/demorequeststate.h"

class TestDemoModern : public DemoTestBase
{
    Q_OBJECT

    static json meta(const char *version = "2026-07-28", json capabilities = json::object())
    {
        return json{{"io.modelcontextprotocol/protocolVersion", version},
                    {"io.modelcontextprotocol/clientInfo", {{"name", "t"}, {"version", "1"}}},
                    {"io.modelcontextprotocol/clientCapabilities", std::move(capabilities)}};
    }

    // A modern POST with the headers a conformant client sends (overridable).
    Reply modern(const std::string &method, json params = json::object(),
                 QList<QPair<QByteArray, QByteArray>> headers = {}, json metaFields = meta())
    {
        if (!params.contains("_meta"))
            params["_meta"] = std::move(metaFields);
        QList<QPair<QByteArray, QByteArray>> h = {{"Mcp-Method", QByteArray::fromStdString(method)}};
        if (params.contains("name"))
            h.append({"Mcp-Name", QByteArray::fromStdString(params["name"].get<std::string>())});
        if (params.contains("uri"))
            h.append({"Mcp-Name", QByteArray::fromStdString(params["uri"].get<std::string>())});
        for (const auto &x : headers) {
            h.removeIf([&](const auto &y) { return y.first.toLower() == x.first.toLower(); });
            h.append(x);
        }
        return post(json{{"jsonrpc", "2.0"}, {"id", ++m_nextId}, {"method", method}, {"params", params}}, h);
    }

    // The JSON-RPC response of a reply that may be JSON or SSE; notifications in *seen.
    static json responseOf(const Reply &r, QList<json> *seen = nullptr)
    {
        if (!r.contentType.startsWith("text/event-stream"))
            return r.doc;
        json response;
        for (const Event &e : parseSse(r.body)) {
            const json m = json::parse(e.data.toStdString(), nullptr, false);
            if (m.is_object() && m.contains("method") && seen)
                seen->append(m);
            else if (m.is_object() && m.contains("id"))
                response = m;
        }
        return response;
    }

private Q_SLOTS:
    void init()
    {
        setUpServer();
        m_version = "2026-07-28";
    }
    void cleanup() { tearDownServer(); }

    void discoverIsStateless()
    {
        const Reply r = modern("server/discover");
        QCOMPARE(r.status, 200);
        QVERIFY(r.sessionId.isEmpty());
        const json &res = r.doc.at("result");
        JCOMPARE(res.at("supportedVersions"), json::array({"2026-07-28"}));
        JCOMPARE(res.at("capabilities").at("tools").at("listChanged"), true);
        QVERIFY(res.at("capabilities").contains("prompts") && res.at("capabilities").contains("resources"));
        JCOMPARE(res.at("resultType"), "complete");
        JCOMPARE(res.at("_meta").at("io.modelcontextprotocol/serverInfo").at("name"), "mcp-connect-demo");
        QVERIFY(res.at("ttlMs").get<int>() > 0);
        JCOMPARE(res.at("cacheScope"), "public");
        QCOMPARE(m_server->sessionCount(), 0);
    }

    void unknownVersionIs32022WithSupported()
    {
        const Reply r = modern("server/discover", json::object(), {{"MCP-Protocol-Version", "2099-01-01"}},
                               meta("2099-01-01"));
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("id"), m_nextId);
        JCOMPARE(r.doc.at("error").at("code"), -32022);
        JCOMPARE(r.doc.at("error").at("data").at("supported"), json::array({"2026-07-28"}));
        JCOMPARE(r.doc.at("error").at("data").at("requested"), "2099-01-01");
        // A 2025 version in modern _meta is not ours to serve statelessly either.
        JCOMPARE(modern("tools/list", json::object(), {{"MCP-Protocol-Version", "2025-11-25"}}, meta("2025-11-25"))
                     .doc.at("error").at("code"), -32022);
    }

    void getAndDeleteAre405WithoutASession()
    {
        QCOMPARE(send("GET", {{"Accept", "text/event-stream"}}).status, 405);
        QCOMPARE(send("DELETE").status, 405);
        m_version.clear();
        QCOMPARE(send("DELETE").status, 405);
        // 2025 clients are unaffected: their session's GET stream and DELETE still work.
        initialize();
        QCOMPARE(send("DELETE").status, 200);
    }

    void headersMustMatchTheBody()
    {
        auto code = [](const Reply &r) { return r.status == 400 ? r.doc.at("error").value("code", 0) : r.status; };
        m_version.clear();
        QCOMPARE(code(modern("tools/list")), -32020); // no MCP-Protocol-Version
        m_version = "2026-07-28";
        QCOMPARE(code(modern("tools/list", json::object(), {{"MCP-Protocol-Version", "2099-01-01"}})), -32020);
        QCOMPARE(code(modern("tools/list", json::object(), {{"Mcp-Method", "prompts/list"}})), -32020);
        const json echo = {{"name", "echo"}, {"arguments", {{"message", "x"}}}};
        QCOMPARE(code(modern("tools/call", echo, {{"Mcp-Name", "fail"}})), -32020);
        Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 7}, {"method", "tools/call"},
                            {"params", {{"name", "echo"}, {"_meta", meta()}}}},
                       {{"Mcp-Method", "tools/call"}}); // Mcp-Name missing
        QCOMPARE(code(r), -32020);
        JCOMPARE(r.doc.at("id"), 7);
        // The Base64 sentinel is decoded before comparing; a malformed one is refused.
        r = modern("tools/call", echo, {{"Mcp-Name", "=?base64?" + QByteArray("echo").toBase64() + "?="}});
        JCOMPARE(responseOf(r).at("result").at("content")[0].at("text"), "Echo: x");
        QCOMPARE(code(modern("tools/call", echo, {{"Mcp-Name", "=?base64?***?="}})), -32020);
        // Missing _meta fields: -32602, also with HTTP 400.
        QCOMPARE(code(modern("server/discover", {{"_meta", json::object()}})), -32602);
        QCOMPARE(code(modern("server/discover", {{"_meta", {{"io.modelcontextprotocol/protocolVersion", "2026-07-28"}}}})),
                 -32602);
        QCOMPARE(m_server->sessionCount(), 0);
    }

    void removedAndUnknownMethodsAre404()
    {
        for (const char *m : {"initialize", "ping", "logging/setLevel", "resources/subscribe", "no/such"}) {
            const Reply r = modern(m);
            QCOMPARE(r.status, 404);
            JCOMPARE(r.doc.at("error").at("code"), -32601);
        }
    }

    void listsCarryCacheHintsAndASortedToolOrder()
    {
        DemoTool early;
        early.name = QStringLiteral("aaa_added_last");
        early.run = [](DemoToolCall *call) { call->finishText(QStringLiteral("ok")); };
        m_server->addTool(early); // appended to the catalog, yet listed first
        const json tools = modern("tools/list").doc.at("result");
        JCOMPARE(tools.at("resultType"), "complete");
        JCOMPARE(tools.at("cacheScope"), "public");
        QVERIFY(tools.at("ttlMs").get<int>() > 0);
        QStringList names;
        for (const json &t : tools.at("tools"))
            names << QString::fromStdString(t.at("name").get<std::string>());
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QCOMPARE(names.first(), QStringLiteral("aaa_added_last"));
        for (const char *m : {"prompts/list", "resources/list", "resources/templates/list"})
            QVERIFY2(modern(m).doc.at("result").contains("ttlMs"), m);
        const json read = modern("resources/read", {{"uri", "demo://user/profile"}}).doc.at("result");
        JCOMPARE(read.at("cacheScope"), "private");
        // 2025 sessions see exactly what they saw before.
        initialize();
        const json legacy = rpc("tools/list").at("result");
        QVERIFY(!legacy.contains("ttlMs") && !legacy.contains("resultType") && !legacy.contains("_meta"));
        JCOMPARE(legacy.at("tools").back().at("name"), "aaa_added_last");
    }

    void unknownResourceIs32602()
    {
        Reply r = modern("resources/read", {{"uri", "demo://nope"}});
        JCOMPARE(r.doc.at("error").at("code"), -32602);
        JCOMPARE(r.doc.at("error").at("data").at("uri"), "demo://nope");
        initialize();
        JCOMPARE(rpc("resources/read", {{"uri", "demo://nope"}}).at("error").at("code"), -32002);
    }

    void missingClientCapabilityIs32021()
    {
        m_server->enableConformanceFixtures();
        const json call = {{"name", "test_missing_capability"}, {"arguments", json::object()}};
        Reply r = modern("tools/call", call);
        QCOMPARE(r.status, 400);
        JCOMPARE(r.doc.at("error").at("code"), -32021);
        JCOMPARE(r.doc.at("error").at("data").at("requiredCapabilities"), json({{"sampling", json::object()}}));
        r = modern("tools/call", call, {}, meta("2026-07-28", {{"sampling", json::object()}}));
        JCOMPARE(responseOf(r).at("result").at("content")[0].at("text"), "Success");
        // Modern-only fixtures stay invisible to 2025 sessions.
        initialize();
        JCOMPARE(rpc("tools/call", call).at("error").at("code"), -32602);
    }

    void logsOnlyWhenTheRequestAsksForALevel()
    {
        m_server->enableConformanceFixtures();
        const json call = {{"name", "test_logging_tool"}, {"arguments", json::object()}};
        QList<json> seen;
        json response = responseOf(modern("tools/call", call), &seen);
        JCOMPARE(response.at("result").at("content")[0].at("text"), "Logging evaluated");
        QVERIFY(seen.isEmpty());
        json withLevel = meta();
        withLevel["io.modelcontextprotocol/logLevel"] = "error"; // above the tool's "info"
        responseOf(modern("tools/call", call, {}, withLevel), &seen);
        QVERIFY(seen.isEmpty());
        withLevel["io.modelcontextprotocol/logLevel"] = "debug";
        response = responseOf(modern("tools/call", call, {}, withLevel), &seen);
        QCOMPARE(seen.size(), 1);
        JCOMPARE(seen[0].at("method"), "notifications/message");
        JCOMPARE(response.at("result").at("resultType"), "complete");
    }

    void mrtrRoundsAndTamperedStateIsRejected()
    {
        m_server->enableConformanceFixtures();
        const json caps = {{"elicitation", json::object()}};
        json call = {{"name", "test_input_required_result_tampered_state"}, {"arguments", json::object()}};
        const json first = modern("tools/call", call, {}, meta("2026-07-28", caps)).doc.at("result");
        JCOMPARE(first.at("resultType"), "input_required");
        JCOMPARE(first.at("inputRequests").at("confirm").at("method"), "elicitation/create");
        QVERIFY(!first.contains("ttlMs"));
        const std::string state = first.at("requestState").get<std::string>();

        call["inputResponses"] = {{"confirm", {{"action", "accept"}, {"content", {{"ok", true}}}}}};
        for (const std::string &bad : {state + "-TAMPERED", std::string("x") + state, std::string("garbage")}) {
            json tampered = call;
            tampered["requestState"] = bad;
            const Reply r = modern("tools/call", tampered, {}, meta("2026-07-28", caps));
            JCOMPARE(r.doc.at("error").at("code"), -32602);
        }
        // A state sealed for one tool is refused by another.
        json other = {{"name", "test_input_required_result_request_state"}, {"arguments", json::object()},
                      {"inputResponses", call["inputResponses"]}, {"requestState", state}};
        JCOMPARE(modern("tools/call", other, {}, meta("2026-07-28", caps)).doc.at("error").at("code"), -32602);

        call["requestState"] = state;
        const json done = modern("tools/call", call, {}, meta("2026-07-28", caps)).doc.at("result");
        JCOMPARE(done.at("content")[0].at("text"), "integrity-ok: state verified");
        JCOMPARE(done.at("resultType"), "complete");

        // inputResponses must be an object of objects.
        call["inputResponses"] = {{"confirm", 12345}};
        JCOMPARE(modern("tools/call", call, {}, meta("2026-07-28", caps)).doc.at("error").at("code"), -32602);
    }

    void requestStateSealUnit()
    {
        const DemoRequestState seal(QByteArray(32, 'k'));
        const QString s = seal.seal(QStringLiteral("tools/call:a"), json{{"n", 1}});
        QVERIFY(seal.open(QStringLiteral("tools/call:a"), s).has_value());
        JCOMPARE(*seal.open(QStringLiteral("tools/call:a"), s), json({{"n", 1}}));
        QVERIFY(!seal.open(QStringLiteral("tools/call:b"), s));
        QVERIFY(!DemoRequestState(QByteArray(32, 'j')).open(QStringLiteral("tools/call:a"), s)); // other key
        QString flipped = s;
        flipped[3] = flipped[3] == u'A' ? u'B' : u'A';
        QVERIFY(!seal.open(QStringLiteral("tools/call:a"), flipped));
        const DemoRequestState expired(QByteArray(32, 'k'), -1);
        QVERIFY(!expired.open(QStringLiteral("tools/call:a"), expired.seal(QStringLiteral("tools/call:a"), 1)));
    }

    void listenStreamAcknowledgesAndDeliversOptedInChanges()
    {
        const json params = {{"_meta", meta()}, {"notifications", {{"toolsListChanged", true}, {"bogus", true}}}};
        QNetworkReply *reply = m_nam->post(request({{"Mcp-Method", "subscriptions/listen"}}),
                                           QByteArray::fromStdString(json{{"jsonrpc", "2.0"}, {"id", "listen-1"},
                                                                          {"method", "subscriptions/listen"},
                                                                          {"params", params}}.dump()));
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
        QTRY_VERIFY(body.contains("notifications/subscriptions/acknowledged"));
        QTRY_COMPARE(m_server->listenStreamCount(), 1);
        const json ack = json::parse(parseSse(body).first().data.toStdString());
        JCOMPARE(ack.at("params").at("_meta").at("io.modelcontextprotocol/subscriptionId"), "listen-1");
        JCOMPARE(ack.at("params").at("notifications"), json({{"toolsListChanged", true}}));

        m_server->notifyPromptsChanged(); // not asked for
        DemoTool extra;
        extra.name = QStringLiteral("extra");
        extra.run = [](DemoToolCall *call) { call->finishText(QStringLiteral("ran")); };
        m_server->addTool(extra);
        QTRY_VERIFY(body.contains("notifications/tools/list_changed"));
        QVERIFY(!body.contains("prompts/list_changed"));
        const json change = json::parse(parseSse(body).last().data.toStdString());
        JCOMPARE(change.at("params").at("_meta").at("io.modelcontextprotocol/subscriptionId"), "listen-1");
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE(m_server->listenStreamCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoModern)
#include "tst_demomodern.moc"
