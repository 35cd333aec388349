// DemoRpc's half of the Tasks extension (io.modelcontextprotocol/tasks, SEP-2663):
// tools/call answered with a CreateTaskResult, and tasks/get, tasks/update, tasks/cancel.
// Only modern requests reach it; the extension does not exist in the 2025 revisions.
#include "demo/demorpc.h"
#include "util/jsonfield.h"

namespace mcpc::demo {

using nlohmann::json;

namespace {

constexpr const char *kTasksExtension = "io.modelcontextprotocol/tasks";

bool declaresTasks(const DemoRequestContext &ctx)
{
    if (!ctx.modern || !ctx.modern->clientCapabilities.is_object())
        return false;
    const json &caps = ctx.modern->clientCapabilities;
    const auto ext = caps.find("extensions");
    return ext != caps.end() && ext->is_object() && ext->contains(kTasksExtension) && ext->at(kTasksExtension).is_object();
}

json missingTasksCapability(const json &id, const QString &why)
{
    json e = DemoRpc::errorResponse(id, DemoModernRequest::MissingRequiredClientCapability, why);
    e["error"]["data"] = {{"requiredCapabilities", {{"extensions", {{kTasksExtension, json::object()}}}}}};
    return e;
}

} // namespace

bool DemoRpc::startTask(const json &id, const DemoTool &tool, const json &args, const DemoInputRound &round,
                        const DemoRequestContext &ctx, const Respond &respond)
{
    if (!declaresTasks(ctx)) {
        if (tool.taskSupport == DemoTool::TaskSupport::Optional && tool.run)
            return false; // runs synchronously, as for a client without the extension
        respond(missingTasksCapability(id, QStringLiteral("Tool %1 runs as a task; declare the %2 extension to call it")
                                               .arg(tool.name, QString::fromLatin1(kTasksExtension))));
        return true;
    }
    json gathered = json::object();
    if (tool.beforeTask) {
        gathered = tool.beforeTask(round);
        if (jsonStdString(gathered, "resultType") == "input_required") {
            respond(resultResponse(id, gathered));
            return true;
        }
    }
    DemoTask *task = m_tasks->create(args, ctx.modern->clientCapabilities);
    if (!task) {
        respond(errorResponse(id, InternalError, QStringLiteral("Too many tasks are running; try again later")));
        return true;
    }
    task->setGathered(gathered.is_object() ? gathered : json::object());
    task->setWorking(QStringLiteral("Started."));
    // Durable before the answer (SEP-2663): the task is in the store, so tasks/get works
    // as soon as the client reads this.
    json created = task->toJson(false);
    created["resultType"] = "task";
    respond(resultResponse(id, created));
    tool.runTask(task);
    return true;
}

json DemoRpc::handleTaskRequest(const json &id, const std::string &method, const json &params, const DemoRequestContext &ctx)
{
    if (!declaresTasks(ctx))
        return missingTasksCapability(id, QStringLiteral("%1 needs the %2 extension in clientCapabilities")
                                              .arg(QString::fromStdString(method), QString::fromLatin1(kTasksExtension)));
    const auto taskId = params.is_object() ? params.find("taskId") : params.end();
    if (!params.is_object() || taskId == params.end() || !taskId->is_string())
        return errorResponse(id, InvalidParams, QStringLiteral("taskId must be a string"));
    DemoTask *task = m_tasks->find(QString::fromStdString(taskId->get<std::string>()));
    if (!task)
        return errorResponse(id, InvalidParams, QStringLiteral("Unknown task: %1").arg(QString::fromStdString(taskId->get<std::string>()).left(200)));
    if (method == "tasks/get")
        return resultResponse(id, task->toJson(true));
    if (method == "tasks/update") {
        const auto responses = params.find("inputResponses");
        if (responses == params.end() || !responses->is_object())
            return errorResponse(id, InvalidParams, QStringLiteral("inputResponses must be an object"));
        task->deliver(*responses);
        return resultResponse(id, json::object()); // an ack: the state shows on tasks/get
    }
    task->cancel(); // tasks/cancel; a terminal task stays as it is (idempotent ack)
    return resultResponse(id, json::object());
}

} // namespace mcpc::demo
