// The demo MCP server's tools, resources and prompts, and the auth-gate extension point.
#include "demotestbase.h"
#include "demo/demotools.h"
#include "demo/demouser.h"
#include "demo/jsonschemacheck.h"

class TestDemoFeatures : public DemoTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

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

QTEST_GUILESS_MAIN(TestDemoFeatures)
#include "tst_demofeatures.moc"
