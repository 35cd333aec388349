#pragma once

#include "http/httphandler.h"
#include "http/httplimits.h"
#include "http/httprequestparser.h"
#include "http/httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace mcpc::http {

class HttpStream;

// Server-wide counters every connection of one HttpServer shares.
struct HttpLoad
{
    int inFlight = 0; // requests handed to the handler and not yet answered (streams included)
};

// Server side of one TCP connection (internal to HttpServer). Requests are handled one
// at a time: a pipelined request waits in the parser until the previous response is
// complete, which keeps responses in request order without any queueing of answers.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, HttpHandler handler,
                   std::shared_ptr<HttpLoad> load, QObject *parent = nullptr);
    ~HttpConnection() override;

    void shutdown(); // server is closing: drop the connection now
    // Nothing being answered: an idle keep-alive or a half-sent request, which the server
    // may drop to make room for a new client.
    bool evictable() const { return !m_busy && !m_gone; }
    qint64 quietMs() const { return m_quiet.elapsed(); }
    // Connected less than graceMs ago and has sent nothing yet: give it its chance first.
    bool isNewcomer(qint64 graceMs) const { return !m_spoke && m_age.elapsed() < graceMs; }
    // Part of a request received, the rest not yet (a slow client, or a slow-loris one).
    bool isMidRequest() const { return !m_busy && m_deadlineStage != HttpRequestParser::Stage::Idle; }

    // Used by HttpResponder / HttpStream.
    void sendResponse(quint64 exchange, const HttpResponse &response);
    HttpStream *startStream(quint64 exchange, int status, const HttpHeaders &headers);
    bool writeStream(HttpStream *stream, QByteArrayView data);
    void endStream(HttpStream *stream);
    bool isCurrent(quint64 exchange) const { return m_busy && exchange == m_exchangeId; }

Q_SIGNALS:
    void finished(); // socket closed; the connection deletes itself later

private:
    void onReadyRead();
    void processBuffered();
    void dispatch(HttpRequest request);
    void responseComplete();
    void failAndClose(int status, const QByteArray &message);
    void onDisconnected();
    void writeRaw(QByteArrayView bytes);
    void updateDeadline();
    void releaseSlot();

    QTcpSocket *m_socket = nullptr;
    HttpLimits m_limits;
    HttpHandler m_handler;
    HttpRequestParser m_parser;
    QTimer m_idle;
    QTimer m_deadline; // header or body deadline of the request being received
    HttpRequestParser::Stage m_deadlineStage = HttpRequestParser::Stage::Idle;
    QElapsedTimer m_quiet; // since the request being received began, or the last answer went out
    QElapsedTimer m_age;   // since the connection was accepted
    bool m_spoke = false;  // has sent at least one byte
    std::shared_ptr<HttpLoad> m_load;
    bool m_counted = false; // holds one of m_load's in-flight slots
    QPointer<HttpStream> m_stream;
    quint64 m_exchangeId = 0;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    int m_versionMinor = 1;
    bool m_continueSent = false;
    bool m_closing = false;
    bool m_gone = false;
};

// Shared state behind HttpResponder copies.
class HttpExchange
{
public:
    HttpExchange(HttpConnection *owner, quint64 exchangeId)
        : connection(owner)
        , id(exchangeId)
    {
    }
    ~HttpExchange();
    QPointer<HttpConnection> connection;
    quint64 id = 0;
    bool responded = false;
};

} // namespace mcpc::http
