#include "http/httpconnection.h"

#include "http/httpresponder.h"
#include "http/httpstream.h"
#include "util/logging.h"

#include <QTcpSocket>

namespace mcpc::http {

HttpExchange::~HttpExchange()
{
    if (!responded && connection && connection->isCurrent(id)) {
        qCWarning(lcHttpServer) << "handler dropped a request without answering it";
        connection->sendResponse(id, HttpResponse::text(500, QStringLiteral("no response\n")));
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, HttpHandler handler,
                               std::shared_ptr<HttpLoad> load, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_parser(limits)
    , m_load(std::move(load))
{
    m_quiet.start();
    m_age.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcHttpServer) << "request not received in time; closing";
        failAndClose(408, m_deadlineStage == HttpRequestParser::Stage::Body
                              ? QByteArrayLiteral("The request body did not arrive in time.")
                              : QByteArrayLiteral("The request header did not arrive in time."));
    });
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            qCDebug(lcHttpServer) << "closing idle connection";
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection()
{
    if (m_stream)
        m_stream->markClosed(true);
}

void HttpConnection::shutdown()
{
    m_closing = true;
    m_socket->abort();
    if (!m_gone)
        onDisconnected();
}

void HttpConnection::writeRaw(QByteArrayView bytes)
{
    if (!m_gone)
        m_socket->write(bytes.data(), bytes.size());
}

void HttpConnection::onReadyRead()
{
    if (m_gone)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_spoke = m_spoke || !bytes.isEmpty();
    if (m_closing)
        return; // after an error answer nothing more is read
    m_parser.append(bytes);
    if (m_busy) {
        // A client may pipeline, but not without bound while we are still answering.
        if (m_parser.bufferedBytes() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
            qCWarning(lcHttpServer) << "client sent too much while a response was pending";
            m_socket->abort();
        }
        return;
    }
    m_idle.start();
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_busy || m_closing || m_gone)
        return;
    const HttpRequestParser::State state = m_parser.parse();
    updateDeadline();
    switch (state) {
    case HttpRequestParser::State::Incomplete:
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpRequestParser::State::Error:
        failAndClose(m_parser.errorStatus(), m_parser.errorMessage());
        return;
    case HttpRequestParser::State::Complete:
        dispatch(m_parser.takeRequest());
        return;
    }
}

void HttpConnection::updateDeadline()
{
    const HttpRequestParser::Stage stage = m_parser.stage();
    if (stage == m_deadlineStage)
        return; // a deadline runs from the start of its stage: trickled bytes do not extend it
    if (m_deadlineStage == HttpRequestParser::Stage::Idle)
        m_quiet.start(); // a request began: its age, not its trickle, decides eviction
    m_deadlineStage = stage;
    if (stage == HttpRequestParser::Stage::Idle)
        m_deadline.stop();
    else
        m_deadline.start(stage == HttpRequestParser::Stage::Header ? m_limits.headerTimeoutMs : m_limits.bodyTimeoutMs);
}

void HttpConnection::releaseSlot()
{
    if (m_counted && m_load)
        --m_load->inFlight;
    m_counted = false;
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_deadline.stop();
    m_deadlineStage = HttpRequestParser::Stage::Idle;
    if (m_load && m_load->inFlight >= m_limits.maxInFlight) {
        qCWarning(lcHttpServer) << "too many requests in flight; answering 503";
        failAndClose(503, QByteArrayLiteral("The server is busy with other requests; try again in a moment."));
        return;
    }
    if (m_load) {
        ++m_load->inFlight;
        m_counted = true;
    }
    m_busy = true;
    m_idle.stop();
    m_continueSent = false;
    ++m_exchangeId;
    m_keepAlive = request.keepAlive();
    m_headRequest = request.method == "HEAD";
    m_versionMinor = request.versionMinor;
    request.peerAddress = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    request.localPort = m_socket->localPort();
    qCDebug(lcHttpServer).noquote() << request.method << request.path;
    HttpResponder responder(std::make_shared<HttpExchange>(this, m_exchangeId));
    if (m_handler)
        m_handler(request, std::move(responder));
    // The responder may have been copied into an async callback; if the last copy died
    // unanswered, ~HttpExchange already sent a 500.
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    qCDebug(lcHttpServer) << "rejecting request:" << status << message;
    HttpHeaders h;
    h.set("Content-Type", "text/plain; charset=utf-8");
    h.set("Content-Length", QByteArray::number(message.size() + 1));
    h.set("Connection", "close");
    if (status == 503)
        h.set("Retry-After", "1");
    writeRaw(QByteArray(HttpResponse::serializeHead(status, h, 1) + message + '\n'));
    m_closing = true;
    m_socket->disconnectFromHost(); // flushes the answer first
}

void HttpConnection::sendResponse(quint64 exchange, const HttpResponse &response)
{
    if (!isCurrent(exchange) || m_stream || m_gone)
        return;
    HttpHeaders h = response.headers;
    h.remove("content-length");
    h.remove("transfer-encoding");
    h.remove("connection");
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    if (!bodyless)
        h.set("Content-Length", QByteArray::number(response.body.size()));
    if (!m_keepAlive)
        h.set("Connection", "close");
    QByteArray out = HttpResponse::serializeHead(response.status, h, m_versionMinor);
    if (!bodyless && !m_headRequest)
        out += response.body;
    writeRaw(out);
    responseComplete();
}

HttpStream *HttpConnection::startStream(quint64 exchange, int status, const HttpHeaders &headers)
{
    if (!isCurrent(exchange) || m_stream || m_gone)
        return nullptr;
    const bool chunked = m_versionMinor >= 1;
    HttpHeaders h = headers;
    h.remove("content-length");
    h.remove("transfer-encoding");
    h.remove("connection");
    if (chunked)
        h.set("Transfer-Encoding", "chunked");
    else
        m_keepAlive = false; // the end of the body is the end of the connection
    if (!m_keepAlive)
        h.set("Connection", "close");
    writeRaw(HttpResponse::serializeHead(status, h, m_versionMinor));
    m_stream = new HttpStream(this, chunked);
    if (m_headRequest)
        endStream(m_stream);
    return m_stream;
}

bool HttpConnection::writeStream(HttpStream *stream, QByteArrayView data)
{
    if (stream != m_stream || m_gone || data.isEmpty() || m_headRequest)
        return !m_gone && stream == m_stream;
    if (stream->m_chunked) {
        writeRaw(QByteArray(QByteArray::number(data.size(), 16) + "\r\n"));
        writeRaw(data);
        writeRaw("\r\n");
    } else {
        writeRaw(data);
    }
    return true;
}

void HttpConnection::endStream(HttpStream *stream)
{
    if (stream != m_stream || m_gone)
        return;
    if (stream->m_chunked && !m_headRequest)
        writeRaw("0\r\n\r\n");
    m_stream = nullptr;
    stream->markClosed(false);
    stream->deleteLater();
    responseComplete();
}

void HttpConnection::responseComplete()
{
    m_busy = false;
    releaseSlot();
    m_quiet.start();
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_idle.start();
    // Not recursive: a pipelined request that is answered synchronously would otherwise
    // nest one call per request.
    QTimer::singleShot(0, this, &HttpConnection::processBuffered);
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_idle.stop();
    m_deadline.stop();
    m_busy = false;
    releaseSlot();
    if (HttpStream *s = m_stream) {
        m_stream = nullptr;
        s->markClosed(true);
        s->deleteLater();
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace mcpc::http
