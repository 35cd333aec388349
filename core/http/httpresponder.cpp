#include "http/httpresponder.h"

#include "http/httpconnection.h"

namespace mcpc::http {

HttpResponder::HttpResponder(std::shared_ptr<HttpExchange> exchange)
    : m_exchange(std::move(exchange))
{
}

void HttpResponder::send(const HttpResponse &response)
{
    if (!m_exchange || m_exchange->responded)
        return;
    m_exchange->responded = true;
    if (m_exchange->connection)
        m_exchange->connection->sendResponse(m_exchange->id, response);
}

HttpStream *HttpResponder::stream(int status, const HttpHeaders &headers)
{
    if (!m_exchange || m_exchange->responded)
        return nullptr;
    m_exchange->responded = true;
    if (!m_exchange->connection)
        return nullptr;
    return m_exchange->connection->startStream(m_exchange->id, status, headers);
}

bool HttpResponder::isConnected() const
{
    return m_exchange && m_exchange->connection && m_exchange->connection->isCurrent(m_exchange->id);
}

bool HttpResponder::hasResponded() const
{
    return m_exchange && m_exchange->responded;
}

} // namespace mcpc::http
