// The 2025-era conformance fixtures that send requests to the client inside a tool call:
// test_sampling (sampling/createMessage), test_elicitation, and the SEP-1034 (defaults) and
// SEP-1330 (enum shapes) elicitation schemas. Hidden from 2026-07-28 requests, which ask
// for input through InputRequiredResult instead (conformancemodern.cpp).
#include "demo/conformancefixtures.h"
#include "util/jsonfield.h"

#include "demo/demotool.h"

namespace mcpc::demo {

using nlohmann::json;

namespace {

QString describeError(const json &response)
{
    const json *error = jsonMember(response, "error");
    return QString::fromStdString(error ? jsonStdString(*error, "message", "unknown error") : std::string("unknown error"));
}

// A tool that sends one request to the client (when it declared `capability`) and
// reports the answer through `describe`.
DemoTool asking(const char *name, const char *description, json inputSchema, const char *capability,
                std::function<std::pair<QString, json>(const json &arguments)> request,
                std::function<QString(const json &result)> describe)
{
    DemoTool t;
    t.name = QString::fromLatin1(name);
    t.description = QString::fromLatin1(description);
    t.inputSchema = std::move(inputSchema);
    t.legacyOnly = true;
    const QString cap = QString::fromLatin1(capability);
    t.run = [cap, request, describe](DemoToolCall *call) {
        if (!call->clientHas(cap)) {
            call->finishText(QStringLiteral("The client did not declare the '%1' capability").arg(cap), true);
            return;
        }
        const auto [method, params] = request(call->arguments());
        call->askClient(method, params, [call, method, describe](const json &response) {
            if (!response.contains("result") || !response.at("result").is_object()) {
                call->finishText(QStringLiteral("%1 failed: %2").arg(method, describeError(response)), true);
                return;
            }
            call->finishText(describe(response.at("result")));
        });
    };
    return t;
}

json stringProperty(const char *description)
{
    return json{{"type", "string"}, {"description", description}};
}

QString elicitationOutcome(const json &result)
{
    return QStringLiteral("Elicitation completed: action=%1, content=%2")
        .arg(QString::fromStdString(jsonStdString(result, "action", "?")),
             QString::fromStdString(result.value("content", json::object()).dump()));
}

json elicit(const std::string &message, json properties, json required = json())
{
    json schema = {{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.is_null())
        schema["required"] = std::move(required);
    return json{{"message", message}, {"requestedSchema", std::move(schema)}};
}

json titled(std::initializer_list<std::pair<const char *, const char *>> options)
{
    json list = json::array();
    for (const auto &[value, title] : options)
        list.push_back({{"const", value}, {"title", title}});
    return list;
}

} // namespace

QList<DemoTool> legacyClientRequestFixtures()
{
    QList<DemoTool> t;
    t << asking("test_sampling", "Asks the client's model to answer a prompt",
                json{{"type", "object"}, {"properties", {{"prompt", stringProperty("The prompt to send")}}}, {"required", {"prompt"}}},
                "sampling",
                [](const json &a) {
                    const json message = {{"role", "user"}, {"content", {{"type", "text"}, {"text", jsonStdString(a, "prompt")}}}};
                    return std::pair{QStringLiteral("sampling/createMessage"),
                                     json{{"messages", json::array({message})}, {"maxTokens", 100}}};
                },
                [](const json &result) {
                    const json content = result.value("content", json::object());
                    const std::string text = jsonStdString(content, "text");
                    return QStringLiteral("LLM response: %1").arg(QString::fromStdString(text));
                });
    t << asking("test_elicitation", "Asks the user for a user name and e-mail address",
                json{{"type", "object"}, {"properties", {{"message", stringProperty("The message to show")}}}, {"required", {"message"}}},
                "elicitation",
                [](const json &a) {
                    return std::pair{QStringLiteral("elicitation/create"),
                                     elicit(jsonStdString(a, "message"),
                                            {{"username", stringProperty("User's response")},
                                             {"email", stringProperty("User's email address")}},
                                            {"username", "email"})};
                },
                [](const json &result) {
                    return QStringLiteral("User response: action=%1, content=%2")
                        .arg(QString::fromStdString(jsonStdString(result, "action", "?")),
                             QString::fromStdString(result.value("content", json::object()).dump()));
                });
    t << asking("test_elicitation_sep1034_defaults", "Elicitation with a default for each primitive type (SEP-1034)",
                json{{"type", "object"}, {"properties", json::object()}}, "elicitation",
                [](const json &) {
                    return std::pair{QStringLiteral("elicitation/create"),
                                     elicit("Please review the defaults",
                                            {{"name", {{"type", "string"}, {"default", "John Doe"}}},
                                             {"age", {{"type", "integer"}, {"default", 30}}},
                                             {"score", {{"type", "number"}, {"default", 95.5}}},
                                             {"status", {{"type", "string"}, {"enum", {"active", "inactive", "pending"}}, {"default", "active"}}},
                                             {"verified", {{"type", "boolean"}, {"default", true}}}})};
                },
                elicitationOutcome);
    t << asking("test_elicitation_sep1330_enums", "Elicitation with the five enum shapes (SEP-1330)",
                json{{"type", "object"}, {"properties", json::object()}}, "elicitation",
                [](const json &) {
                    const json options = {"option1", "option2", "option3"};
                    return std::pair{
                        QStringLiteral("elicitation/create"),
                        elicit("Please choose",
                               {{"untitledSingle", {{"type", "string"}, {"enum", options}}},
                                {"titledSingle", {{"type", "string"},
                                                  {"oneOf", titled({{"value1", "First Option"}, {"value2", "Second Option"}, {"value3", "Third Option"}})}}},
                                {"legacyEnum", {{"type", "string"},
                                                {"enum", {"opt1", "opt2", "opt3"}},
                                                {"enumNames", {"Option One", "Option Two", "Option Three"}}}},
                                {"untitledMulti", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", options}}}}},
                                {"titledMulti", {{"type", "array"},
                                                 {"items", {{"anyOf", titled({{"value1", "First Choice"}, {"value2", "Second Choice"}, {"value3", "Third Choice"}})}}}}}})};
                },
                elicitationOutcome);
    return t;
}

} // namespace mcpc::demo
