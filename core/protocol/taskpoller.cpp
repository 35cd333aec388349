#include "protocol/taskpoller.h"

#include "protocol/inputrequests.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/types.h"
#include "util/jsonfield.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTask, "mcpc.protocol.task", QtWarningMsg)

using nlohmann::json;

namespace mcpc {

namespace {

constexpr int MaxTaskIdLength = 1024;
constexpr int MaxInputRequestsPerPoll = 16;

Error protocolError(const QString &message)
{
    return Error::make(ErrorKind::Protocol, message);
}

std::optional<TaskStatus> parseStatus(const json &value)
{
    if (!value.is_string())
        return std::nullopt;
    const std::string s = value.get<std::string>();
    if (s == "working")
        return TaskStatus::Working;
    if (s == "input_required")
        return TaskStatus::InputRequired;
    if (s == "completed")
        return TaskStatus::Completed;
    if (s == "failed")
        return TaskStatus::Failed;
    if (s == "cancelled")
        return TaskStatus::Cancelled;
    return std::nullopt;
}

// An integer number of milliseconds, or nullopt (absent, null, fractional, negative).
std::optional<qint64> millis(const json &task, const char *key)
{
    auto it = task.find(key);
    if (it == task.end() || !it->is_number_integer())
        return std::nullopt;
    const qint64 v = it->get<qint64>();
    return v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QString taskStatusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Working: return QStringLiteral("working");
    case TaskStatus::InputRequired: return QStringLiteral("input_required");
    case TaskStatus::Completed: return QStringLiteral("completed");
    case TaskStatus::Failed: return QStringLiteral("failed");
    case TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

TaskPoller::TaskPoller(McpClient *client, InputProvider *provider, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_provider(provider)
{
    m_schedule = [this](int delayMs, std::function<void()> fire) { QTimer::singleShot(delayMs, this, std::move(fire)); };
}

void TaskPoller::start(const json &created)
{
    const auto id = created.is_object() ? created.find("taskId") : created.end();
    if (!created.is_object() || id == created.end() || !id->is_string() || id->get<std::string>().empty()
        || id->get<std::string>().size() > size_t(MaxTaskIdLength))
        return fail(protocolError(QStringLiteral("The server answered with a task but gave it no usable taskId.")));
    m_taskId = QString::fromStdString(id->get<std::string>());
    qCDebug(lcTask) << "task" << m_taskId << "created";
    if (auto ok = apply(created, true); !ok)
        return fail(ok.error());
    // A CreateTaskResult carries no result: even a "completed" seed is read with tasks/get.
    schedulePoll();
}

void TaskPoller::cancel(const QString &reason)
{
    if (m_outcome.isFinished() || m_cancelling)
        return;
    cancelOnServer(Error::make(ErrorKind::Cancelled,
        reason.isEmpty() ? QStringLiteral("Cancelled the task on the server.") : reason));
}

Result<bool> TaskPoller::apply(const json &task, bool created)
{
    if (!task.is_object())
        return std::unexpected(protocolError(QStringLiteral("The server's task state is not an object.")));
    if (!created) {
        const auto id = task.find("taskId");
        if (id != task.end() && (!id->is_string() || QString::fromStdString(id->get<std::string>()) != m_taskId))
            return std::unexpected(protocolError(QStringLiteral("The server answered tasks/get for task %1 with another task.").arg(m_taskId)));
    }
    const auto status = parseStatus(task.value("status", json()));
    if (!status)
        return std::unexpected(protocolError(QStringLiteral("The server reported task status %1, which is not a status the Tasks extension defines.")
                                                 .arg(QString::fromStdString(task.value("status", json()).dump()).left(80))));
    if (auto poll = millis(task, "pollIntervalMs"))
        m_pollMs = int(std::clamp<qint64>(*poll, MinPollMs, MaxPollMs));
    const auto ttl = task.find("ttlMs");
    m_ttlMs = (ttl != task.end() && ttl->is_number_integer() && ttl->get<qint64>() >= 0) ? ttl->get<qint64>() : -1;
    const QString message = jsonString(task, "statusMessage").left(500);
    if (*status != m_status || message != m_message || created) {
        m_status = *status;
        m_message = message;
        Q_EMIT statusChanged(m_status, m_message);
    }
    return true;
}

void TaskPoller::schedulePoll()
{
    if (m_outcome.isFinished() || m_cancelling)
        return;
    // The TTL is a backstop (SEP-2663): past it the server may drop the task at any time.
    if (m_ttlMs >= 0 && m_waitedMs > m_ttlMs + qint64(MaxPollMs))
        return cancelOnServer(Error::make(ErrorKind::Timeout,
            QStringLiteral("Task %1 was still %2 after its time-to-live of %3 s, so MCP Connect stopped waiting.")
                .arg(m_taskId, taskStatusName(m_status)).arg(m_ttlMs / 1000)));
    if (m_waitedMs >= m_maxWaitMs)
        return cancelOnServer(Error::make(ErrorKind::Timeout,
            QStringLiteral("Task %1 was still %2 after %3 s, so MCP Connect stopped waiting and cancelled it.")
                .arg(m_taskId, taskStatusName(m_status)).arg(m_waitedMs / 1000)));
    m_waitedMs += m_pollMs;
    QPointer<TaskPoller> self(this);
    m_schedule(m_pollMs, [self] {
        if (self)
            self->poll();
    });
}

void TaskPoller::poll()
{
    if (m_outcome.isFinished() || m_cancelling)
        return;
    if (!m_client)
        return fail(Error::make(ErrorKind::Connection, QStringLiteral("The connection closed while task %1 was running.").arg(m_taskId)));
    m_call = m_client->call(QStringLiteral("tasks/get"), json{{"taskId", m_taskId.toStdString()}}, CallOptions{.acceptsTasks = true});
    RpcCall *call = m_call;
    connect(call, &RpcCall::finished, this, [this, call] { onPolled(call); });
}

void TaskPoller::onPolled(RpcCall *call)
{
    m_call = nullptr;
    if (m_outcome.isFinished() || m_cancelling)
        return;
    if (!call->ok())
        return fail(call->error());
    const json &task = call->result();
    if (auto ok = apply(task, false); !ok)
        return cancelOnServer(ok.error());
    switch (m_status) {
    case TaskStatus::Working:
        return schedulePoll();
    case TaskStatus::InputRequired:
        return onInputRequired(task);
    case TaskStatus::Completed: {
        const auto r = task.find("result");
        if (r == task.end() || !r->is_object())
            return fail(protocolError(QStringLiteral("The server reported task %1 completed but sent no result.").arg(m_taskId)));
        return succeed(*r);
    }
    case TaskStatus::Failed: {
        const json e = task.value("error", json());
        const QString text = e.is_object() ? jsonString(e, "message") : QString();
        const int code = e.is_object() && e.value("code", json()).is_number_integer() ? e["code"].get<int>() : 0;
        return fail(Error::make(ErrorKind::Server,
            QStringLiteral("The task failed: %1").arg(!text.isEmpty() ? text : !m_message.isEmpty() ? m_message : QStringLiteral("no reason given")),
            code));
    }
    case TaskStatus::Cancelled:
        return fail(Error::make(ErrorKind::Cancelled,
            m_message.isEmpty() ? QStringLiteral("The server cancelled the task.")
                                : QStringLiteral("The server cancelled the task: %1").arg(m_message)));
    }
}

void TaskPoller::onInputRequired(const json &task)
{
    const auto requests = task.find("inputRequests");
    if (requests == task.end() || !requests->is_object())
        return cancelOnServer(protocolError(QStringLiteral("Task %1 needs input but its inputRequests is missing or not an object.").arg(m_taskId)));
    // Keys are unique over a task's life: one we answered may still show until the
    // server catches up (tasks/update is eventually consistent), so never ask it twice.
    json fresh = json::object();
    for (auto it = requests->begin(); it != requests->end(); ++it)
        if (!m_seenKeys.contains(QString::fromStdString(it.key())))
            fresh[it.key()] = it.value();
    if (fresh.empty())
        return schedulePoll();
    if (++m_inputRounds > MaxInputRounds)
        return cancelOnServer(Error::make(ErrorKind::Server,
            QStringLiteral("Task %1 asked for input more than %2 times, so MCP Connect stopped answering and cancelled it.")
                .arg(m_taskId).arg(MaxInputRounds)));
    auto collected = collectInputRequests(fresh, m_provider, m_client ? m_client->serverInfo().displayName() : QString(),
                                          MaxInputRequestsPerPoll);
    if (!collected)
        return cancelOnServer(collected.error());
    for (auto it = fresh.begin(); it != fresh.end(); ++it)
        m_seenKeys.insert(QString::fromStdString(it.key()));
    m_questions = collected->questions;
    m_responses = collected->responses;
    if (!m_questions.isEmpty())
        Q_EMIT waitingForInput(true);
    askNext();
}

void TaskPoller::askNext()
{
    if (m_outcome.isFinished() || m_cancelling)
        return;
    if (m_questions.isEmpty())
        return sendUpdate();
    const ElicitationRequest q = m_questions.takeFirst();
    if (!m_provider)
        return cancelOnServer(Error::make(ErrorKind::InputNeeded, QStringLiteral("The task needs input: %1").arg(q.message)));
    m_asking = true;
    QPointer<TaskPoller> self(this);
    const QString key = q.key;
    m_provider->elicit(q, this, [self, key](Result<ElicitationAnswer> answer) {
        if (!self || self->m_outcome.isFinished() || self->m_cancelling || !self->m_asking)
            return;
        self->m_asking = false;
        if (!answer)
            return self->cancelOnServer(answer.error());
        self->m_responses[key.toStdString()] = answer->toJson();
        if (self->m_questions.isEmpty())
            Q_EMIT self->waitingForInput(false);
        self->askNext();
    });
}

void TaskPoller::sendUpdate()
{
    if (!m_client)
        return fail(Error::make(ErrorKind::Connection, QStringLiteral("The connection closed while task %1 was running.").arg(m_taskId)));
    json params{{"taskId", m_taskId.toStdString()}, {"inputResponses", std::exchange(m_responses, json::object())}};
    m_call = m_client->call(QStringLiteral("tasks/update"), std::move(params), CallOptions{.acceptsTasks = true});
    RpcCall *call = m_call;
    connect(call, &RpcCall::finished, this, [this, call] {
        m_call = nullptr;
        if (m_outcome.isFinished() || m_cancelling)
            return;
        if (!call->ok())
            return fail(call->error());
        schedulePoll(); // the ack says nothing about the state: tasks/get does
    });
}

void TaskPoller::cancelOnServer(Error why)
{
    if (m_outcome.isFinished() || m_cancelling)
        return;
    m_cancelling = true;
    m_asking = false;
    if (m_call)
        m_call->cancel(QStringLiteral("The task is being cancelled."));
    m_call = nullptr;
    if (!m_client)
        return fail(std::move(why));
    qCDebug(lcTask) << "cancel task" << m_taskId << why.message;
    RpcCall *call = m_client->call(QStringLiteral("tasks/cancel"), json{{"taskId", m_taskId.toStdString()}},
                                   CallOptions{.timeoutMs = CancelTimeoutMs, .acceptsTasks = true});
    connect(call, &RpcCall::finished, this, [this, call, why] {
        Error e = why;
        if (!call->ok())
            e.hint = QStringLiteral("The server did not confirm the cancellation: %1").arg(call->error().message);
        m_cancelling = false;
        fail(std::move(e));
    });
}

void TaskPoller::succeed(json result)
{
    if (m_outcome.succeed(std::move(result)))
        finish();
}

void TaskPoller::fail(Error error)
{
    if (!m_outcome.fail(std::move(error)))
        return;
    qCDebug(lcTask) << "task" << m_taskId << "ended:" << m_outcome.error().message;
    finish();
}

void TaskPoller::finish()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc
