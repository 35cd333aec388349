#include "protocol/rpccall.h"

#include "protocol/mcpclient.h"

namespace mcpc {

RpcCall::RpcCall(McpClient *client, QString method)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
{
}

void RpcCall::cancel(const QString &reason)
{
    if (!m_finished)
        m_client->cancel(this, reason);
}

void RpcCall::succeed(nlohmann::json result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

void RpcCall::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failed = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc
