#pragma once

#include "protocol/inputprovider.h"
#include "protocol/outcome.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace mcpc {

class McpClient;
class RpcCall;

// The states of a task (Tasks extension io.modelcontextprotocol/tasks, SEP-2663).
enum class TaskStatus { Working, InputRequired, Completed, Failed, Cancelled };
QString taskStatusName(TaskStatus status); // the wire name, e.g. "input_required"

// Follows one task that a server created in answer to tools/call (resultType "task"):
// polls tasks/get at the server's pollIntervalMs, reports each status, answers the
// task's inputRequests through the InputProvider and sends them with tasks/update, and
// asks the server to stop with tasks/cancel. Ends with finished() exactly once: ok() and
// result() (the CallToolResult of a completed task), or error() (failed, cancelled,
// expired, or a server that broke the protocol). Deletes itself afterwards.
//
// Bounded: a task that stays non-terminal longer than maxWaitMs (or past its ttlMs), a
// status we do not know, a mismatched taskId or more than MaxInputRounds rounds of
// input all end it with a clear error. Time is counted in poll delays, through an
// injectable scheduler, so tests drive it without sleeping.
class TaskPoller : public QObject
{
    Q_OBJECT
public:
    using Scheduler = std::function<void(int delayMs, std::function<void()> fire)>;

    static constexpr int DefaultPollMs = 1000;  // when the server suggests none
    static constexpr int MinPollMs = 100;        // never hammer a server, whatever it says
    static constexpr int MaxPollMs = 30'000;     // keep the status fresh enough to show
    static constexpr int DefaultMaxWaitMs = 60 * 60 * 1000;
    static constexpr int MaxInputRounds = 20;
    static constexpr int CancelTimeoutMs = 10'000;

    // `provider` may be null: then an input request ends the task with InputNeeded (and
    // cancels it on the server). It must outlive the poller.
    TaskPoller(McpClient *client, InputProvider *provider, QObject *parent = nullptr);

    // Checks the CreateTaskResult and starts polling; a malformed one fails at once.
    void start(const nlohmann::json &createTaskResult);
    // tasks/cancel, then finished() with a Cancelled error once the server acknowledged
    // (or did not answer within CancelTimeoutMs).
    void cancel(const QString &reason = QString());

    void setScheduler(Scheduler scheduler) { m_schedule = std::move(scheduler); }
    void setMaxWaitMs(int ms) { m_maxWaitMs = ms; }

    QString taskId() const { return m_taskId; }
    TaskStatus status() const { return m_status; }
    QString statusMessage() const { return m_message; }
    qint64 waitedMs() const { return m_waitedMs; }
    bool isFinished() const { return m_outcome.isFinished(); }
    bool ok() const { return m_outcome.ok(); }
    const nlohmann::json &result() const { return m_outcome.result(); }
    const Error &error() const { return m_outcome.error(); }

Q_SIGNALS:
    void statusChanged(mcpc::TaskStatus status, const QString &message);
    void waitingForInput(bool waiting); // a question is open for the user
    void finished();

private:
    void schedulePoll();
    void poll();
    void onPolled(RpcCall *call);
    Result<bool> apply(const nlohmann::json &task, bool created); // status + bounds
    void onInputRequired(const nlohmann::json &task);
    void askNext();
    void sendUpdate();
    void cancelOnServer(Error why);
    void succeed(nlohmann::json result);
    void fail(Error error);
    void finish();

    QPointer<McpClient> m_client;
    InputProvider *m_provider;
    Scheduler m_schedule;
    int m_maxWaitMs = DefaultMaxWaitMs;

    QString m_taskId;
    TaskStatus m_status = TaskStatus::Working;
    QString m_message;
    int m_pollMs = DefaultPollMs;
    qint64 m_ttlMs = -1;          // -1: unlimited
    qint64 m_waitedMs = 0;        // sum of poll delays so far
    QPointer<RpcCall> m_call;     // tasks/get, tasks/update or tasks/cancel in flight
    QSet<QString> m_seenKeys;     // inputRequests keys asked already (never twice)
    QList<ElicitationRequest> m_questions;
    nlohmann::json m_responses = nlohmann::json::object();
    int m_inputRounds = 0;
    bool m_asking = false;
    bool m_cancelling = false;

    Outcome m_outcome;
};

} // namespace mcpc

Q_DECLARE_METATYPE(mcpc::TaskStatus)
