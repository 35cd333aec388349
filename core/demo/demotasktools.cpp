#include "demo/demotasktools.h"
#include "util/jsonfield.h"

#include "demo/demotask.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

using nlohmann::json;

namespace mcpc::demo {

namespace {

json elicitForm(const char *message, json properties, json required)
{
    return json{{"method", "elicitation/create"},
                {"params", {{"mode", "form"},
                            {"message", message},
                            {"requestedSchema", {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}}}}}};
}

json confirmForm(const char *message)
{
    return elicitForm(message, {{"confirm", {{"type", "boolean"}, {"title", "Confirm"}}}}, json::array({"confirm"}));
}

// Runs `then` after `ms` unless the task was cancelled (or deleted) meanwhile.
void after(DemoTask *task, int ms, std::function<void(DemoTask *)> then)
{
    QPointer<DemoTask> guard(task);
    QTimer::singleShot(ms, task, [guard, then = std::move(then)] {
        if (guard && !guard->isTerminal())
            then(guard);
    });
}

// The elicitation answer's content field, or null when the answer was not an accept.
json acceptedField(const json *answer, const char *field)
{
    if (!answer || jsonStdString(*answer, "action") != "accept" || !answer->contains("content") || !answer->at("content").is_object())
        return nullptr;
    return answer->at("content").value(field, json());
}

int intArg(const DemoTask *task, const char *key, int fallback, int lo, int hi)
{
    const json v = task->arguments().value(key, json());
    return v.is_number() ? std::clamp(int(v.get<double>()), lo, hi) : fallback;
}

void reportStep(DemoTask *task, int step, int steps, QString title)
{
    if (step > steps) {
        task->complete(textResult(QStringLiteral("Report \"%1\" is ready: %2 sections.").arg(title.isEmpty() ? QStringLiteral("Untitled") : title).arg(steps)));
        return;
    }
    task->setWorking(QStringLiteral("Step %1 of %2").arg(step).arg(steps));
    const bool askNow = jsonBool(task->arguments(), "ask_title", false) && step == (steps + 1) / 2 && title.isEmpty();
    if (askNow) {
        const QString key = task->ask(elicitForm("Which title should the report have?",
                                                 {{"title", {{"type", "string"}, {"title", "Title"}}}}, json::array({"title"})),
                                      QStringLiteral("Waiting for a title"));
        QObject::connect(task, &DemoTask::inputArrived, task, [task, key, step, steps] {
            const json t = acceptedField(task->answer(key), "title");
            const QString given = t.is_string() && !t.get<std::string>().empty() ? QString::fromStdString(t.get<std::string>())
                                                                                 : QStringLiteral("Untitled");
            after(task, 1000, [step, steps, given](DemoTask *t2) { reportStep(t2, step + 1, steps, given); });
        }, Qt::SingleShotConnection);
        return;
    }
    after(task, 1000, [step, steps, title](DemoTask *t) { reportStep(t, step + 1, steps, title); });
}

DemoTool taskTool(const char *name, const char *description, json schema, DemoTool::TaskSupport support,
                  std::function<void(DemoTask *)> runTask)
{
    DemoTool t;
    t.name = QString::fromLatin1(name);
    t.description = QString::fromLatin1(description);
    t.inputSchema = std::move(schema);
    t.modernOnly = true;
    t.taskSupport = support;
    t.runTask = std::move(runTask);
    return t;
}

json objectSchema(json properties = json::object())
{
    return json{{"type", "object"}, {"properties", std::move(properties)}};
}

DemoTool slowCompute()
{
    DemoTool t = taskTool("slow_compute", "Sleeps `seconds` seconds, then answers. Runs as a task when the client allows.",
                          objectSchema({{"seconds", {{"type", "number"}, {"minimum", 0}}}, {"label", {{"type", "string"}}}}),
                          DemoTool::TaskSupport::Optional, [](DemoTask *task) {
                              const int seconds = intArg(task, "seconds", 1, 0, 60);
                              const QString label = QString::fromStdString(jsonStdString(task->arguments(), "label", "job"));
                              task->setWorking(QStringLiteral("Computing for %1 s").arg(seconds));
                              after(task, seconds * 1000, [label, seconds](DemoTask *done) {
                                  done->complete(textResult(QStringLiteral("Computed %1 in %2 s").arg(label).arg(seconds)));
                              });
                          });
    // Without the extension: the same work, answered on the request itself.
    t.run = [](DemoToolCall *call) {
        const json s = call->arguments().value("seconds", json(0));
        const int seconds = s.is_number() ? std::clamp(int(s.get<double>()), 0, 60) : 0;
        const QString label = QString::fromStdString(jsonStdString(call->arguments(), "label", "job"));
        QPointer<DemoToolCall> guard(call);
        QTimer::singleShot(seconds * 1000, call, [guard, label, seconds] {
            if (guard && !guard->isCancelled())
                guard->finishText(QStringLiteral("Computed %1 in %2 s").arg(label).arg(seconds));
        });
    };
    return t;
}

} // namespace

DemoTool generateReportTool()
{
    return taskTool("generate_report",
                    "Builds a report in the background (a task you can watch and cancel). "
                    "ask_title makes it ask for the report's title half-way.",
                    objectSchema({{"steps", {{"type", "integer"}, {"minimum", 1}, {"maximum", 20}, {"default", 5}}},
                                  {"ask_title", {{"type", "boolean"}, {"default", false}}}}),
                    DemoTool::TaskSupport::Required,
                    [](DemoTask *task) { reportStep(task, 1, intArg(task, "steps", 5, 1, 20), QString()); });
}

QList<DemoTool> taskConformanceTools()
{
    QList<DemoTool> tools;
    DemoTool greet;
    greet.name = QStringLiteral("greet");
    greet.description = QStringLiteral("Says hello (never a task).");
    greet.inputSchema = objectSchema({{"name", {{"type", "string"}}}});
    greet.modernOnly = true;
    greet.run = [](DemoToolCall *call) {
        call->finishText(QStringLiteral("Hello, %1!").arg(QString::fromStdString(jsonStdString(call->arguments(), "name", "World"))));
    };
    tools << greet << slowCompute();
    tools << taskTool("failing_job", "A task that ends with a tool error.", objectSchema(), DemoTool::TaskSupport::Required,
                      [](DemoTask *task) {
                          after(task, 1000, [](DemoTask *t) { t->complete(textResult(QStringLiteral("The job failed: the input was rejected."), true)); });
                      });
    tools << taskTool("protocol_error_job", "A task that fails with a JSON-RPC error.", objectSchema(), DemoTool::TaskSupport::Required,
                      [](DemoTask *task) {
                          after(task, 200, [](DemoTask *t) { t->failWith(-32603, QStringLiteral("Internal error: the job crashed")); });
                      });
    tools << taskTool("confirm_delete", "Asks for confirmation, then deletes (pretends to).",
                      objectSchema({{"filename", {{"type", "string"}}}}), DemoTool::TaskSupport::Required, [](DemoTask *task) {
                          const QString file = QString::fromStdString(jsonStdString(task->arguments(), "filename", "file.txt"));
                          const QString key = task->ask(confirmForm("Delete this file?"), QStringLiteral("Waiting for confirmation"));
                          QObject::connect(task, &DemoTask::inputArrived, task, [task, key, file] {
                              const bool yes = acceptedField(task->answer(key), "confirm") == true;
                              task->complete(textResult(yes ? QStringLiteral("Deleted %1").arg(file) : QStringLiteral("Kept %1").arg(file)));
                          }, Qt::SingleShotConnection);
                      });
    tools << taskTool("multi_input", "Asks two questions at once.", objectSchema(), DemoTool::TaskSupport::Required, [](DemoTask *task) {
        const QString a = task->ask(elicitForm("Your name?", {{"name", {{"type", "string"}}}}, json::array({"name"})), QStringLiteral("Waiting for input"));
        const QString b = task->ask(confirmForm("Proceed?"), QStringLiteral("Waiting for input"));
        QObject::connect(task, &DemoTask::inputArrived, task, [task, a, b] {
            const json name = acceptedField(task->answer(a), "name");
            task->complete(textResult(QStringLiteral("Got %1 and %2").arg(name.is_string() ? QString::fromStdString(name.get<std::string>()) : QStringLiteral("no name"),
                                                                        acceptedField(task->answer(b), "confirm") == true ? QStringLiteral("yes") : QStringLiteral("no"))));
        }, Qt::SingleShotConnection);
    });
    DemoTool composed = taskTool("test_tool_with_task", "Asks for a name (MRTR), then works on it as a task.", objectSchema(),
                                 DemoTool::TaskSupport::Required, [](DemoTask *task) {
                                     const QString name = QString::fromStdString(jsonStdString(task->gathered(), "user_name"));
                                     after(task, 300, [name](DemoTask *t) { t->complete(textResult(QStringLiteral("Hello, %1, from a task!").arg(name))); });
                                 });
    composed.beforeTask = [](const DemoInputRound &in) -> json {
        const QString name = in.elicitedText("user_name", "name");
        if (name.isEmpty())
            return in.inputRequired({{"user_name", elicitForm("What is your name?", {{"name", {{"type", "string"}}}}, json::array({"name"}))}});
        return json{{"user_name", name.toStdString()}};
    };
    tools << composed;
    return tools;
}

} // namespace mcpc::demo
