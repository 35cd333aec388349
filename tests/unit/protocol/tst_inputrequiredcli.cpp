// `mcp-connect-cli call` against a scripted server whose tool answers input_required
// (MCP 2026-07-28 multi round-trip requests): --accept-input, --decline-input, exit 6
// when nobody can answer, and the terminal prompts (through a pseudo-terminal).
#include "scriptedhttpserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;
using nlohmann::json;

#define JCOMPARE(actual, expected) \
    QVERIFY2(nlohmann::json(actual) == nlohmann::json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(nlohmann::json(actual).dump()), QString::fromStdString(nlohmann::json(expected).dump()))))

namespace {

const std::string kState = "opaque \"state\" \\ é 🔑";

// A small 2025-era Streamable HTTP server with one tool, deploy, that asks where to
// deploy before it runs (the retry's inputResponses decide the answer).
class DeployServer
{
public:
    DeployServer()
        : server([this](const ScriptedRequest &r, ScriptedConnection *c) { handle(r, c); })
    {
    }
    ScriptedHttpServer server;
    QList<json> toolCalls; // params of every tools/call

private:
    static QByteArray reply(const QByteArray &id, const json &result)
    {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + QByteArray::fromStdString(result.dump()) + "}";
    }

    void handle(const ScriptedRequest &r, ScriptedConnection *c)
    {
        if (r.method != "POST")
            return c->respond(r.method == "DELETE" ? 200 : 405);
        const QByteArray method = r.jsonMethod();
        const QByteArray id = r.jsonId();
        if (method == "initialize")
            return c->respond(200, reply(id, {{"protocolVersion", "2025-11-25"}, {"capabilities", {{"tools", json::object()}}},
                                              {"serverInfo", {{"name", "deployer"}, {"version", "1.0"}}}}));
        if (id.isEmpty())
            return c->respond(202);
        if (method == "tools/list")
            return c->respond(200, reply(id, {{"tools", {{{"name", "deploy"}, {"inputSchema", {{"type", "object"}}}}, {{"name", "purge"}, {"inputSchema", {{"type", "object"}}}}}}}));
        if (method == "tools/call") {
            const json params = json::parse(r.body.toStdString())["params"];
            toolCalls.append(params);
            if (!params.contains("inputResponses")) {
                const json schema = {{"type", "object"},
                                     {"properties", {{"region", {{"type", "string"}, {"title", "Region"}, {"enum", {"eu", "us"}}}},
                                                     {"confirmed", {{"type", "boolean"}, {"description", "Really deploy?"}}}}},
                                     {"required", {"region"}}};
                const json confirmOnly = {{"type", "object"}, {"properties", json::object()}};
                return c->respond(200, reply(id, {{"resultType", "input_required"},
                                                  {"inputRequests", {{"where", {{"method", "elicitation/create"},
                                                                                {"params", {{"message", params["name"] == "purge" ? "Purge everything?" : "Which region?"},
                                                                                            {"requestedSchema", params["name"] == "purge" ? confirmOnly : schema}}}}}}},
                                                  {"requestState", kState}}));
            }
            const json answer = params["inputResponses"]["where"];
            const std::string text = answer["action"] == "accept" ? "deployed to " + answer["content"].value("region", std::string("everywhere"))
                                                                  : "not deployed (" + answer["action"].get<std::string>() + ")";
            return c->respond(200, reply(id, {{"resultType", "complete"}, {"content", {{{"type", "text"}, {"text", text}}}}}));
        }
        c->respond(200, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}");
    }
};

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QString &program, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MCPC_SECRET_STORE"), QStringLiteral("memory"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel(); // stdin is a pipe, never a terminal
    QSignalSpy done(&p, &QProcess::finished);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 30000); }();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestInputRequiredCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptInputAnswersTheFormAndEchoesTheState();
    void declineInputDeclines();
    void withoutAnAnswerAndNoTerminalExitsSix();
    void badAnswersAreUsageErrors();
    void terminalIsAskedFieldByField();
};

void TestInputRequiredCli::acceptInputAnswersTheFormAndEchoesTheState()
{
    DeployServer s;
    const Run r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), s.server.url().toString(), QStringLiteral("deploy"),
                                                         QStringLiteral("--accept-input"), QStringLiteral(R"({"region":"eu","confirmed":true,"other":1})")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("deployed to eu"));
    QCOMPARE(s.toolCalls.size(), 2);
    QVERIFY(!s.toolCalls[0].contains("requestState"));
    QVERIFY(s.toolCalls[1]["requestState"].get<std::string>() == kState);
    JCOMPARE(s.toolCalls[1]["inputResponses"], json({{"where", {{"action", "accept"}, {"content", {{"region", "eu"}, {"confirmed", true}}}}}}));
    JCOMPARE(s.toolCalls[1]["name"], json("deploy"));
    // Two distinct JSON-RPC ids on the wire.
    const auto calls = s.server.requestsFor("tools/call");
    QCOMPARE(calls.size(), 2);
    QVERIFY(calls[0].jsonId() != calls[1].jsonId());
}

void TestInputRequiredCli::declineInputDeclines()
{
    DeployServer s;
    const Run r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), s.server.url().toString(), QStringLiteral("deploy"),
                                                         QStringLiteral("--decline-input"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json doc = json::parse(r.out.toStdString());
    JCOMPARE(doc["content"][0]["text"], json("not deployed (decline)"));
    QCOMPARE(s.toolCalls.size(), 2);
    JCOMPARE(s.toolCalls[1]["inputResponses"], json({{"where", {{"action", "decline"}}}}));
}

void TestInputRequiredCli::withoutAnAnswerAndNoTerminalExitsSix()
{
    DeployServer s;
    Run r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), s.server.url().toString(), QStringLiteral("deploy")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("The server needs input: Which region?"), r.err.constData());
    QVERIFY2(r.err.contains("--accept-input JSON") && r.err.contains("--decline-input"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(s.toolCalls.size(), 1); // nothing retried
    r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), s.server.url().toString(), QStringLiteral("deploy"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 6);
    const json doc = json::parse(r.out.toStdString());
    JCOMPARE(doc["error"]["kind"], json("input-needed"));
    // Documented where a script author looks.
    r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), QStringLiteral("--help")});
    QVERIFY(r.out.contains("--accept-input") && r.out.contains("6 when the server needs input"));
    r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("--help")});
    QVERIFY(r.out.contains("6 the server needs input"));
}

void TestInputRequiredCli::badAnswersAreUsageErrors()
{
    DeployServer s;
    const QString url = s.server.url().toString();
    Run r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), url, QStringLiteral("deploy"), QStringLiteral("--accept-input"), QStringLiteral("[1]")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--accept-input must be a JSON object"), r.err.constData());
    r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), url, QStringLiteral("deploy"), QStringLiteral("--accept-input"), QStringLiteral("{}"),
                                               QStringLiteral("--decline-input")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(s.toolCalls.isEmpty()); // refused before connecting
    // An answer that does not fit the form is refused before anything is sent back.
    r = runCli(QStringLiteral(MCPC_CLI_PATH), {QStringLiteral("call"), url, QStringLiteral("deploy"), QStringLiteral("--accept-input"), QStringLiteral(R"({"region":"mars"})")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Which region?") && r.err.contains("Region must be one of: eu, us"), r.err.constData());
    QCOMPARE(s.toolCalls.size(), 1);
}

void TestInputRequiredCli::terminalIsAskedFieldByField()
{
    // `script` gives the CLI a pseudo-terminal as stdin; our pipe feeds what a person types.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux 'script' is not installed");
    DeployServer s;
    const QString command = QStringLiteral("'%1' call '%2' deploy").arg(QStringLiteral(MCPC_CLI_PATH), s.server.url().toString());
    // "mars" is refused and asked again; "2" picks the second choice; Enter keeps no
    // answer for the optional boolean... which then gets "y".
    const Run r = runCli(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, "mars\n2\ny\n");
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("asks: Which region?"), r.out.constData());
    QVERIFY2(r.out.contains("1) eu") && r.out.contains("2) us"), r.out.constData());
    QVERIFY2(r.out.contains("Really deploy?"), r.out.constData());
    QVERIFY2(r.out.contains("'mars' is not one of"), r.out.constData());
    QVERIFY2(r.out.contains("deployed to us"), r.out.constData());
    QCOMPARE(s.toolCalls.size(), 2);
    JCOMPARE(s.toolCalls[1]["inputResponses"]["where"], json({{"action", "accept"}, {"content", {{"region", "us"}, {"confirmed", true}}}}));

    // A form without fields still asks for a yes or no.
    const QString purge = QStringLiteral("'%1' call '%2' purge").arg(QStringLiteral(MCPC_CLI_PATH), s.server.url().toString());
    const Run p = runCli(script, {QStringLiteral("-qec"), purge, QStringLiteral("/dev/null")}, "maybe\nn\n");
    QVERIFY2(p.exitCode == 0, QByteArray(p.out + p.err).constData());
    QVERIFY2(p.out.contains("Purge everything?") && p.out.contains("Please answer y or n."), p.out.constData());
    QVERIFY2(p.out.contains("not deployed (decline)"), p.out.constData());
}

QTEST_GUILESS_MAIN(TestInputRequiredCli)
#include "tst_inputrequiredcli.moc"
