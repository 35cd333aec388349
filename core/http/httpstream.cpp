#include "http/httpstream.h"

#include "http/httpconnection.h"

namespace mcpc::http {

HttpStream::HttpStream(HttpConnection *connection, bool chunked)
    : QObject(connection)
    , m_connection(connection)
    , m_chunked(chunked)
{
}

bool HttpStream::write(QByteArrayView data)
{
    if (!m_open || !m_connection)
        return false;
    return m_connection->writeStream(this, data);
}

void HttpStream::end()
{
    if (m_open && m_connection)
        m_connection->endStream(this);
}

void HttpStream::markClosed(bool clientGone)
{
    if (!m_open)
        return;
    m_open = false;
    m_clientGone = clientGone;
    Q_EMIT closed();
}

} // namespace mcpc::http
