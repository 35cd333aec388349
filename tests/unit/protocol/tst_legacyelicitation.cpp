// A 2025-era server's elicitation/create (server-to-client request) goes to the same
// InputProvider as a 2026-07-28 input_required round: the capability is declared only
// with a provider, answers go back as the ElicitResult, and a request nobody can answer
// gets a JSON-RPC error and the inputFailed signal.
#include "faketransport.h"
#include "protocol/inputprovider.h"
#include "protocol/mcpclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

class TestLegacyElicitation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilityOnlyWithAProvider();
    void acceptedFormIsTheResult();
    void declineIsTheResult();
    void nobodyToAskIsAnErrorAndASignal();
    void urlModeAndBadFormsAreRefused();

private:
    struct Rig
    {
        FakeTransport *transport;
        std::unique_ptr<McpClient> client;
    };
    static Rig connect(InputProvider *provider)
    {
        ClientOptions o;
        o.eraPreference = EraPreference::Legacy;
        o.inputProvider = provider;
        auto *t = new FakeTransport;
        auto client = std::make_unique<McpClient>(t, o);
        QSignalSpy ready(client.get(), &McpClient::ready);
        client->connectToServer();
        [&] { QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1); }();
        t->completeHandshake();
        [&] { QTRY_COMPARE(ready.size(), 1); }();
        return {t, std::move(client)};
    }
    static json ask(FakeTransport *t, json params)
    {
        const qsizetype before = t->sent.size();
        t->deliver({{"jsonrpc", "2.0"}, {"id", 77}, {"method", "elicitation/create"}, {"params", std::move(params)}});
        [&] { QTRY_COMPARE(t->sent.size(), before + 1); }();
        return t->sent.last();
    }
    static json form()
    {
        return {{"message", "Your name?"},
                {"requestedSchema", {{"type", "object"}, {"properties", {{"name", {{"type", "string"}}}, {"ok", {{"type", "boolean"}}}}},
                                     {"required", {"name"}}}}};
    }
};

void TestLegacyElicitation::capabilityOnlyWithAProvider()
{
    auto without = connect(nullptr);
    QVERIFY(!without.transport->sent.at(0)["params"]["capabilities"].contains("elicitation"));
    const json refused = ask(without.transport, form());
    QCOMPARE(refused["error"]["code"].get<int>(), -32601);

    auto provider = FixedInputProvider::declining();
    auto with = connect(&provider);
    QVERIFY(with.transport->sent.at(0)["params"]["capabilities"]["elicitation"] == json({{"form", json::object()}}));
}

void TestLegacyElicitation::acceptedFormIsTheResult()
{
    auto provider = FixedInputProvider::accepting({{"name", "Ada"}, {"ok", true}, {"extra", 1}});
    auto rig = connect(&provider);
    const json reply = ask(rig.transport, form());
    QCOMPARE(reply["id"].get<int>(), 77);
    QVERIFY(reply["result"] == json({{"action", "accept"}, {"content", {{"name", "Ada"}, {"ok", true}}}}));
    QCOMPARE(rig.transport->sentRaw.last().kind, OutgoingMessage::Kind::Response);
}

void TestLegacyElicitation::declineIsTheResult()
{
    auto provider = FixedInputProvider::declining();
    auto rig = connect(&provider);
    QVERIFY(ask(rig.transport, form())["result"] == json({{"action", "decline"}}));
}

void TestLegacyElicitation::nobodyToAskIsAnErrorAndASignal()
{
    auto provider = FixedInputProvider::refusing(QStringLiteral("pass --accept-input"));
    auto rig = connect(&provider);
    QSignalSpy failed(rig.client.get(), &McpClient::inputFailed);
    const json reply = ask(rig.transport, form());
    QCOMPARE(reply["error"]["code"].get<int>(), -32603);
    QVERIFY(reply["error"]["message"].get<std::string>().find("Your name?") != std::string::npos);
    QCOMPARE(failed.size(), 1);
    const Error e = failed.at(0).at(0).value<Error>();
    QCOMPARE(e.kind, ErrorKind::InputNeeded);
    QCOMPARE(e.hint, QStringLiteral("pass --accept-input"));
}

void TestLegacyElicitation::urlModeAndBadFormsAreRefused()
{
    auto provider = FixedInputProvider::accepting({{"name", "Ada"}});
    auto rig = connect(&provider);
    QSignalSpy failed(rig.client.get(), &McpClient::inputFailed);
    json reply = ask(rig.transport, {{"mode", "url"}, {"message", "Open this"}, {"url", "https://example.com"}, {"elicitationId", "e1"}});
    QCOMPARE(reply["error"]["code"].get<int>(), -32603);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Unavailable);
    reply = ask(rig.transport, {{"message", "nested"}, {"requestedSchema", {{"type", "object"}, {"properties", {{"a", {{"type", "object"}}}}}}}});
    QCOMPARE(reply["error"]["code"].get<int>(), -32602);
    reply = ask(rig.transport, {{"mode", "telepathy"}, {"message", "?"}});
    QCOMPARE(reply["error"]["code"].get<int>(), -32602);
    QCOMPARE(failed.size(), 3);
}

QTEST_GUILESS_MAIN(TestLegacyElicitation)
#include "tst_legacyelicitation.moc"
