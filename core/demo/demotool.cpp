#include "demo/demotool.h"

#include <QPointer>

#include <cmath>

namespace mcpc::demo {

using nlohmann::json;

DemoToolCall::DemoToolCall(json arguments, DemoAuthContext auth, json progressToken, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_auth(std::move(auth))
    , m_progressToken(std::move(progressToken))
{
}

namespace {
// 3 rather than 3.0 on the wire when a value is whole; easier to read in logs.
json number(double d)
{
    return std::floor(d) == d && std::abs(d) < 1e15 ? json(qint64(d)) : json(d);
}
} // namespace

void DemoToolCall::progress(double value, std::optional<double> total, const QString &message)
{
    if (m_finished || m_cancelled || m_progressToken.is_null() || !m_notify)
        return;
    json params = {{"progressToken", m_progressToken}, {"progress", number(value)}};
    if (total)
        params["total"] = number(*total);
    if (!message.isEmpty())
        params["message"] = message.toStdString();
    m_notify(json{{"jsonrpc", "2.0"}, {"method", "notifications/progress"}, {"params", params}});
}

void DemoToolCall::log(const QString &level, const json &data)
{
    if (m_finished || m_cancelled || !m_notify || (m_logFilter && !m_logFilter(level)))
        return;
    m_notify(json{{"jsonrpc", "2.0"},
                  {"method", "notifications/message"},
                  {"params", {{"level", level.toStdString()}, {"logger", "demo"}, {"data", data}}}});
}

void DemoToolCall::finish(json result)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    if (m_result)
        m_result(result);
    Q_EMIT done();
}

void DemoToolCall::askClient(const QString &method, const json &params, Sink onResponse)
{
    if (!m_askClient) {
        onResponse(json{{"error", {{"code", -32603}, {"message", "this connection cannot carry requests to the client"}}}});
        return;
    }
    QPointer<DemoToolCall> self(this);
    m_askClient(method, params, [self, onResponse](const json &response) {
        if (self && !self->m_finished && !self->m_cancelled)
            onResponse(response);
    });
}

void DemoToolCall::finishText(const QString &text, bool isError)
{
    finish(textResult(text, isError));
}

void DemoToolCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelled();
    if (m_result)
        m_result(json());
    Q_EMIT done();
}

json DemoTool::toJson() const
{
    json t = {{"name", name.toStdString()}, {"inputSchema", inputSchema}};
    if (!title.isEmpty())
        t["title"] = title.toStdString();
    if (!description.isEmpty())
        t["description"] = description.toStdString();
    if (!outputSchema.is_null())
        t["outputSchema"] = outputSchema;
    if (!annotations.is_null())
        t["annotations"] = annotations;
    return t;
}

json textContent(const QString &text)
{
    return json{{"type", "text"}, {"text", text.toStdString()}};
}

json textResult(const QString &text, bool isError)
{
    json r = {{"content", json::array({textContent(text)})}};
    if (isError)
        r["isError"] = true;
    return r;
}

} // namespace mcpc::demo
