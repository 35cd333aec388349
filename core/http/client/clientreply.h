#pragma once

#include "http/httpheaders.h"
#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace mcpc::http {

struct ClientRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 0; // whole exchange; 0 = none (streams), else fails with Timeout
};

// One HTTP exchange made by HttpClient. Body bytes are delivered as they arrive
// (readyRead), so event streams work. Emits finished() exactly once.
class ClientReply : public QObject
{
    Q_OBJECT
public:
    explicit ClientReply(ClientRequest request, QObject *parent = nullptr);

    const ClientRequest &request() const { return m_request; }
    QUrl url() const { return m_request.url; }
    int status() const { return m_status; }          // 0 until headers arrive
    const HttpHeaders &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const { return m_headers.value(name); }
    QByteArray readAll() { return std::exchange(m_body, {}); }
    qsizetype bytesAvailable() const { return m_body.size(); }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_hasError; }
    const Error &error() const { return m_error; }
    // Stops the exchange; finished() follows with a Cancelled error unless already done.
    void abort();
    // Stops it with this error instead (used for the request timeout).
    void abortWith(const Error &error);

Q_SIGNALS:
    void headersReceived();
    void readyRead();
    void finished();
    void abortRequested();

private:
    friend class ClientConnection;
    friend class HttpClient;
    void setHeaders(int status, const HttpHeaders &headers);
    void appendBody(const QByteArray &bytes);
    void finish();
    void fail(const Error &error);

    ClientRequest m_request;
    int m_status = 0;
    HttpHeaders m_headers;
    QByteArray m_body;
    bool m_finished = false;
    bool m_hasError = false;
    bool m_gotBytes = false; // any response bytes at all (decides if a retry is safe)
    bool m_retried = false;  // already re-sent once after a stale keep-alive connection
    Error m_error;
};

} // namespace mcpc::http
