#pragma once

#include "transport/httpcommon.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;

namespace mcpc {

class SseParser;
namespace http {
class ClientReply;
class HttpClient;
}

// The optional standalone GET stream of a Streamable HTTP session: server messages not
// tied to a request (tools/list_changed...). 405 means the server offers none. A dropped
// stream reconnects after the server's retry delay, resuming with Last-Event-ID.
class NotificationStream : public QObject
{
    Q_OBJECT
public:
    using HeaderSource = std::function<http::HeaderList()>;
    NotificationStream(const QUrl &endpoint, http::HttpClient *client, HeaderSource headers, qsizetype maxEventBytes,
                       QObject *parent = nullptr);
    ~NotificationStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void messageReceived(const QByteArray &frame);
    void diagnostic(const QString &line);

private:
    void onData();
    void onFinished();

    QUrl m_endpoint;
    http::HttpClient *m_client;
    HeaderSource m_headers;
    qsizetype m_maxEventBytes;
    QPointer<http::ClientReply> m_reply;
    std::unique_ptr<SseParser> m_parser;
    QByteArray m_lastEventId;
    int m_failures = 0;
    QTimer *m_retry;
    bool m_stopped = false;
};

} // namespace mcpc
