#pragma once

#include "demo/demoauth.h"
#include "demo/demoinputround.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mcpc::demo {

class DemoTask;

// One running tools/call. The tool reads its (already validated) arguments, may report
// progress or log messages, and finishes exactly once, synchronously or later. When the
// client cancels, cancelled() fires and finishing becomes a no-op, so async tools stop
// their timers there (or simply check isCancelled()).
class DemoToolCall : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const nlohmann::json &message)>;

    DemoToolCall(nlohmann::json arguments, DemoAuthContext auth, nlohmann::json progressToken,
                 QObject *parent = nullptr);

    const nlohmann::json &arguments() const { return m_arguments; }
    const DemoAuthContext &auth() const { return m_auth; }
    bool hasProgressToken() const { return !m_progressToken.is_null(); }

    // notifications/progress for the request's progressToken (dropped without one).
    void progress(double value, std::optional<double> total = std::nullopt, const QString &message = {});
    // notifications/message, subject to the session's logging/setLevel threshold.
    void log(const QString &level, const nlohmann::json &data);

    void finish(nlohmann::json result); // a CallToolResult
    void finishText(const QString &text, bool isError = false);
    void cancel(); // from notifications/cancelled, or when the session ends

    // MCP 2026-07-28: inputResponses, the opened requestState and the client's capabilities.
    const DemoInputRound &input() const { return m_input; }
    void setInput(DemoInputRound input) { m_input = std::move(input); }

    // 2025 era: whether the session's client declared a capability (sampling, elicitation).
    bool clientHas(const QString &capability) const { return m_clientCapabilities.contains(capability); }
    void setClientCapabilities(QStringList capabilities) { m_clientCapabilities = std::move(capabilities); }

    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // Wiring done by the server before the tool runs.
    void setNotificationSink(Sink sink) { m_notify = std::move(sink); }
    void setLogFilter(std::function<bool(const QString &level)> filter) { m_logFilter = std::move(filter); }
    // Receives the result, or null when the call was cancelled (no response is due).
    void setResultSink(Sink sink) { m_result = std::move(sink); }
    // 2025 era: sends a request to the client (sampling/createMessage, elicitation/create)
    // on this call's stream; onResponse gets the client's response object (result or error).
    using ClientRequester = std::function<void(const QString &method, const nlohmann::json &params, Sink onResponse)>;
    void setClientRequester(ClientRequester requester) { m_askClient = std::move(requester); }
    // Asks the client; without a way to reach it (modern era, JSON-only client) onResponse
    // gets an error at once. Nothing arrives after the call finished or was cancelled.
    void askClient(const QString &method, const nlohmann::json &params, Sink onResponse);

Q_SIGNALS:
    void cancelled();
    void done(); // finished or cancelled

private:
    nlohmann::json m_arguments;
    DemoAuthContext m_auth;
    nlohmann::json m_progressToken;
    Sink m_notify;
    Sink m_result;
    std::function<bool(const QString &)> m_logFilter;
    ClientRequester m_askClient;
    QStringList m_clientCapabilities;
    DemoInputRound m_input;
    bool m_cancelled = false;
    bool m_finished = false;
};

// A tool the demo server offers. requiredScopes are checked through the auth gate
// before run() is called (HTTP 403 insufficient_scope when missing).
struct DemoTool
{
    QString name;
    QString title;
    QString description;
    nlohmann::json inputSchema = nlohmann::json{{"type", "object"}};
    nlohmann::json outputSchema;   // null = none
    nlohmann::json annotations;    // null = none
    QStringList requiredScopes;
    // Client capabilities (e.g. "sampling") a modern request must declare, else -32021.
    QStringList requiredClientCapabilities;
    bool modernOnly = false; // listed and callable only on MCP 2026-07-28 requests
    bool legacyOnly = false; // only in 2025-era sessions (it sends requests to the client)
    std::function<void(DemoToolCall *call)> run;
    // Tasks extension (SEP-2663): a modern client that declared it gets a task that
    // runTask drives in the background. Without the declaration an "optional" tool runs
    // synchronously through `run`, a "required" one answers -32021.
    enum class TaskSupport { None, Optional, Required };
    TaskSupport taskSupport = TaskSupport::None;
    std::function<void(DemoTask *task)> runTask;
    // Optional MRTR rounds before the task exists: an InputRequiredResult to ask more, or
    // the gathered values (an object) handed to the task (DemoTask::gathered()).
    std::function<nlohmann::json(const DemoInputRound &round)> beforeTask;

    nlohmann::json toJson() const; // the Tool object of tools/list
};

// Content block helpers.
nlohmann::json textContent(const QString &text);
nlohmann::json textResult(const QString &text, bool isError = false);

} // namespace mcpc::demo
