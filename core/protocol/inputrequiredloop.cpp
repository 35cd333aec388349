#include "protocol/inputrequiredloop.h"

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
}

void InputRequiredLoop::start()
{
    sendRound();
}

void InputRequiredLoop::cancel(const QString &reason)
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(reason); // finishes the call with Cancelled, which ends the loop
        return;
    }
    fail(Error::make(ErrorKind::Cancelled, reason.isEmpty() ? QStringLiteral("Cancelled.") : reason));
}

void InputRequiredLoop::sendRound()
{
    if (m_finished)
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
    if (m_finished)
        return;
    if (!call->ok())
        return fail(call->error());
    const json &result = call->result();
    const auto type = result.is_object() ? result.find("resultType") : result.end();
    if (!result.is_object() || type == result.end() || *type == "complete")
        return succeed(result);
    if (*type == "input_required")
        return onInputRequired(result);
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
        if (auto ok = collect(*requests); !ok)
            return fail(ok.error());
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

Result<bool> InputRequiredLoop::collect(const json &requests)
{
    if (!requests.is_object())
        return std::unexpected(protocolError(QStringLiteral("The server's inputRequests is not an object.")));
    if (requests.size() > size_t(MaxInputRequestsPerRound))
        return std::unexpected(protocolError(QStringLiteral("The server asked for %1 inputs at once; MCP Connect answers at most %2.")
                                                 .arg(requests.size()).arg(MaxInputRequestsPerRound)));
    // Check every request before asking anything: a person should not fill in a form
    // for a round that then fails on the next entry.
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const json &r = it.value();
        const std::string method = r.is_object() && r.contains("method") && r["method"].is_string() ? r["method"].get<std::string>() : std::string();
        const json params = r.is_object() ? r.value("params", json::object()) : json();
        if (method.empty() || !params.is_object())
            return std::unexpected(protocolError(QStringLiteral("The server's input request '%1' has no method or no params object.").arg(key)));
        if (method == "elicitation/create") {
            auto q = elicitationRequestFrom(key, params, m_client ? m_client->serverInfo().displayName() : QString());
            if (!q)
                return std::unexpected(q.error());
            m_questions.append({std::move(*q)});
        } else if (method == "roots/list") {
            json roots = json::array();
            if (m_provider)
                for (const RootEntry &root : m_provider->roots()) {
                    json e{{"uri", root.uri.toStdString()}};
                    if (!root.name.isEmpty())
                        e["name"] = root.name.toStdString();
                    roots.push_back(std::move(e));
                }
            m_responses[it.key()] = json{{"roots", roots}};
        } else if (method == "sampling/createMessage") {
            return std::unexpected(Error::make(ErrorKind::Unavailable,
                QStringLiteral("The server asked MCP Connect to run a language model (sampling/createMessage). MCP Connect has no model, so it cannot answer."),
                0, QStringLiteral("Use this tool from an AI client that supports sampling.")));
        } else {
            return std::unexpected(protocolError(QStringLiteral("The server's input request '%1' uses %2, which is not an input request MCP knows.")
                                                     .arg(key, QString::fromStdString(method))));
        }
    }
    return true;
}

void InputRequiredLoop::askNext()
{
    if (m_finished)
        return;
    if (m_questions.isEmpty()) {
        Q_EMIT waitingForInput(false);
        return sendRound();
    }
    const Question q = m_questions.takeFirst();
    if (!m_provider)
        return fail(Error::make(ErrorKind::InputNeeded, QStringLiteral("The server needs input: %1").arg(q.request.message)));
    m_asking = true;
    const int round = m_rounds;
    QPointer<InputRequiredLoop> self(this);
    const QString key = q.request.key;
    m_provider->elicit(q.request, this, [self, round, key](Result<ElicitationAnswer> answer) {
        if (!self || self->m_finished || !self->m_asking || self->m_rounds != round)
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
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

void InputRequiredLoop::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failed = true;
    m_asking = false;
    m_error = std::move(error);
    qCDebug(lcInput) << m_method << "failed:" << m_error.message;
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc
