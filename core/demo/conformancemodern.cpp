// MCP 2026-07-28 conformance fixtures (see conformancefixtures.h). The MRTR tools keep
// everything they learned in their sealed requestState, never in server memory, which is
// how a stateless server carries a conversation across rounds.
#include "demo/conformancefixtures.h"
#include "util/jsonfield.h"

#include "demo/democatalog.h"

#include <QTimer>

namespace mcpc::demo {

using nlohmann::json;

namespace {

json noArgs()
{
    return json{{"type", "object"}, {"properties", json::object()}};
}

json elicit(const char *message, const char *field, const char *type = "string")
{
    return json{{"method", "elicitation/create"},
                {"params", {{"message", message},
                            {"requestedSchema", {{"type", "object"},
                                                 {"properties", {{field, {{"type", type}}}}},
                                                 {"required", json::array({field})}}}}}};
}

json sample(const char *text, int maxTokens)
{
    return json{{"method", "sampling/createMessage"},
                {"params", {{"messages", json::array({{{"role", "user"}, {"content", {{"type", "text"}, {"text", text}}}}})},
                            {"maxTokens", maxTokens}}}};
}

json listRoots()
{
    return json{{"method", "roots/list"}, {"params", json::object()}};
}

// The text of a sampling answer (CreateMessageResult), or "".
QString sampledText(const DemoInputRound &in, const char *key)
{
    const json *r = in.response(key);
    if (!r || !r->contains("content") || !r->at("content").is_object())
        return {};
    const json t = r->at("content").value("text", json());
    return t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString();
}

// The number of roots in a roots/list answer, or -1 when there is no usable answer.
int rootCount(const DemoInputRound &in, const char *key)
{
    const json *r = in.response(key);
    return r && r->contains("roots") && r->at("roots").is_array() ? int(r->at("roots").size()) : -1;
}

bool stateKind(const DemoInputRound &in, const char *kind)
{
    return jsonStdString(in.state, "kind") == kind;
}

DemoTool tool(const char *name, const char *description, QStringList capabilities,
              std::function<json(const DemoInputRound &)> answer)
{
    DemoTool t;
    t.name = QString::fromLatin1(name);
    t.description = QString::fromLatin1(description);
    t.inputSchema = noArgs();
    t.modernOnly = true;
    t.requiredClientCapabilities = std::move(capabilities);
    t.run = [answer](DemoToolCall *call) { call->finish(answer(call->input())); };
    return t;
}

json elicitationTool(const DemoInputRound &in)
{
    const QString name = in.elicitedText("user_name", "name");
    if (name.isEmpty()) // first round, or the answer is missing: ask (again)
        return in.inputRequired({{"user_name", elicit("What is your name?", "name")}});
    return textResult(QStringLiteral("Hello, %1!").arg(name));
}

json samplingTool(const DemoInputRound &in)
{
    if (!in.response("sample_request"))
        return in.inputRequired({{"sample_request", sample("What is the capital of France?", 100)}});
    return textResult(QStringLiteral("Sampling result: %1").arg(sampledText(in, "sample_request")));
}

json rootsTool(const DemoInputRound &in)
{
    const int n = rootCount(in, "roots_request");
    if (n < 0)
        return in.inputRequired({{"roots_request", listRoots()}});
    return textResult(QStringLiteral("Found %1 root(s)").arg(n));
}

json requestStateTool(const DemoInputRound &in)
{
    const json *confirm = in.response("confirm");
    const bool ok = confirm && confirm->value("content", json::object()).value("ok", json()) == true;
    if (stateKind(in, "request-state") && ok)
        return textResult(QStringLiteral("state-ok: requestState validated"));
    return in.inputRequired({{"confirm", elicit("Please confirm", "ok", "boolean")}}, {{"kind", "request-state"}});
}

json multipleInputsTool(const DemoInputRound &in)
{
    // Answers already given ride in the state, so a partial retry only re-asks the rest.
    json state = stateKind(in, "multiple-inputs") ? in.state : json{{"kind", "multiple-inputs"}};
    if (const QString n = in.elicitedText("user_name", "name"); !n.isEmpty())
        state["name"] = n.toStdString();
    if (const QString g = sampledText(in, "greeting"); !g.isEmpty())
        state["greeting"] = g.toStdString();
    if (const int r = rootCount(in, "client_roots"); r >= 0)
        state["roots"] = r;
    json ask = json::object();
    if (!state.contains("name"))
        ask["user_name"] = elicit("What is your name?", "name");
    if (!state.contains("greeting"))
        ask["greeting"] = sample("Generate a greeting", 50);
    if (!state.contains("roots"))
        ask["client_roots"] = listRoots();
    if (!ask.empty())
        return in.inputRequired(ask, state);
    return textResult(QStringLiteral("Name: %1; Greeting: %2; Roots: %3")
                          .arg(QString::fromStdString(state.at("name").get<std::string>()),
                               QString::fromStdString(state.at("greeting").get<std::string>()))
                          .arg(state.at("roots").get<int>()));
}

json multiRoundTool(const DemoInputRound &in)
{
    const int round = int(jsonInt64(in.state, "round").value_or(0));
    if (round == 1) {
        if (const QString name = in.elicitedText("step1", "name"); !name.isEmpty())
            return in.inputRequired({{"step2", elicit("Step 2: What is your favorite color?", "color")}},
                                    {{"round", 2}, {"name", name.toStdString()}});
    } else if (round == 2) {
        if (const QString color = in.elicitedText("step2", "color"); !color.isEmpty())
            return textResult(QStringLiteral("Multi-round complete for %1 who likes %2")
                                  .arg(jsonString(in.state, "name"), color));
        return in.inputRequired({{"step2", elicit("Step 2: What is your favorite color?", "color")}}, in.state);
    }
    return in.inputRequired({{"step1", elicit("Step 1: What is your name?", "name")}}, {{"round", 1}});
}

json tamperTool(const DemoInputRound &in)
{
    // A tampered state never gets here: DemoRpc refuses it with -32602 before the tool runs.
    if (stateKind(in, "tamper-test") && in.response("confirm"))
        return textResult(QStringLiteral("integrity-ok: state verified"));
    return in.inputRequired({{"confirm", elicit("Please confirm", "ok", "boolean")}}, {{"kind", "tamper-test"}});
}

json capabilitiesTool(const DemoInputRound &in)
{
    if (!in.responses.empty()) {
        QStringList keys;
        for (auto it = in.responses.begin(); it != in.responses.end(); ++it)
            keys << QString::fromStdString(it.key());
        return textResult(QStringLiteral("capabilities-ok: received %1").arg(keys.join(u',')));
    }
    // Only ask for what the client said it can answer.
    json ask = json::object();
    if (in.hasCapability("elicitation"))
        ask["elicit_input"] = elicit("Elicitation input", "value");
    if (in.hasCapability("sampling"))
        ask["sample_input"] = sample("Sample request", 50);
    if (ask.empty())
        return textResult(QStringLiteral("No supported capabilities declared"));
    return in.inputRequired(ask, {{"kind", "capabilities-test"}});
}

} // namespace

void addModernConformanceFixtures(DemoCatalog *catalog, DemoListChangeHooks hooks)
{
    const QStringList elicitation{QStringLiteral("elicitation")};
    QList<DemoTool> &t = catalog->tools;
    t << tool("test_missing_capability", "Needs the client's sampling capability", {QStringLiteral("sampling")},
              [](const DemoInputRound &) { return textResult(QStringLiteral("Success")); });
    t << tool("test_input_required_result_elicitation", "MRTR: asks for a name", elicitation, elicitationTool);
    t << tool("test_input_required_result_sampling", "MRTR: asks for a completion", {QStringLiteral("sampling")},
              samplingTool);
    t << tool("test_input_required_result_list_roots", "MRTR: asks for the roots", {QStringLiteral("roots")}, rootsTool);
    t << tool("test_input_required_result_request_state", "MRTR: round two needs the sealed requestState",
              elicitation, requestStateTool);
    t << tool("test_input_required_result_multiple_inputs", "MRTR: three input requests at once",
              {QStringLiteral("elicitation"), QStringLiteral("sampling"), QStringLiteral("roots")}, multipleInputsTool);
    t << tool("test_input_required_result_multi_round", "MRTR: two rounds of questions", elicitation, multiRoundTool);
    t << tool("test_input_required_result_tampered_state", "MRTR: refuses an altered requestState", elicitation,
              tamperTool);
    t << tool("test_input_required_result_capabilities", "MRTR: asks only for declared capabilities", {},
              capabilitiesTool);
    t << tool("test_streaming_elicitation", "Asks for input the 2026 way (InputRequiredResult, no server request)",
              elicitation, elicitationTool);

    DemoTool logging = tool("test_logging_tool", "Logs once, if the request asked for a log level", {}, nullptr);
    logging.run = [](DemoToolCall *call) {
        call->log(QStringLiteral("info"), "Diagnostic trace logging activated");
        // Finish on the next turn so the log travels on the response stream first.
        QTimer::singleShot(0, call, [call] { call->finishText(QStringLiteral("Logging evaluated")); });
    };
    t << logging;
    auto toolsChanged = hooks.toolsChanged;
    t << tool("test_trigger_tool_change", "Announces a tool list change on listen streams", {},
              [toolsChanged](const DemoInputRound &) {
                  if (toolsChanged)
                      toolsChanged();
                  return textResult(QStringLiteral("Mutation triggered"));
              });
    auto promptsChanged = hooks.promptsChanged;
    t << tool("test_trigger_prompt_change", "Announces a prompt list change on listen streams", {},
              [promptsChanged](const DemoInputRound &) {
                  if (promptsChanged)
                      promptsChanged();
                  return textResult(QStringLiteral("Mutation triggered"));
              });

    DemoPrompt prompt;
    prompt.name = QStringLiteral("test_input_required_result_prompt");
    prompt.description = QStringLiteral("MRTR: a prompt that asks for context first");
    prompt.modernOnly = true;
    prompt.interactive = [](const QMap<QString, QString> &, const DemoInputRound &in) {
        const QString context = in.elicitedText("user_context", "context");
        if (context.isEmpty())
            return in.inputRequired({{"user_context", elicit("What context should the prompt use?", "context")}});
        return json{{"messages", json::array({{{"role", "user"},
                                               {"content", textContent(QStringLiteral("Prompt with context: %1").arg(context))}}})}};
    };
    catalog->prompts << prompt;
}

} // namespace mcpc::demo
