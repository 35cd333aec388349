// MCP 2026-07-28 in the client engine: era detection over Streamable HTTP and stdio,
// the per-request _meta and headers (Mcp-Method, Mcp-Name, Mcp-Param-* with the Base64
// sentinel), x-mcp-header validation, $ref resolution, the era cache, and hostile servers.
#include "faketransport.h"
#include "scriptedhttpserver.h"

#include "http/client/httpclient.h"
#include "protocol/eracache.h"
#include "protocol/mcpclient.h"
#include "protocol/modernheaders.h"
#include "protocol/rpccall.h"
#include "protocol/schemaref.h"
#include "transport/autohttptransport.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpc;
using mcpc::test::FakeTransport;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;
using nlohmann::json;

namespace {

QByteArray result(const ScriptedRequest &r, const json &res)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"result\":" + QByteArray::fromStdString(res.dump()) + "}";
}

QByteArray rpcError(const ScriptedRequest &r, int code, const json &data = nullptr)
{
    json e = {{"code", code}, {"message", "refused"}};
    if (!data.is_null())
        e["data"] = data;
    return "{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"error\":" + QByteArray::fromStdString(e.dump()) + "}";
}

json discoverResult()
{
    return {{"supportedVersions", {"2026-07-28"}}, {"capabilities", {{"tools", json::object()}}},
            {"serverInfo", {{"name", "modern"}, {"version", "2"}}}, {"resultType", "complete"}};
}

json toolsResult()
{
    json region = {{"type", "string"}, {"x-mcp-header", "Region"}};
    json good = {{"name", "run"}, {"inputSchema", {{"type", "object"}, {"properties", {{"region", region}, {"q", {{"type", "string"}}}}}}}};
    json bad = {{"name", "broken"},
                {"inputSchema", {{"type", "object"}, {"properties", {{"x", {{"type", "object"}, {"x-mcp-header", "X"}}}}}}}};
    return {{"tools", {good, bad}}, {"ttlMs", 5000}, {"cacheScope", "private"}, {"resultType", "complete"},
            {"_meta", {{"io.modelcontextprotocol/serverInfo", {{"name", "modern"}, {"version", "2"}}}}}};
}

json meta(const ScriptedRequest &r)
{
    return json::parse(r.body.toStdString()).value("params", json::object()).value("_meta", json::object());
}

// A modern-only server: 400 + -32022 for anything without the 2026-07-28 claim.
void modernServer(const ScriptedRequest &r, ScriptedConnection *c)
{
    const QByteArray m = r.jsonMethod();
    if (r.header("MCP-Protocol-Version") != "2026-07-28") {
        c->respond(400, rpcError(r, -32022, {{"supported", {"2026-07-28"}}}));
        return;
    }
    if (r.header("Mcp-Method") != m) {
        c->respond(400, rpcError(r, -32020));
        return;
    }
    if (m == "server/discover")
        c->respond(200, result(r, discoverResult()));
    else if (m == "tools/list")
        c->respond(200, result(r, toolsResult()));
    else
        c->respond(200, result(r, {{"content", json::array({{{"type", "text"}, {"text", "ok"}}})}}));
}

// A 2025 server with sessions: a request without a session is a 400 with -32000.
void legacyServer(const ScriptedRequest &r, ScriptedConnection *c)
{
    const QByteArray m = r.jsonMethod();
    if (m == "initialize") {
        c->respond(200, result(r, {{"protocolVersion", "2025-11-25"}, {"capabilities", {{"tools", json::object()}}},
                                   {"serverInfo", {{"name", "legacy"}, {"version", "1"}}}}),
                   "application/json", {{"Mcp-Session-Id", "s1"}});
    } else if (r.method == "DELETE" || r.jsonId().isEmpty()) {
        c->respond(r.method == "DELETE" ? 200 : 202);
    } else if (r.header("Mcp-Session-Id") != "s1") {
        c->respond(400, R"({"jsonrpc":"2.0","error":{"code":-32000,"message":"Bad Request: No valid session ID provided"},"id":null})");
    } else if (m == "tools/list") {
        c->respond(200, result(r, {{"tools", json::array({{{"name", "old"}, {"inputSchema", {{"type", "object"}}}}})}}));
    } else {
        c->respond(200, result(r, json::object()));
    }
}

struct Rig
{
    http::HttpClient http;
    std::unique_ptr<McpClient> client;
    bool connect(ScriptedHttpServer &server, ClientOptions o = {})
    {
        client = std::make_unique<McpClient>(new AutoHttpTransport(server.url(), &http), o);
        QSignalSpy ready(client.get(), &McpClient::ready);
        QSignalSpy failed(client.get(), &McpClient::connectFailed);
        // Wait for whichever comes first (the guard timer only ends a hang).
        QEventLoop loop;
        QObject::connect(client.get(), &McpClient::ready, &loop, &QEventLoop::quit);
        QObject::connect(client.get(), &McpClient::connectFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        client->connectToServer();
        if (ready.isEmpty() && failed.isEmpty())
            loop.exec();
        if (!failed.isEmpty())
            lastError = failed.first().first().value<Error>();
        return !ready.isEmpty();
    }
    json call(const QString &method, const json &params = nullptr, bool *ok = nullptr)
    {
        RpcCall *c = client->call(method, params);
        QSignalSpy done(c, &RpcCall::finished);
        done.wait(10000);
        if (ok)
            *ok = c->ok();
        if (!c->ok())
            lastError = c->error();
        return c->ok() ? c->result() : json();
    }
    Error lastError;
};

} // namespace

class TestModernEra : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerValueEncoding();
    void standardHeaders();
    void headerParamValidation();
    void paramHeadersFromArguments();
    void schemaRefsResolveLocallyWithCycles();
    void modernServerOneProbe();
    void unsupportedVersionRetriesWithSupported();
    void nonModern400FallsBackToInitialize();
    void unauthorizedNeverFallsBack();
    void modernHeadersOnEveryRequest();
    void invalidToolHeadersLeaveToolOut();
    void cachedEraSendsOneRequest();
    void staleCachedEraReprobesOnce();
    void staleCachedLegacyEraSwitchesToModern();
    void lyingServerGetsClearError();
    void noSharedVersionGetsClearError();
    void garbageProbeEndsInClearError();
    void pinnedModernNeverFallsBack();
    void brokenModernStreamIsReissued();
    void stdioProbeSilenceMeansLegacy();
    void stdioModernErrorsNeverMeanLegacy();
    void eraCacheRoundTrip();
};

void TestModernEra::headerValueEncoding()
{
    // The spec's encoding table (Streamable HTTP, Value Encoding).
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("us-west1")), QByteArray("us-west1"));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("Hello, 世界")), QByteArray("=?base64?SGVsbG8sIOS4lueVjA==?="));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral(" padded ")), QByteArray("=?base64?IHBhZGRlZCA=?="));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("line1\nline2")), QByteArray("=?base64?bGluZTEKbGluZTI=?="));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("=?base64?literal?=")), QByteArray("=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?="));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("us west 1")), QByteArray("us west 1"));
    QCOMPARE(modern::encodeHeaderValue(QStringLiteral("\tindented")), QByteArray("=?base64?CWluZGVudGVk?="));
    QCOMPARE(modern::encodeHeaderValue(QString()), QByteArray());
    // CR/LF can never reach the wire as such: no header injection.
    QVERIFY(!modern::encodeHeaderValue(QStringLiteral("a\r\nX-Evil: 1")).contains('\n'));
}

void TestModernEra::standardHeaders()
{
    auto h = modern::standardHeaders("tools/call", {{"name", "get_weather"}});
    QCOMPARE(h.size(), 2);
    QCOMPARE(h[0], qMakePair(QByteArray("Mcp-Method"), QByteArray("tools/call")));
    QCOMPARE(h[1], qMakePair(QByteArray("Mcp-Name"), QByteArray("get_weather")));
    h = modern::standardHeaders("resources/read", {{"uri", "file:///ü.txt"}});
    QCOMPARE(h[1].second, QByteArray("=?base64?") + QByteArray("file:///ü.txt").toBase64() + "?=");
    h = modern::standardHeaders("tools/list", json::object());
    QCOMPARE(h.size(), 1);
}

void TestModernEra::headerParamValidation()
{
    auto schemaWith = [](json prop) { return json{{"type", "object"}, {"properties", {{"p", prop}}}}; };
    QVERIFY(modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", "Region"}})).has_value());
    QVERIFY(modern::headerParams(schemaWith({{"type", "integer"}, {"x-mcp-header", "N"}})).has_value());
    QVERIFY(!modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", ""}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", "Has Space"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", "a:b"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", "Régión"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "string"}, {"x-mcp-header", "a\rb"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "number"}, {"x-mcp-header", "F"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "object"}, {"x-mcp-header", "O"}})));
    QVERIFY(!modern::headerParams(schemaWith({{"type", "null"}, {"x-mcp-header", "N"}})));
    const json dup = {{"type", "object"},
                      {"properties", {{"a", {{"type", "string"}, {"x-mcp-header", "Region"}}},
                                      {"b", {{"type", "string"}, {"x-mcp-header", "REGION"}}}}}};
    QVERIFY(!modern::headerParams(dup));
    // Reachable only through items or $ref: invalid.
    const json underItems = {{"type", "object"},
                             {"properties", {{"list", {{"type", "array"}, {"items", {{"type", "string"}, {"x-mcp-header", "I"}}}}}}}};
    QVERIFY(!modern::headerParams(underItems));
    const json underDefs = {{"type", "object"}, {"$defs", {{"d", {{"type", "string"}, {"x-mcp-header", "D"}}}}},
                            {"properties", {{"p", {{"$ref", "#/$defs/d"}}}}}};
    QVERIFY(!modern::headerParams(underDefs));
    // Nested properties chains are fine.
    const json nested = {{"type", "object"},
                         {"properties", {{"outer", {{"type", "object"}, {"properties", {{"inner", {{"type", "boolean"}, {"x-mcp-header", "In"}}}}}}}}}};
    auto params = modern::headerParams(nested);
    QVERIFY(params);
    QCOMPARE(params->size(), 1);
    QCOMPARE(params->first().path, (std::vector<std::string>{"outer", "inner"}));
}

void TestModernEra::paramHeadersFromArguments()
{
    const json schema = {{"type", "object"},
                         {"properties", {{"region", {{"type", "string"}, {"x-mcp-header", "Region"}}},
                                         {"n", {{"type", "integer"}, {"x-mcp-header", "N"}}},
                                         {"flag", {{"type", "boolean"}, {"x-mcp-header", "Flag"}}},
                                         {"ctl", {{"type", "string"}, {"x-mcp-header", "Ctl"}}}}}};
    auto params = modern::headerParams(schema);
    QVERIFY(params);
    auto h = modern::paramHeaders(*params, {{"region", "eu"}, {"n", 42}, {"flag", false}, {"ctl", "a\x01z"}});
    QMap<QByteArray, QByteArray> m;
    for (const auto &[k, v] : h)
        m.insert(k, v);
    QCOMPARE(m.value("Mcp-Param-Region"), QByteArray("eu"));
    QCOMPARE(m.value("Mcp-Param-N"), QByteArray("42"));
    QCOMPARE(m.value("Mcp-Param-Flag"), QByteArray("false"));
    QCOMPARE(m.value("Mcp-Param-Ctl"), QByteArray("=?base64?") + QByteArray("a\x01z").toBase64() + "?=");
    // null and absent values: no header.
    h = modern::paramHeaders(*params, {{"region", nullptr}});
    QVERIFY(h.isEmpty());
}

void TestModernEra::schemaRefsResolveLocallyWithCycles()
{
    const json root = {{"$defs", {{"id", {{"type", "integer"}}},
                                  {"a", {{"$ref", "#/$defs/b"}}},
                                  {"b", {{"$ref", "#/$defs/a"}}},
                                  {"nullable", {{"anyOf", {{{"$ref", "#/$defs/id"}}, {{"type", "null"}}}}}}}},
                       {"type", "object"},
                       {"properties", {{"n", {{"$ref", "#/$defs/id"}}},
                                       {"loop", {{"$ref", "#/$defs/a"}}},
                                       {"maybe", {{"$ref", "#/$defs/nullable"}}},
                                       {"remote", {{"$ref", "http://127.0.0.1:1/schema.json"}}}}}};
    QCOMPARE(schema::typeOf(root, schema::propertySchema(root, "n")), QStringLiteral("integer"));
    QCOMPARE(schema::typeOf(root, schema::propertySchema(root, "maybe")), QStringLiteral("integer"));
    QCOMPARE(schema::typeOf(root, schema::propertySchema(root, "loop")), QString()); // a cycle ends, unresolved
    QCOMPARE(schema::typeOf(root, schema::propertySchema(root, "remote")), QString()); // never fetched
    // The root itself may be a $ref.
    const json viaRoot = {{"$ref", "#/$defs/args"}, {"$defs", {{"args", {{"properties", {{"x", {{"type", "boolean"}}}}}}}}}};
    QCOMPARE(schema::typeOf(viaRoot, schema::propertySchema(viaRoot, "x")), QStringLiteral("boolean"));
    // A long chain stops at the hop bound.
    json chain = {{"$defs", json::object()}};
    for (int i = 0; i < 100; ++i)
        chain["$defs"]["d" + std::to_string(i)] = {{"$ref", "#/$defs/d" + std::to_string(i + 1)}};
    chain["$defs"]["d100"] = {{"type", "string"}};
    QCOMPARE(schema::typeOf(chain, chain["$defs"]["d0"]), QString());
}

void TestModernEra::modernServerOneProbe()
{
    ScriptedHttpServer server(modernServer);
    Rig rig;
    QVERIFY(rig.connect(server));
    QCOMPARE(rig.client->era(), ProtocolEra::Modern);
    QCOMPARE(rig.client->serverInfo().protocolVersion, QStringLiteral("2026-07-28"));
    QCOMPARE(rig.client->serverInfo().name, QStringLiteral("modern"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().jsonMethod(), QByteArray("server/discover"));
    bool ok = false;
    rig.call(QStringLiteral("tools/list"), nullptr, &ok);
    QVERIFY(ok);
    QCOMPARE(server.requests().size(), 2); // first contact: two requests in all
    QSignalSpy closed(rig.client.get(), &McpClient::closed);
    rig.client->close();
    QVERIFY(closed.wait(5000));
    QCOMPARE(server.count("DELETE"), 0); // no session, nothing to end
    QCOMPARE(server.count("GET"), 0);
    QCOMPARE(server.requestsFor("notifications/initialized").size(), 0);
}

void TestModernEra::unsupportedVersionRetriesWithSupported()
{
    ScriptedHttpServer server(modernServer);
    Rig rig;
    ClientOptions o;
    o.offerVersion = QStringLiteral("2099-01-01"); // a version the server does not know
    QVERIFY(rig.connect(server, o));
    QCOMPARE(rig.client->era(), ProtocolEra::Modern);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).header("MCP-Protocol-Version"), QByteArray("2026-07-28"));
    QVERIFY(meta(server.requests().at(1))["io.modelcontextprotocol/protocolVersion"] == "2026-07-28");
    QCOMPARE(server.requestsFor("initialize").size(), 0); // a modern error never means legacy
}

void TestModernEra::nonModern400FallsBackToInitialize()
{
    ScriptedHttpServer server(legacyServer);
    Rig rig;
    QVERIFY(rig.connect(server));
    QCOMPARE(rig.client->era(), ProtocolEra::Legacy);
    QCOMPARE(rig.client->serverInfo().protocolVersion, QStringLiteral("2025-11-25"));
    QCOMPARE(server.requests().first().jsonMethod(), QByteArray("server/discover"));
    QCOMPARE(server.requestsFor("initialize").size(), 1);
    bool ok = false;
    json r = rig.call(QStringLiteral("tools/list"), nullptr, &ok);
    QVERIFY(ok);
    QVERIFY(r["tools"][0]["name"] == "old");
    QVERIFY(!server.requestsFor("tools/list").first().body.contains("io.modelcontextprotocol/protocolVersion"));
}

void TestModernEra::unauthorizedNeverFallsBack()
{
    ScriptedHttpServer server([](const ScriptedRequest &, ScriptedConnection *c) {
        c->respond(401, {}, "text/plain", {{"WWW-Authenticate", "Bearer"}});
    });
    Rig rig;
    QVERIFY(!rig.connect(server));
    QCOMPARE(rig.lastError.kind, ErrorKind::Auth);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requestsFor("initialize").size(), 0);
    QCOMPARE(server.count("GET"), 0); // no HTTP+SSE attempt either
}

void TestModernEra::modernHeadersOnEveryRequest()
{
    ScriptedHttpServer server(modernServer);
    Rig rig;
    ClientOptions o;
    o.logLevel = QStringLiteral("info");
    QVERIFY(rig.connect(server, o));
    rig.call(QStringLiteral("tools/list"));
    bool ok = false;
    rig.call(QStringLiteral("tools/call"), {{"name", "run"}, {"arguments", {{"region", "Zürich"}, {"q", "x"}}}}, &ok);
    QVERIFY(ok);
    rig.call(QStringLiteral("prompts/get"), {{"name", " spaced"}});
    for (const ScriptedRequest &r : server.requests()) {
        QCOMPARE(r.header("MCP-Protocol-Version"), QByteArray("2026-07-28"));
        QCOMPARE(r.header("Mcp-Method"), r.jsonMethod());
        QVERIFY(r.header("Mcp-Session-Id").isEmpty());
        const json m = meta(r);
        QVERIFY(m["io.modelcontextprotocol/protocolVersion"] == "2026-07-28");
        // InputRequiredLoop answers form elicitations and roots; sampling we cannot do.
        const json caps = m["io.modelcontextprotocol/clientCapabilities"];
        QVERIFY(caps["elicitation"]["form"].is_object());
        QVERIFY(caps["roots"].is_object());
        QVERIFY(!caps.contains("sampling"));
        QVERIFY(m["io.modelcontextprotocol/clientInfo"]["name"] == "mcp-connect");
        QVERIFY(m["io.modelcontextprotocol/logLevel"] == "info");
    }
    const ScriptedRequest call = server.requestsFor("tools/call").first();
    QCOMPARE(call.header("Mcp-Name"), QByteArray("run"));
    QCOMPARE(call.header("Mcp-Param-Region"), QByteArray("=?base64?") + QByteArray("Zürich").toBase64() + "?=");
    QCOMPARE(server.requestsFor("prompts/get").first().header("Mcp-Name"), QByteArray("=?base64?IHNwYWNlZA==?="));
}

void TestModernEra::invalidToolHeadersLeaveToolOut()
{
    ScriptedHttpServer server(modernServer);
    Rig rig;
    QVERIFY(rig.connect(server));
    QSignalSpy warnings(rig.client.get(), &McpClient::warning);
    json r = rig.call(QStringLiteral("tools/list"));
    QCOMPARE(r["tools"].size(), 1u);
    QVERIFY(r["tools"][0]["name"] == "run");
    QVERIFY(r["ttlMs"] == 5000); // the caching hints stay in the result
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().first().toString().contains(QStringLiteral("broken")));
}

void TestModernEra::cachedEraSendsOneRequest()
{
    ScriptedHttpServer server(modernServer);
    Rig rig;
    ClientOptions o;
    o.cachedEra = {ProtocolEra::Modern, QStringLiteral("2026-07-28")};
    QVERIFY(rig.connect(server, o));
    QCOMPARE(server.requests().size(), 0); // ready without a probe
    QVERIFY(!rig.client->serverInfo().capabilitiesKnown);
    bool ok = false;
    rig.call(QStringLiteral("tools/list"), nullptr, &ok);
    QVERIFY(ok);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(rig.client->serverInfo().name, QStringLiteral("modern")); // from the result's _meta
}

void TestModernEra::staleCachedEraReprobesOnce()
{
    ScriptedHttpServer server(legacyServer);
    Rig rig;
    ClientOptions o;
    o.cachedEra = {ProtocolEra::Modern, QStringLiteral("2026-07-28")};
    QVERIFY(rig.connect(server, o));
    QSignalSpy detected(rig.client.get(), &McpClient::eraDetected);
    bool ok = false;
    json r = rig.call(QStringLiteral("tools/list"), nullptr, &ok);
    QVERIFY2(ok, qPrintable(rig.lastError.message));
    QVERIFY(r["tools"][0]["name"] == "old");
    QCOMPARE(rig.client->era(), ProtocolEra::Legacy);
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.first().first().value<EraHint>().era, ProtocolEra::Legacy);
    QCOMPARE(server.requestsFor("server/discover").size(), 1);
}

void TestModernEra::staleCachedLegacyEraSwitchesToModern()
{
    // Cached legacy, but the server went modern-only: initialize gets -32022, so the
    // client probes the modern era once instead of failing.
    ScriptedHttpServer server(modernServer);
    Rig rig;
    ClientOptions o;
    o.cachedEra = {ProtocolEra::Legacy, QStringLiteral("2025-11-25")};
    QVERIFY2(rig.connect(server, o), qPrintable(rig.lastError.message));
    QCOMPARE(rig.client->era(), ProtocolEra::Modern);
    QCOMPARE(server.requests().first().jsonMethod(), QByteArray("initialize"));
    QCOMPARE(server.requestsFor("server/discover").size(), 1);
    // Forced legacy: no switch, a clear error naming what the server supports.
    ScriptedHttpServer strict(modernServer);
    Rig legacy;
    o.eraPreference = EraPreference::Legacy;
    QVERIFY(!legacy.connect(strict, o));
    QVERIFY(legacy.lastError.message.contains(QStringLiteral("It supports MCP 2026-07-28")));
    QCOMPARE(strict.requestsFor("server/discover").size(), 0);
}

void TestModernEra::lyingServerGetsClearError()
{
    // Lists 2026-07-28 as supported, and rejects it all the same.
    ScriptedHttpServer server([](const ScriptedRequest &r, ScriptedConnection *c) {
        c->respond(400, rpcError(r, -32022, {{"supported", {"2026-07-28"}}}));
    });
    Rig rig;
    QVERIFY(!rig.connect(server));
    QCOMPARE(rig.lastError.kind, ErrorKind::Protocol);
    QVERIFY(rig.lastError.message.contains(QStringLiteral("although it says it supports it")));
    QVERIFY(server.requests().size() <= 2);
}

void TestModernEra::noSharedVersionGetsClearError()
{
    ScriptedHttpServer server([](const ScriptedRequest &r, ScriptedConnection *c) {
        c->respond(400, rpcError(r, -32022, {{"supported", {"2031-01-01"}}}));
    });
    Rig rig;
    QVERIFY(!rig.connect(server));
    QCOMPARE(rig.lastError.kind, ErrorKind::Protocol);
    QVERIFY(rig.lastError.message.contains(QStringLiteral("supports only MCP 2031-01-01")));
    QCOMPARE(server.requests().size(), 1);
}

void TestModernEra::garbageProbeEndsInClearError()
{
    ScriptedHttpServer server([](const ScriptedRequest &, ScriptedConnection *c) {
        c->respond(200, "<html>not mcp</html>", "text/html");
    });
    Rig rig;
    QVERIFY(!rig.connect(server));
    QCOMPARE(rig.lastError.kind, ErrorKind::Protocol);
    QVERIFY(!rig.lastError.message.isEmpty());
    QCOMPARE(server.requestsFor("initialize").size(), 1); // it tried legacy, once
}

void TestModernEra::pinnedModernNeverFallsBack()
{
    ScriptedHttpServer server(legacyServer);
    Rig rig;
    ClientOptions o;
    o.eraPreference = EraPreference::Modern;
    QVERIFY(!rig.connect(server, o));
    QVERIFY(rig.lastError.message.contains(QStringLiteral("does not speak MCP 2026-07-28")));
    QCOMPARE(server.requestsFor("initialize").size(), 0);
}

void TestModernEra::brokenModernStreamIsReissued()
{
    int lists = 0;
    ScriptedHttpServer server([&lists](const ScriptedRequest &r, ScriptedConnection *c) {
        if (r.jsonMethod() == "tools/list" && ++lists == 1) {
            c->startSse();
            c->sseEvent(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"x","progress":1}})", "ev-1");
            c->close(); // the stream breaks before the answer
            return;
        }
        modernServer(r, c);
    });
    Rig rig;
    QVERIFY(rig.connect(server));
    bool ok = false;
    rig.call(QStringLiteral("tools/list"), nullptr, &ok);
    QVERIFY2(ok, qPrintable(rig.lastError.message));
    const auto tries = server.requestsFor("tools/list");
    QCOMPARE(tries.size(), 2);
    QVERIFY(tries[0].jsonId() != tries[1].jsonId());
    QVERIFY(tries[1].header("Last-Event-ID").isEmpty());
    QCOMPARE(server.count("GET"), 0);
}

void TestModernEra::stdioProbeSilenceMeansLegacy()
{
    auto *t = new FakeTransport;
    ClientOptions o;
    o.stdioProbeTimeoutMs = 50; // the server never answers the probe
    McpClient client(t, o);
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    QVERIFY(t->sent.first()["method"] == "server/discover");
    t->completeHandshake();
    QVERIFY(ready.size() == 1 || ready.wait(2000));
    QCOMPARE(client.era(), ProtocolEra::Legacy);
}

void TestModernEra::stdioModernErrorsNeverMeanLegacy()
{
    auto *t = new FakeTransport;
    McpClient client(t);
    QSignalSpy failed(&client, &McpClient::connectFailed);
    client.connectToServer();
    QTRY_COMPARE(t->sent.size(), 1);
    QVERIFY(t->sent.first()["method"] == "server/discover");
    t->deliver({{"jsonrpc", "2.0"}, {"id", t->sent.first()["id"]},
                {"error", {{"code", -32021}, {"message", "needs sampling"}}}});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(t->sentWithMethod("initialize").size(), 0);
    // A plain -32601 from a legacy server is the legacy signal.
    auto *t2 = new FakeTransport;
    McpClient legacy(t2);
    QSignalSpy ready(&legacy, &McpClient::ready);
    legacy.connectToServer();
    QTRY_COMPARE(t2->sent.size(), 1);
    t2->replyError("server/discover", -32601, "Method not found");
    QCOMPARE(t2->sentWithMethod("initialize").size(), 1);
    t2->completeHandshake();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(legacy.era(), ProtocolEra::Legacy);
}

void TestModernEra::eraCacheRoundTrip()
{
    QTemporaryDir dir;
    EraCache cache(dir.filePath(QStringLiteral("sub/eras.json")));
    ServerProfile p;
    p.url = QUrl(QStringLiteral("http://Example.com:8080/mcp"));
    const QString key = EraCache::keyFor(p);
    QCOMPARE(key, QStringLiteral("http://example.com:8080"));
    QCOMPARE(cache.lookup(key).era, ProtocolEra::Unknown);
    QVERIFY(cache.store(key, {ProtocolEra::Modern, QStringLiteral("2026-07-28")}));
    QCOMPARE(EraCache(dir.filePath(QStringLiteral("sub/eras.json"))).lookup(key).era, ProtocolEra::Modern);
    // Another path on the same origin shares the era.
    p.url = QUrl(QStringLiteral("http://example.com:8080/other"));
    QCOMPARE(cache.lookup(EraCache::keyFor(p)).version, QStringLiteral("2026-07-28"));
    // Unknown eras or versions in the file are ignored, not trusted.
    QCOMPARE(EraCache::fromJsonText(R"({"era":"modern","version":"1999-01-01"})").era, ProtocolEra::Unknown);
    QCOMPARE(EraCache::fromJsonText("garbage").era, ProtocolEra::Unknown);
    ServerProfile stdio;
    stdio.transport = TransportKind::Stdio;
    stdio.command = QStringLiteral("npx");
    stdio.args = {QStringLiteral("server")};
    QCOMPARE(EraCache::keyFor(stdio), QStringLiteral("stdio:npx server"));
}

QTEST_GUILESS_MAIN(TestModernEra)
#include "tst_modernera.moc"
