// Multi round-trip requests (SEP-2322) against a hand-driven transport: the loop answers
// input_required results through its InputProvider and re-issues the original request.
#include "faketransport.h"
#include "protocol/inputprovider.h"
#include "protocol/inputrequiredloop.h"
#include "protocol/mcpclient.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

#define JCOMPARE(actual, expected) \
    QVERIFY2(nlohmann::json(actual) == nlohmann::json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(nlohmann::json(actual).dump()), QString::fromStdString(nlohmann::json(expected).dump()))))

namespace {

// Records every question; answers right away with `next`, or holds the callback when
// `hold` is set (a person still thinking).
class RecordingProvider : public InputProvider
{
public:
    QList<ElicitationRequest> asked;
    QList<ElicitationAnswer> answers; // consumed in order; empty: accept {}
    QList<RootEntry> configuredRoots;
    bool hold = false;
    ElicitationCallback held;

    void elicit(const ElicitationRequest &request, QObject *, ElicitationCallback done) override
    {
        asked.append(request);
        if (hold) {
            held = std::move(done);
            return;
        }
        done(answers.isEmpty() ? ElicitationAnswer::accept(json::object()) : answers.takeFirst());
    }
    QList<RootEntry> roots() const override { return configuredRoots; }
};

json elicitation(const std::string &message, json properties = {{"name", {{"type", "string"}}}})
{
    return {{"method", "elicitation/create"},
            {"params", {{"mode", "form"}, {"message", message},
                        {"requestedSchema", {{"type", "object"}, {"properties", properties}, {"required", json::array({properties.begin().key()})}}}}}};
}

json inputRequired(json requests, std::optional<std::string> state = std::nullopt)
{
    json r{{"resultType", "input_required"}};
    if (!requests.is_null())
        r["inputRequests"] = std::move(requests);
    if (state)
        r["requestState"] = *state;
    return r;
}

const json kDone{{"resultType", "complete"}, {"content", json::array({{{"type", "text"}, {"text", "done"}}})}};
const json kCallParams{{"name", "deploy"}, {"arguments", {{"env", "prod"}}}};

} // namespace

class TestInputRequired : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRoundElicitationAccept();
    void declineIsSentToTheServer();
    void multiRoundSendsOnlyTheLatestAnswers();
    void requestStateIsEchoedExactly();
    void requestStateIsOmittedWhenAbsent();
    void oneMebibyteRequestState();
    void neverEndingLoopHitsTheBound();
    void samplingIsRefusedClearly();
    void rootsAreTheConfiguredOnes();
    void withoutProviderTheRequestNeedsInput();
    void refusingProviderQuotesTheServerAndHints();
    void acceptingProviderChecksTheAnswerAgainstTheForm();
    void missingResultTypeIsComplete();
    void unknownResultTypeAndMalformedInputRequiredFail();
    void stateOnlyRetriesWithoutInputResponses();
    void cancelWhileWaitingForTheUser();
    void unsupportedFormIsRefusedBeforeAsking();
    void promptsAndResourcesUseTheSameLoop();

private:
    struct Rig
    {
        FakeTransport *transport;
        std::unique_ptr<McpClient> client;
    };
    Rig makeReadyClient();
    // Starts a loop on tools/call and waits for its first request.
    InputRequiredLoop *startLoop(Rig &rig, InputProvider *provider, const std::string &method = "tools/call", json params = kCallParams);
};

TestInputRequired::Rig TestInputRequired::makeReadyClient()
{
    auto *t = new FakeTransport;
    auto client = std::make_unique<McpClient>(t, ClientOptions{.eraPreference = EraPreference::Legacy}); // the fake is 2025-era: no probe
    QSignalSpy ready(client.get(), &McpClient::ready);
    client->connectToServer();
    [&] { QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1); }();
    t->completeHandshake();
    [&] { QTRY_COMPARE(ready.size(), 1); }();
    return {t, std::move(client)};
}

InputRequiredLoop *TestInputRequired::startLoop(Rig &rig, InputProvider *provider, const std::string &method, json params)
{
    auto *loop = new InputRequiredLoop(rig.client.get(), QString::fromStdString(method), params, provider);
    loop->start();
    [&] { QTRY_COMPARE(rig.transport->sentWithMethod(method).size(), 1); }();
    return loop;
}

void TestInputRequired::oneRoundElicitationAccept()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    provider.answers = {ElicitationAnswer::accept({{"name", "octocat"}})};
    QPointer<InputRequiredLoop> loop = startLoop(rig, &provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    QSignalSpy waiting(loop.data(), &InputRequiredLoop::waitingForInput);
    rig.transport->reply("tools/call", inputRequired({{"github_login", elicitation("Please provide your GitHub username")}}));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    QCOMPARE(provider.asked.size(), 1);
    QCOMPARE(provider.asked[0].key, QStringLiteral("github_login"));
    QCOMPARE(provider.asked[0].message, QStringLiteral("Please provide your GitHub username"));
    QCOMPARE(provider.asked[0].form.fields.size(), 1);
    QCOMPARE(provider.asked[0].serverName, QStringLiteral("fake"));
    const QList<json> calls = rig.transport->sentWithMethod("tools/call");
    const json retry = calls[1]["params"];
    JCOMPARE(retry["name"], json("deploy"));
    JCOMPARE(retry["arguments"], kCallParams["arguments"]);
    JCOMPARE(retry["inputResponses"], json({{"github_login", {{"action", "accept"}, {"content", {{"name", "octocat"}}}}}}));
    QVERIFY(!retry.contains("requestState"));
    QVERIFY(!calls[0]["params"].contains("inputResponses"));
    QVERIFY(calls[0]["id"] != calls[1]["id"]); // a fresh JSON-RPC id for the retry
    QCOMPARE(waiting.size(), 2);
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
    JCOMPARE(loop->result(), kDone);
    QCOMPARE(loop->rounds(), 1);
    QTRY_VERIFY(loop.isNull()); // deletes itself, like RpcCall
}

void TestInputRequired::declineIsSentToTheServer()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    provider.answers = {ElicitationAnswer::decline()};
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"confirm", elicitation("Deploy to prod?", {{"ok", {{"type", "boolean"}}}})}}, "st"));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    const json retry = rig.transport->lastRequest("tools/call")["params"];
    JCOMPARE(retry["inputResponses"], json({{"confirm", {{"action", "decline"}}}}));
    JCOMPARE(retry["requestState"], json("st"));
    rig.transport->reply("tools/call", {{"content", json::array({{{"type", "text"}, {"text", "not deployed"}}})}, {"isError", true}});
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok()); // the tool's own answer to a decline is the result
}

void TestInputRequired::multiRoundSendsOnlyTheLatestAnswers()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    provider.answers = {ElicitationAnswer::accept({{"name", "ada"}}), ElicitationAnswer::accept({{"code", 123456}}), ElicitationAnswer::cancel()};
    provider.configuredRoots = {{QStringLiteral("file:///home/ada/project"), QStringLiteral("project")}};
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"who", elicitation("Who are you?")}}, "round-1"));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    rig.transport->reply("tools/call", inputRequired({{"otp", elicitation("One-time code", {{"code", {{"type", "integer"}}}})},
                                                      {"where", {{"method", "roots/list"}, {"params", json::object()}}}},
                                                     "round-2"));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 3);
    json retry = rig.transport->lastRequest("tools/call")["params"];
    JCOMPARE(retry["requestState"], json("round-2"));
    QCOMPARE(retry["inputResponses"].size(), size_t(2)); // round 1's "who" is not carried over
    JCOMPARE(retry["inputResponses"]["otp"], json({{"action", "accept"}, {"content", {{"code", 123456}}}}));
    JCOMPARE(retry["inputResponses"]["where"], json({{"roots", {{{"uri", "file:///home/ada/project"}, {"name", "project"}}}}}));
    rig.transport->reply("tools/call", inputRequired({{"again", elicitation("Really?")}}));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 4);
    retry = rig.transport->lastRequest("tools/call")["params"];
    JCOMPARE(retry["inputResponses"], json({{"again", {{"action", "cancel"}}}}));
    QVERIFY(!retry.contains("requestState")); // round 3 had none, even though round 2 did
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
    QCOMPARE(loop->rounds(), 3);
    std::set<json> ids;
    for (const json &c : rig.transport->sentWithMethod("tools/call"))
        ids.insert(c["id"]);
    QCOMPARE(ids.size(), size_t(4));
}

void TestInputRequired::requestStateIsEchoedExactly()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    // JSON inside a string, escapes, non-ASCII, a NUL, trailing spaces: all opaque.
    const std::string state = std::string("{\"nonce\":\"a\\\"b\",\"x\":[1,2]} \t\xC3\xA9\xF0\x9F\x94\x91 ") + '\0' + "end  ";
    // The raw frame spells é as an escape: the echoed string is the same value.
    json reply = {{"jsonrpc", "2.0"}, {"id", rig.transport->lastRequest("tools/call")["id"]},
                  {"result", inputRequired({{"k", elicitation("m")}}, state)}};
    QByteArray frame = QByteArray::fromStdString(reply.dump());
    frame.replace("\xC3\xA9", "\\u00e9");
    rig.transport->deliverRaw(frame);
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    const json retry = rig.transport->lastRequest("tools/call")["params"];
    QVERIFY(retry["requestState"].is_string());
    QVERIFY(retry["requestState"].get<std::string>() == state);
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
}

void TestInputRequired::requestStateIsOmittedWhenAbsent()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    // A caller's own params never smuggle a stale state or answers into the first round.
    json params = kCallParams;
    params["requestState"] = "stale";
    params["inputResponses"] = {{"old", {{"action", "accept"}}}};
    InputRequiredLoop *loop = startLoop(rig, &provider, "tools/call", params);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    QVERIFY(!rig.transport->lastRequest("tools/call")["params"].contains("requestState"));
    QVERIFY(!rig.transport->lastRequest("tools/call")["params"].contains("inputResponses"));
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("m")}}));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    QVERIFY(!rig.transport->lastRequest("tools/call")["params"].contains("requestState"));
    QVERIFY(!rig.transport->sentRaw.last().body.contains("requestState"));
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
}

void TestInputRequired::oneMebibyteRequestState()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    QByteArray bytes(1024 * 1024 * 3 / 4, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    const std::string state = bytes.toBase64().toStdString(); // 1 MiB of opaque text
    QCOMPARE(state.size(), size_t(1024 * 1024));
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("m")}}, state));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    QVERIFY(rig.transport->lastRequest("tools/call")["params"]["requestState"].get<std::string>() == state);
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
}

void TestInputRequired::neverEndingLoopHitsTheBound()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    for (int i = 1; finished.isEmpty(); ++i) {
        QVERIFY2(i <= InputRequiredLoop::DefaultMaxRounds + 1, "the loop did not stop");
        QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), i);
        rig.transport->reply("tools/call", inputRequired({{"k", elicitation("again")}}, "s"));
        QTRY_VERIFY(!finished.isEmpty() || rig.transport->sentWithMethod("tools/call").size() == i + 1);
    }
    // The first request plus ten answered rounds; the eleventh input_required ends it.
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), InputRequiredLoop::DefaultMaxRounds + 1);
    QCOMPARE(provider.asked.size(), InputRequiredLoop::DefaultMaxRounds);
    QVERIFY(!loop->ok());
    QCOMPARE(loop->error().kind, ErrorKind::Server);
    QVERIFY2(loop->error().message.contains(QStringLiteral("after 10 rounds")), qPrintable(loop->error().message));
}

void TestInputRequired::samplingIsRefusedClearly()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    const json sampling = {{"method", "sampling/createMessage"},
                           {"params", {{"messages", json::array()}, {"maxTokens", 100}}}};
    rig.transport->reply("tools/call", inputRequired({{"name", elicitation("Your name?")}, {"llm", sampling}}, "s"));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!loop->ok());
    QCOMPARE(loop->error().kind, ErrorKind::Unavailable);
    QVERIFY2(loop->error().message.contains(QStringLiteral("no model")), qPrintable(loop->error().message));
    QVERIFY(provider.asked.isEmpty()); // nobody fills in a form for a round that cannot succeed
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 1); // and nothing is retried
}

void TestInputRequired::rootsAreTheConfiguredOnes()
{
    auto rig = makeReadyClient();
    RecordingProvider provider; // no roots configured
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"r", {{"method", "roots/list"}}}}));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    QVERIFY(provider.asked.isEmpty());
    JCOMPARE(rig.transport->lastRequest("tools/call")["params"]["inputResponses"], json({{"r", {{"roots", json::array()}}}}));
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
}

void TestInputRequired::withoutProviderTheRequestNeedsInput()
{
    auto rig = makeReadyClient();
    InputRequiredLoop *loop = startLoop(rig, nullptr);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("Which region?")}}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::InputNeeded);
    QCOMPARE(loop->error().message, QStringLiteral("The server needs input: Which region?"));
    QCOMPARE(exitCodeFor(ErrorKind::InputNeeded), 6);
}

void TestInputRequired::refusingProviderQuotesTheServerAndHints()
{
    auto rig = makeReadyClient();
    FixedInputProvider provider = FixedInputProvider::refusing(QStringLiteral("pass --accept-input JSON or --decline-input"));
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("Which region?")}}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::InputNeeded);
    QVERIFY(loop->error().message.contains(QStringLiteral("Which region?")));
    QCOMPARE(loop->error().hint, QStringLiteral("pass --accept-input JSON or --decline-input"));
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 1);
}

void TestInputRequired::acceptingProviderChecksTheAnswerAgainstTheForm()
{
    auto rig = makeReadyClient();
    // Extra keys are dropped; a wrong type is refused before anything is sent.
    FixedInputProvider provider = FixedInputProvider::accepting({{"confirmed", true}, {"extra", 1}});
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"c", elicitation("Confirm?", {{"confirmed", {{"type", "boolean"}}}})}}));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    JCOMPARE(rig.transport->lastRequest("tools/call")["params"]["inputResponses"]["c"]["content"], json({{"confirmed", true}}));
    rig.transport->reply("tools/call", inputRequired({{"n", elicitation("How many?", {{"count", {{"type", "integer"}}}})}}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Usage);
    QVERIFY2(loop->error().message.contains(QStringLiteral("How many?")) && loop->error().message.contains(QStringLiteral("count")),
             qPrintable(loop->error().message));
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
}

void TestInputRequired::missingResultTypeIsComplete()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    // A 2025-era result: no resultType, even with fields that look like MRTR ones.
    const json legacy = {{"content", json::array()}, {"inputRequests", {{"k", elicitation("m")}}}};
    rig.transport->reply("tools/call", legacy);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
    JCOMPARE(loop->result(), legacy);
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 1);
    QVERIFY(provider.asked.isEmpty());
}

void TestInputRequired::unknownResultTypeAndMalformedInputRequiredFail()
{
    struct Case { const char *name; json result; };
    const QList<Case> cases = {
        {"unknown resultType", {{"resultType", "something_new"}}},
        {"nothing asked", {{"resultType", "input_required"}}},
        {"state not a string", {{"resultType", "input_required"}, {"requestState", 42}}},
        {"requests not an object", {{"resultType", "input_required"}, {"inputRequests", json::array()}}},
        {"request without method", {{"resultType", "input_required"}, {"inputRequests", {{"k", {{"params", json::object()}}}}}}},
        {"unknown method", {{"resultType", "input_required"}, {"inputRequests", {{"k", {{"method", "tools/call"}}}}}}},
    };
    for (const Case &c : cases) {
        auto rig = makeReadyClient();
        RecordingProvider provider;
        InputRequiredLoop *loop = startLoop(rig, &provider);
        QSignalSpy finished(loop, &InputRequiredLoop::finished);
        rig.transport->reply("tools/call", c.result);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(!loop->ok(), c.name);
        QVERIFY2(loop->error().kind == ErrorKind::Protocol, c.name);
        QVERIFY2(!loop->error().message.isEmpty(), c.name);
        QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 1);
    }
}

void TestInputRequired::stateOnlyRetriesWithoutInputResponses()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    loop->setStateOnlyPacingMs(0);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired(nullptr, "come-back-later"));
    QTRY_COMPARE(rig.transport->sentWithMethod("tools/call").size(), 2);
    const json retry = rig.transport->lastRequest("tools/call")["params"];
    JCOMPARE(retry["requestState"], json("come-back-later"));
    QVERIFY(!retry.contains("inputResponses"));
    rig.transport->reply("tools/call", kDone);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(loop->ok());
}

void TestInputRequired::cancelWhileWaitingForTheUser()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    provider.hold = true;
    QPointer<InputRequiredLoop> loop = startLoop(rig, &provider);
    QSignalSpy finished(loop.data(), &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("m")}}));
    QTRY_COMPARE(provider.asked.size(), 1);
    loop->cancel(QStringLiteral("Stopped by the user."));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Cancelled);
    // The person answers after all: too late, nothing is sent.
    provider.held(ElicitationAnswer::accept({{"name", "late"}}));
    QTRY_VERIFY(loop.isNull());
    provider.held(ElicitationAnswer::accept({{"name", "later"}}));
    QCOMPARE(rig.transport->sentWithMethod("tools/call").size(), 1);
}

void TestInputRequired::unsupportedFormIsRefusedBeforeAsking()
{
    auto rig = makeReadyClient();
    RecordingProvider provider;
    InputRequiredLoop *loop = startLoop(rig, &provider);
    QSignalSpy finished(loop, &InputRequiredLoop::finished);
    rig.transport->reply("tools/call", inputRequired({{"k", elicitation("m", {{"address", {{"type", "object"}}}})}}));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loop->error().kind, ErrorKind::Protocol);
    QVERIFY2(loop->error().message.contains(QStringLiteral("address")), qPrintable(loop->error().message));
    QVERIFY(provider.asked.isEmpty());
}

void TestInputRequired::promptsAndResourcesUseTheSameLoop()
{
    for (const auto &[method, params] : {std::pair<std::string, json>{"prompts/get", {{"name", "greet"}, {"arguments", {{"who", "x"}}}}},
                                         std::pair<std::string, json>{"resources/read", {{"uri", "file:///a.txt"}}}}) {
        auto rig = makeReadyClient();
        RecordingProvider provider;
        InputRequiredLoop *loop = startLoop(rig, &provider, method, params);
        QSignalSpy finished(loop, &InputRequiredLoop::finished);
        rig.transport->reply(method, inputRequired({{"k", elicitation("m")}}, "s"));
        QTRY_COMPARE(rig.transport->sentWithMethod(method).size(), 2);
        json retry = rig.transport->lastRequest(method)["params"];
        JCOMPARE(retry["requestState"], json("s"));
        retry.erase("requestState");
        retry.erase("inputResponses");
        JCOMPARE(retry, params);
        rig.transport->reply(method, {{"resultType", "complete"}});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(loop->ok());
    }
}

QTEST_GUILESS_MAIN(TestInputRequired)
#include "tst_inputrequired.moc"
