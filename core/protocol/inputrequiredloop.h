#pragma once

#include "protocol/inputprovider.h"
#include "protocol/mcpclient.h"
#include "protocol/taskpoller.h"
#include "protocol/outcome.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace mcpc {

class RpcCall;

// One request that may need input from the user (MCP 2026-07-28 multi round-trip
// requests, SEP-2322): tools/call, prompts/get or resources/read. A result with
// resultType "input_required" lists inputRequests (elicitation forms, roots, sampling)
// and maybe an opaque requestState; the loop answers them through the InputProvider and
// re-issues the original request on a fresh JSON-RPC id with params.inputResponses (this
// round's answers, keyed as the server keyed its requests) and requestState echoed
// exactly (left out when there was none). A missing resultType, or "complete", ends it.
//
// Bounded: after maxRounds answered rounds the next input_required fails. Nothing is
// retried blindly: a malformed input_required, a sampling request (we have no model) or
// a request the provider cannot answer ends the loop with a clear error.
//
// Same shape as RpcCall: finished() exactly once, then it deletes itself on the next
// event-loop turn (read result() inside the slot).
class InputRequiredLoop : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxRounds = 10;
    static constexpr int MaxInputRequestsPerRound = 16;

    // `provider` may be null: then any elicitation fails the loop with InputNeeded. It
    // must outlive the loop.
    InputRequiredLoop(McpClient *client, QString method, nlohmann::json params, InputProvider *provider,
                      CallOptions options = {}, QObject *parent = nullptr);

    void setMaxRounds(int rounds) { m_maxRounds = rounds; }
    // Delay before re-sending when the server gave only a requestState (load shedding):
    // nothing else slows such a loop down.
    void setStateOnlyPacingMs(int ms) { m_pacingMs = ms; }
    // How a task's polls are timed (tests drive it by hand); default: QTimer.
    void setTaskScheduler(TaskPoller::Scheduler scheduler) { m_taskScheduler = std::move(scheduler); }
    void start();
    // Stops the request in flight (notifications/cancelled) or the pending question.
    void cancel(const QString &reason = QString());

    QString method() const { return m_method; }
    bool isFinished() const { return m_outcome.isFinished(); }
    bool ok() const { return m_outcome.ok(); }
    const nlohmann::json &result() const { return m_outcome.result(); }
    const Error &error() const { return m_outcome.error(); }
    int rounds() const { return m_rounds; } // input_required answers so far

Q_SIGNALS:
    // Progress of the request in flight (total < 0 when the server did not say).
    void progress(double progress, double total, const QString &message);
    // The loop is waiting for the user (true) or talking to the server again (false).
    void waitingForInput(bool waiting);
    // tools/call only: the server made the call a task (Tasks extension); the loop now
    // follows it with a TaskPoller and reports each status until the task ends.
    void taskStatus(const QString &taskId, mcpc::TaskStatus status, const QString &message);
    void finished();

private:
    void sendRound();
    void onRoundFinished(RpcCall *call);
    void onInputRequired(const nlohmann::json &result);
    void followTask(const nlohmann::json &created);
    void askNext();
    void onAnswer(const QString &key, const Result<ElicitationAnswer> &answer);
    void succeed(nlohmann::json result);
    void fail(Error error);
    void finish();

    QPointer<McpClient> m_client;
    QString m_method;
    nlohmann::json m_params;
    InputProvider *m_provider;
    CallOptions m_options;
    int m_maxRounds = DefaultMaxRounds;
    int m_pacingMs = 250;

    QPointer<RpcCall> m_call;
    QPointer<TaskPoller> m_task;
    TaskPoller::Scheduler m_taskScheduler;
    int m_rounds = 0;
    std::optional<std::string> m_requestState;   // exactly as received
    nlohmann::json m_responses = nlohmann::json::object();
    QList<ElicitationRequest> m_questions;
    bool m_asking = false;

    Outcome m_outcome;
};

} // namespace mcpc
