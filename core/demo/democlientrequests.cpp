#include "demo/democlientrequests.h"

namespace mcpc::demo {

using nlohmann::json;

json clientRequestError(const json &id, const QString &message)
{
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", -32603}, {"message", message.toStdString()}}}};
}

DemoClientRequests::~DemoClientRequests()
{
    failAll(QStringLiteral("the session ended before the client answered"));
}

json DemoClientRequests::open(const QString &method, const json &params, Handler handler)
{
    const json id = "demo-" + std::to_string(++m_counter);
    if (m_pending.size() >= kMaxPending) {
        handler(clientRequestError(id, QStringLiteral("too many requests to the client are waiting for an answer")));
        return json();
    }
    m_pending.insert(QString::fromStdString(id.dump()), std::move(handler));
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method.toStdString()}, {"params", params}};
}

bool DemoClientRequests::deliver(const json &response)
{
    if (!response.is_object() || !response.contains("id"))
        return false;
    const Handler handler = m_pending.take(QString::fromStdString(response.at("id").dump()));
    if (!handler)
        return false;
    handler(response);
    return true;
}

void DemoClientRequests::failAll(const QString &why)
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        it.value()(clientRequestError(json::parse(it.key().toStdString()), why));
}

} // namespace mcpc::demo
