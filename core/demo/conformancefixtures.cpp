#include "demo/conformancefixtures.h"

#include "demo/democatalog.h"
#include "demo/demotools.h"

#include <QTimer>

namespace mcpc::demo {

using nlohmann::json;

namespace {

json noArgs()
{
    return json{{"type", "object"}, {"properties", json::object()}};
}

json image()
{
    return json{{"type", "image"}, {"data", demoAvatarPngBase64().toStdString()}, {"mimeType", "image/png"}};
}

// A valid 8 kHz, 8-bit mono WAV of 16 silent samples.
QByteArray tinyWav()
{
    const QByteArray samples(16, char(0x80));
    QByteArray w;
    auto u32 = [&w](quint32 v) { for (int i = 0; i < 4; ++i) w.append(char((v >> (8 * i)) & 0xff)); };
    auto u16 = [&w](quint16 v) { w.append(char(v & 0xff)).append(char(v >> 8)); };
    w.append("RIFF");
    u32(quint32(36 + samples.size()));
    w.append("WAVEfmt ");
    u32(16); u16(1); u16(1); u32(8000); u32(8000); u16(1); u16(8);
    w.append("data");
    u32(quint32(samples.size()));
    w.append(samples);
    return w;
}

DemoTool simple(const char *name, const char *description, std::function<json()> result)
{
    DemoTool t;
    t.name = QString::fromLatin1(name);
    t.description = QString::fromLatin1(description);
    t.inputSchema = noArgs();
    t.run = [result](DemoToolCall *call) { call->finish(result()); };
    return t;
}

// Runs `steps` callbacks 50 ms apart, then finishes with text.
void stepped(DemoToolCall *call, int steps, std::function<void(int)> onStep, const QString &text)
{
    auto *timer = new QTimer(call);
    auto n = std::make_shared<int>(0);
    onStep(0);
    QObject::connect(timer, &QTimer::timeout, call, [=] {
        if (++*n < steps) {
            onStep(*n);
            return;
        }
        timer->stop();
        call->finishText(text);
    });
    timer->start(50);
}

QList<DemoTool> tools()
{
    QList<DemoTool> t;
    t << simple("test_simple_text", "Returns simple text", [] {
        return textResult(QStringLiteral("This is a simple text response for testing."));
    });
    t << simple("test_image_content", "Returns an image", [] { return json{{"content", json::array({image()})}}; });
    t << simple("test_audio_content", "Returns audio", [] {
        return json{{"content", json::array({{{"type", "audio"}, {"data", tinyWav().toBase64().toStdString()},
                                              {"mimeType", "audio/wav"}}})}};
    });
    t << simple("test_embedded_resource", "Returns an embedded resource", [] {
        return json{{"content", json::array({{{"type", "resource"},
                                              {"resource", {{"uri", "test://embedded-resource"},
                                                            {"mimeType", "text/plain"},
                                                            {"text", "This is an embedded resource content."}}}}})}};
    });
    t << simple("test_multiple_content_types", "Returns text, image and resource", [] {
        return json{{"content", json::array({textContent(QStringLiteral("Multiple content types test:")), image(),
                                             {{"type", "resource"},
                                              {"resource", {{"uri", "test://mixed-content-resource"},
                                                            {"mimeType", "application/json"},
                                                            {"text", R"({"test":"data","value":123})"}}}}})}};
    });
    t << simple("test_error_handling", "Always fails", [] {
        return textResult(QStringLiteral("This tool intentionally returns an error for testing"), true);
    });

    DemoTool progress;
    progress.name = QStringLiteral("test_tool_with_progress");
    progress.description = QStringLiteral("Reports progress 0, 50, 100");
    progress.inputSchema = noArgs();
    progress.run = [](DemoToolCall *call) {
        stepped(call, 3, [call](int i) { call->progress(i * 50, 100); }, QStringLiteral("Progress test completed"));
    };
    t << progress;

    DemoTool logging;
    logging.name = QStringLiteral("test_tool_with_logging");
    logging.description = QStringLiteral("Sends three log messages");
    logging.inputSchema = noArgs();
    logging.run = [](DemoToolCall *call) {
        static const char *messages[] = {"Tool execution started", "Tool processing data", "Tool execution completed"};
        stepped(call, 3, [call](int i) { call->log(QStringLiteral("info"), messages[i]); },
                QStringLiteral("Logging test completed"));
    };
    t << logging;

    DemoTool schema;
    schema.name = QStringLiteral("json_schema_2020_12_tool");
    schema.description = QStringLiteral("Has a JSON Schema 2020-12 input schema");
    schema.inputSchema = json{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                              {"type", "object"},
                              {"$defs", {{"address", {{"type", "object"},
                                                      {"properties", {{"street", {{"type", "string"}}},
                                                                      {"city", {{"type", "string"}}}}}}}}},
                              {"properties", {{"name", {{"type", "string"}}}, {"address", {{"$ref", "#/$defs/address"}}}}},
                              {"additionalProperties", false}};
    schema.run = [](DemoToolCall *call) { call->finishText(QString::fromStdString(call->arguments().dump())); };
    t << schema;
    return t;
}

DemoPrompt prompt(const char *name, const char *description, QList<DemoPromptArgument> args,
                  std::function<json(const QMap<QString, QString> &)> render)
{
    DemoPrompt p;
    p.name = QString::fromLatin1(name);
    p.description = QString::fromLatin1(description);
    p.arguments = std::move(args);
    p.render = std::move(render);
    return p;
}

json user(json content)
{
    return json::array({{{"role", "user"}, {"content", std::move(content)}}});
}

} // namespace

void addConformanceFixtures(DemoCatalog *catalog)
{
    catalog->tools += tools();
    catalog->tools += legacyClientRequestFixtures();

    DemoResource text;
    text.uri = QStringLiteral("test://static-text");
    text.name = QStringLiteral("static-text");
    text.description = QStringLiteral("A static text resource");
    text.mimeType = QStringLiteral("text/plain");
    text.text = "This is the content of the static text resource.";
    DemoResource binary;
    binary.uri = QStringLiteral("test://static-binary");
    binary.name = QStringLiteral("static-binary");
    binary.description = QStringLiteral("A static binary resource");
    binary.mimeType = QStringLiteral("image/png");
    binary.blob = QByteArray::fromBase64(demoAvatarPngBase64());
    binary.binary = true;
    // What resources-subscribe/unsubscribe watch; it never changes, so no update is sent.
    DemoResource watched;
    watched.uri = QStringLiteral("test://watched-resource");
    watched.name = QStringLiteral("watched-resource");
    watched.description = QStringLiteral("A resource to subscribe to");
    watched.mimeType = QStringLiteral("text/plain");
    watched.text = "Watched resource content.";
    catalog->resources << text << binary << watched;

    DemoResourceTemplate data;
    data.uriTemplate = QStringLiteral("test://template/{id}/data");
    data.name = QStringLiteral("template-data");
    data.description = QStringLiteral("Data for an id");
    data.mimeType = QStringLiteral("application/json");
    data.resolve = [](const QString &uri, const QMap<QString, QString> &vars) {
        DemoResource r;
        r.uri = uri;
        r.name = QStringLiteral("template-data");
        r.mimeType = QStringLiteral("application/json");
        r.text = QByteArray::fromStdString(json{{"id", vars.value(QStringLiteral("id")).toStdString()},
                                                {"templateTest", true}}.dump());
        return r;
    };
    catalog->templates << data;

    catalog->prompts << prompt("test_simple_prompt", "A simple prompt", {}, [](const QMap<QString, QString> &) {
        return user(textContent(QStringLiteral("This is a simple prompt for testing.")));
    });
    catalog->prompts << prompt("test_prompt_with_arguments", "A prompt with arguments",
                               {{QStringLiteral("arg1"), QStringLiteral("First argument"), true, {QStringLiteral("paris"), QStringLiteral("park")}},
                                {QStringLiteral("arg2"), QStringLiteral("Second argument"), true, {}}},
                               [](const QMap<QString, QString> &a) {
                                   return user(textContent(QStringLiteral("Prompt with arguments: arg1='%1', arg2='%2'")
                                                               .arg(a.value(QStringLiteral("arg1")), a.value(QStringLiteral("arg2")))));
                               });
    catalog->prompts << prompt("test_prompt_with_embedded_resource", "A prompt with an embedded resource",
                               {{QStringLiteral("resourceUri"), QStringLiteral("URI of the resource"), true, {}}},
                               [](const QMap<QString, QString> &a) {
                                   json m = user({{"type", "resource"},
                                                  {"resource", {{"uri", a.value(QStringLiteral("resourceUri")).toStdString()},
                                                                {"mimeType", "text/plain"},
                                                                {"text", "Embedded resource content for testing."}}}});
                                   m.push_back({{"role", "user"}, {"content", textContent(QStringLiteral("Please process the embedded resource above."))}});
                                   return m;
                               });
    catalog->prompts << prompt("test_prompt_with_image", "A prompt with an image", {}, [](const QMap<QString, QString> &) {
        json m = user(image());
        m.push_back({{"role", "user"}, {"content", textContent(QStringLiteral("Please analyze the image above."))}});
        return m;
    });
}

} // namespace mcpc::demo
