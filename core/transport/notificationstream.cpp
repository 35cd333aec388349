#include "transport/notificationstream.h"

#include "http/client/httpclient.h"
#include "transport/sseparser.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc {

namespace {
constexpr int kDefaultRetryMs = 1000;
constexpr int kMaxFailures = 5;
} // namespace

NotificationStream::NotificationStream(const QUrl &endpoint, http::HttpClient *client, HeaderSource headers,
                                       qsizetype maxEventBytes, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_client(client)
    , m_headers(std::move(headers))
    , m_maxEventBytes(maxEventBytes)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &NotificationStream::start);
}

NotificationStream::~NotificationStream()
{
    stop();
}

void NotificationStream::start()
{
    if (m_reply)
        return;
    m_stopped = false;
    http::ClientRequest req;
    req.url = m_endpoint;
    req.headers = m_headers();
    if (!m_lastEventId.isEmpty())
        req.headers.append(qMakePair(QByteArray("Last-Event-ID"), QByteArray(m_lastEventId)));
    m_parser = std::make_unique<SseParser>(m_maxEventBytes);
    m_reply = m_client->send(req);
    connect(m_reply, &http::ClientReply::readyRead, this, &NotificationStream::onData);
    connect(m_reply, &http::ClientReply::finished, this, &NotificationStream::onFinished);
}

void NotificationStream::stop()
{
    m_stopped = true;
    m_retry->stop();
    if (http::ClientReply *r = m_reply) {
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void NotificationStream::onData()
{
    if (m_reply->status() != 200 || http::mediaType(m_reply) != "text/event-stream")
        return; // judged when it finishes
    m_failures = 0;
    for (const SseEvent &ev : m_parser->feed(m_reply->readAll())) {
        if ((ev.event.isEmpty() || ev.event == "message") && !ev.data.trimmed().isEmpty())
            Q_EMIT messageReceived(ev.data);
        if (m_stopped)
            return;
    }
    if (!m_parser->lastEventId().isEmpty())
        m_lastEventId = m_parser->lastEventId();
}

void NotificationStream::onFinished()
{
    http::ClientReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_stopped)
        return;
    const int status = reply->status();
    if (status == 405) {
        qCDebug(lcHttp) << "server offers no standalone GET stream (405)";
        return;
    }
    if (status != 200 && status != 0) {
        Q_EMIT diagnostic(QStringLiteral("The server's notification stream answered HTTP %1; live updates are off.").arg(status));
        return;
    }
    if (++m_failures > kMaxFailures) {
        Q_EMIT diagnostic(QStringLiteral("The server's notification stream keeps dropping; live updates are off."));
        return;
    }
    m_retry->start(m_parser && m_parser->retryMs() ? *m_parser->retryMs() : kDefaultRetryMs);
}

} // namespace mcpc
