#pragma once

#include "http/httphandler.h"
#include "http/httplimits.h"
#include "http/httprouter.h"
#include "util/error.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace mcpc::http {

class HttpConnection;
struct HttpLoad;

// A small embedded HTTP/1.1 server: keep-alive, pipelining, chunked request bodies,
// streaming responses, limits and idle timeouts. Event-driven only (no blocking waits).
// Requests go to router() unless setHandler() replaces it.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; } // for new connections
    const HttpLimits &limits() const { return m_limits; }
    HttpRouter &router() { return m_router; }
    void setHandler(HttpHandler handler); // empty = back to router()

    // port 0 = an ephemeral port; read it back with port().
    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close(); // stops listening and drops every connection (open streams see closed())
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QUrl baseUrl() const; // "http://127.0.0.1:PORT" ("[::1]" for IPv6)
    // Why the last listen() failed, e.g. AddressInUseError (the CLI words its own hint).
    QAbstractSocket::SocketError listenError() const { return m_listenError; }
    int connectionCount() const { return int(m_connections.size()); }
    int evictedCount() const { return m_evicted; } // connections dropped to make room (for tests)
    int newcomerCount() const; // connections within their grace that have sent nothing (for tests)

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    void onNewConnection();
    bool makeRoom();

    QTcpServer *m_server = nullptr;
    HttpLimits m_limits;
    HttpRouter m_router;
    HttpHandler m_handler;
    QList<QPointer<HttpConnection>> m_connections;
    std::shared_ptr<HttpLoad> m_load;
    int m_evicted = 0;
    QAbstractSocket::SocketError m_listenError = QAbstractSocket::UnknownSocketError;
};

} // namespace mcpc::http
