#include "protocol/inputrequiredloop.h"

#include "protocol/inputrequests.h"
#include "protocol/rpccall.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInput, "mcpc.protocol.input", QtWarningMsg)

using nlohmann::json;

namespace mcpc {

namespace {

Error protocolError(const QString &message)
{
    return Error::make(ErrorKind::Protocol, message);
}

} // namespace

InputRequiredLoop::InputRequiredLoop(McpClient *client, QString method, json params, InputProvider *provider,
                                     CallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_params(params.is_object() ? std::move(params) : json::object())
    , m_provider(provider)
    , m_options(options)
{
    // Only tools/call may become a task (SEP-2663), so only it declares the extension.
    m_options.acceptsTasks = m_method == QLatin1String("tools/call");
}

void InputRequiredLoop::start()
{
    sendRound();
}

void InputRequiredLoop::cancel(const QString &reason)
{
    if (m_outcome.isFinished())
        return;
    if (m_call) {
        m_call->cancel(reason); // finishes the call with Cancelled, which ends the loop
        return;
    }
    if (m_task) {
        m_task->cancel(reason); // tasks/cancel, then the poller ends the loop
        return;
    }
    fail(Error::make(ErrorKind::Cancelled, reason.isEmpty() ? QStringLiteral("Cancelled.") : reason));
}

void InputRequiredLoop::sendRound()
{
    if (m_outcome.isFinished())
        return;
    if (!m_client)
        return fail(Error::make(ErrorKind::Connection, QStringLiteral("The connection is closed.")));
    // Always the ORIGINAL params plus this round's answers: nothing from earlier rounds,
    // and no requestState unless the server sent one.
    json params = m_params;
    params.erase("inputResponses");
    params.erase("requestState");
    if (!m_responses.empty())
        params["inputResponses"] = m_responses;
    if (m_requestState)
        params["requestState"] = *m_requestState;
    m_responses = json::object();
    qCDebug(lcInput) << m_method << "round" << m_rounds;
    m_call = m_client->call(m_method, std::move(params), m_options);
    connect(m_call, &RpcCall::progress, this, &InputRequiredLoop::progress);
    RpcCall *call = m_call;
    connect(call, &RpcCall::finished, this, [this, call] { onRoundFinished(call); });
}

void InputRequiredLoop::onRoundFinished(RpcCall *call)
{
    m_call = nullptr;
    if (m_outcome.isFinished())
        return;
    if (!call->ok())
        return fail(call->error());
    const json &result = call->result();
    const auto type = result.is_object() ? result.find("resultType") : result.end();
    if (!result.is_object() || type == result.end() || *type == "complete")
        return succeed(result);
    if (*type == "input_required")
        return onInputRequired(result);
    if (*type == "task" && m_options.acceptsTasks)
        return followTask(result);
    return fail(protocolError(QStringLiteral("The server answered %1 with resultType %2, which MCP Connect does not understand.")
                                  .arg(m_method, QString::fromStdString(type->dump()))));
}

void InputRequiredLoop::onInputRequired(const json &result)
{
    if (m_rounds >= m_maxRounds)
        return fail(Error::make(ErrorKind::Server,
            QStringLiteral("The server still asked for input after %1 rounds, so MCP Connect stopped answering (%2 may be stuck in a loop).")
                .arg(m_maxRounds).arg(m_method)));
    ++m_rounds;
    m_requestState.reset();
    const auto state = result.find("requestState");
    if (state != result.end()) {
        if (!state->is_string())
            return fail(protocolError(QStringLiteral("The server's input_required result has a requestState that is not a string.")));
        m_requestState = state->get<std::string>();
    }
    const auto requests = result.find("inputRequests");
    const bool hasRequests = requests != result.end() && !requests->is_null() && !(requests->is_object() && requests->empty());
    if (!hasRequests && !m_requestState)
        return fail(protocolError(QStringLiteral("The server answered input_required but asked for nothing (no inputRequests, no requestState).")));
    m_questions.clear();
    m_responses = json::object();
    if (hasRequests) {
        auto collected = collectInputRequests(*requests, m_provider,
                                              m_client ? m_client->serverInfo().displayName() : QString(),
                                              MaxInputRequestsPerRound);
        if (!collected)
            return fail(collected.error());
        m_questions = collected->questions;
        m_responses = collected->responses;
    } else {
        // Only a requestState: the server asks us to come back (load shedding). Pace it.
        QTimer::singleShot(m_pacingMs, this, &InputRequiredLoop::sendRound);
        return;
    }
    if (m_questions.isEmpty())
        return sendRound();
    Q_EMIT waitingForInput(true);
    askNext();
}

void InputRequiredLoop::followTask(const json &created)
{
    m_task = new TaskPoller(m_client, m_provider, this);
    TaskPoller *task = m_task;
    if (m_taskScheduler)
        task->setScheduler(m_taskScheduler);
    connect(task, &TaskPoller::statusChanged, this, [this, task](TaskStatus status, const QString &message) {
        Q_EMIT taskStatus(task->taskId(), status, message);
    });
    connect(task, &TaskPoller::waitingForInput, this, &InputRequiredLoop::waitingForInput);
    connect(task, &TaskPoller::finished, this, [this, task] {
        m_task = nullptr;
        if (task->ok())
            succeed(task->result());
        else
            fail(task->error());
    });
    task->start(created);
}

void InputRequiredLoop::askNext()
{
    if (m_outcome.isFinished())
        return;
    if (m_questions.isEmpty()) {
        Q_EMIT waitingForInput(false);
        return sendRound();
    }
    const ElicitationRequest q = m_questions.takeFirst();
    if (!m_provider)
        return fail(Error::make(ErrorKind::InputNeeded, QStringLiteral("The server needs input: %1").arg(q.message)));
    m_asking = true;
    const int round = m_rounds;
    QPointer<InputRequiredLoop> self(this);
    const QString key = q.key;
    m_provider->elicit(q, this, [self, round, key](Result<ElicitationAnswer> answer) {
        if (!self || self->m_outcome.isFinished() || !self->m_asking || self->m_rounds != round)
            return; // the loop ended (or moved on) while the question was open
        self->onAnswer(key, answer);
    });
}

void InputRequiredLoop::onAnswer(const QString &key, const Result<ElicitationAnswer> &answer)
{
    m_asking = false;
    if (!answer)
        return fail(answer.error());
    m_responses[key.toStdString()] = answer->toJson();
    askNext();
}

void InputRequiredLoop::succeed(json result)
{
    if (m_outcome.succeed(std::move(result)))
        finish();
}

void InputRequiredLoop::fail(Error error)
{
    if (!m_outcome.fail(std::move(error)))
        return;
    qCDebug(lcInput) << m_method << "failed:" << m_outcome.error().message;
    finish();
}

void InputRequiredLoop::finish()
{
    m_asking = false;
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc
