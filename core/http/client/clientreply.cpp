#include "http/client/clientreply.h"

namespace mcpc::http {

ClientReply::ClientReply(ClientRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

void ClientReply::abort()
{
    abortWith(Error::make(ErrorKind::Cancelled, QStringLiteral("The request was cancelled.")));
}

void ClientReply::abortWith(const Error &error)
{
    if (m_finished)
        return;
    Q_EMIT abortRequested();
    fail(error);
}

void ClientReply::setHeaders(int status, const HttpHeaders &headers)
{
    m_status = status;
    m_headers = headers;
    m_gotBytes = true;
    Q_EMIT headersReceived();
}

void ClientReply::appendBody(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_finished)
        return;
    m_body.append(bytes);
    Q_EMIT readyRead();
}

void ClientReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void ClientReply::fail(const Error &error)
{
    if (m_finished)
        return;
    m_hasError = true;
    m_error = error;
    finish();
}

} // namespace mcpc::http
