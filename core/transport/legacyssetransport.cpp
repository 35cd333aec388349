#include "transport/legacyssetransport.h"

#include "http/client/httpclient.h"
#include "transport/httpauthenticator.h"
#include "transport/httpcommon.h"
#include "transport/sseparser.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc {

LegacySseTransport::LegacySseTransport(const QUrl &sseUrl, http::HttpClient *client, QObject *parent)
    : Transport(parent)
    , m_sseUrl(sseUrl)
    , m_client(client)
{
}

LegacySseTransport::~LegacySseTransport()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
}

QString LegacySseTransport::describe() const
{
    return QStringLiteral("HTTP+SSE (2024-11-05)");
}

void LegacySseTransport::open()
{
    http::ClientRequest req;
    req.url = m_sseUrl;
    req.headers = http::baseHeaders("text/event-stream");
    http::appendAuthHeaders(req.headers, m_auth);
    m_parser = std::make_unique<SseParser>(maxMessageBytes());
    m_stream = m_client->send(req);
    connect(m_stream, &http::ClientReply::readyRead, this, &LegacySseTransport::onStreamData);
    connect(m_stream, &http::ClientReply::finished, this, &LegacySseTransport::onStreamFinished);
    m_openTimer = new QTimer(this);
    m_openTimer->setSingleShot(true);
    connect(m_openTimer, &QTimer::timeout, this, [this] {
        fail(Error::make(ErrorKind::Timeout,
            QStringLiteral("%1 opened no legacy SSE session (no `endpoint` event).").arg(m_sseUrl.toString())));
    });
    m_openTimer->start(m_openTimeoutMs);
}

void LegacySseTransport::onStreamData()
{
    if (!m_stream)
        return;
    const int status = m_stream->status();
    if (status != 200 || http::mediaType(m_stream) != "text/event-stream")
        return; // judged in onStreamFinished
    for (const SseEvent &ev : m_parser->feed(m_stream->readAll())) {
        if (ev.event == "endpoint") {
            if (m_open)
                continue;
            const QUrl endpoint = m_sseUrl.resolved(QUrl(QString::fromUtf8(ev.data.trimmed())));
            // The endpoint comes from the server; never let it send our messages (and
            // credentials) to another origin.
            if (endpoint.scheme() != m_sseUrl.scheme() || endpoint.host() != m_sseUrl.host()
                || endpoint.port(m_sseUrl.scheme() == u"https" ? 443 : 80) != m_sseUrl.port(m_sseUrl.scheme() == u"https" ? 443 : 80)) {
                fail(Error::make(ErrorKind::Protocol,
                    QStringLiteral("The server's SSE endpoint points to another origin (%1); refused.").arg(endpoint.toString())));
                return;
            }
            m_postUrl = endpoint;
            m_open = true;
            m_openTimer->stop();
            Q_EMIT opened();
        } else if ((ev.event.isEmpty() || ev.event == "message") && !ev.data.trimmed().isEmpty()) {
            if (!m_open)
                continue;
            Q_EMIT messageReceived(ev.data);
        }
        if (m_closing || m_failed)
            return;
    }
    if (m_parser->overflowed())
        fail(Error::make(ErrorKind::Protocol, QStringLiteral("The server sent an event over the size limit.")));
}

void LegacySseTransport::onStreamFinished()
{
    http::ClientReply *reply = m_stream;
    if (!reply)
        return;
    m_stream = nullptr;
    reply->deleteLater();
    if (m_closing || m_failed)
        return;
    const int status = reply->status();
    if (status == 0)
        fail(reply->error());
    else if (status != 200)
        fail(http::httpStatusError(status, reply->readAll(), m_sseUrl));
    else if (http::mediaType(reply) != "text/event-stream")
        fail(Error::make(ErrorKind::Protocol, QStringLiteral("%1 is not an SSE endpoint.").arg(m_sseUrl.toString())));
    else
        fail(Error::make(ErrorKind::Connection, QStringLiteral("The server closed the SSE stream.")));
}

void LegacySseTransport::send(const OutgoingMessage &message)
{
    if (!m_open || m_closing)
        return;
    http::ClientRequest req;
    req.method = "POST";
    req.url = m_postUrl;
    req.headers = http::baseHeaders("application/json, text/event-stream");
    req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    http::appendAuthHeaders(req.headers, m_auth);
    req.body = message.body;
    http::ClientReply *reply = m_client->send(req);
    connect(reply, &http::ClientReply::finished, this, [this, reply, message] {
        reply->deleteLater();
        const int status = reply->status();
        if (status >= 200 && status < 300 && !reply->hasError())
            return; // the answer comes on the stream
        const Error e = status == 0 ? reply->error() : http::httpStatusError(status, reply->readAll(), m_postUrl);
        if (message.kind == OutgoingMessage::Kind::Request)
            Q_EMIT requestFailed(message.idKey, e);
        else
            Q_EMIT diagnostic(QStringLiteral("A message could not be delivered: ") + e.message);
    });
}

void LegacySseTransport::fail(const Error &error)
{
    if (m_failed || m_closing)
        return;
    m_failed = true;
    if (m_openTimer)
        m_openTimer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    Q_EMIT failed(error);
}

void LegacySseTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_openTimer)
        m_openTimer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
}

} // namespace mcpc
