#include "http/httpserver.h"

#include "http/httpconnection.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "util/logging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace mcpc::http {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(address, port)) {
        m_listenError = m_server->serverError();
        const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        if (m_listenError == QAbstractSocket::AddressInUseError)
            return std::unexpected(Error::make(ErrorKind::Connection,
                                               QStringLiteral("port %1 is in use").arg(port)));
        return std::unexpected(Error::make(ErrorKind::Connection,
                                           QStringLiteral("cannot listen on %1: %2")
                                               .arg(where, m_server->errorString())));
    }
    m_listenError = QAbstractSocket::UnknownSocketError;
    qCDebug(lcHttpServer) << "listening on" << baseUrl();
    return {};
}

void HttpServer::close()
{
    m_server->close();
    const QList<QPointer<HttpConnection>> connections = m_connections;
    m_connections.clear();
    for (const QPointer<HttpConnection> &c : connections) {
        if (c)
            c->shutdown();
    }
    if (!connections.isEmpty())
        Q_EMIT connectionCountChanged(0);
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_server->serverAddress();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress a = address();
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4)
        a = QHostAddress::LocalHost;
    else if (a == QHostAddress::AnyIPv6)
        a = QHostAddress::LocalHostIPv6;
    url.setHost(a.toString());
    url.setPort(port());
    return url;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            qCWarning(lcHttpServer) << "too many connections; refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        HttpHandler handler = m_handler;
        if (!handler) {
            handler = [this](const HttpRequest &request, HttpResponder responder) {
                m_router.handle(request, std::move(responder));
            };
        }
        auto *connection = new HttpConnection(socket, m_limits, std::move(handler), this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            m_connections.removeAll(connection);
            m_connections.removeAll(nullptr);
            Q_EMIT connectionCountChanged(connectionCount());
        });
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

} // namespace mcpc::http
