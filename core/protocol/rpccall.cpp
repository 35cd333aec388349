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
    if (!m_outcome.isFinished())
        m_client->cancel(this, reason);
}

void RpcCall::succeed(nlohmann::json result)
{
    if (m_outcome.succeed(std::move(result)))
        finish();
}

void RpcCall::fail(Error error)
{
    if (m_outcome.fail(std::move(error)))
        finish();
}

void RpcCall::finish()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc
