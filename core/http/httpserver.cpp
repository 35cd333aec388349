#include "http/httpserver.h"

#include "http/httpconnection.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "util/logging.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace mcpc::http {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_load(std::make_shared<HttpLoad>())
{
    // Queued: QTcpServer accepts in a loop for as long as connections are waiting and we
    // take them, so a reconnect flood (each accept at the cap evicts one, whose owner connects
    // again at once) would keep it in that loop forever and no request would ever be read.
    // Taken later, at most its pending batch (maxPendingConnections) is accepted per pass
    // of the event loop, and the reads of the connections already open go in between.
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection, Qt::QueuedConnection);
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
    m_server->setListenBacklogSize(m_limits.listenBacklog);
#ifdef Q_OS_UNIX
    // Past the descriptor limit accept() fails and nobody is served; stay under it (with
    // room for the files and outgoing sockets the process also needs) and evict instead.
    struct rlimit rl = {};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        m_limits.maxConnections = int(std::clamp<rlim_t>(std::min<rlim_t>(rlim_t(m_limits.maxConnections), rl.rlim_cur / 2 + 1), 1, 1 << 20));
#endif
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
        if (m_connections.size() >= m_limits.maxConnections && !makeRoom()) {
            qCWarning(lcHttpServer) << "every connection is being answered; refusing a new one";
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
        auto *connection = new HttpConnection(socket, m_limits, std::move(handler), m_load, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            m_connections.removeAll(connection);
            m_connections.removeAll(nullptr);
            Q_EMIT connectionCountChanged(connectionCount());
        });
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

int HttpServer::newcomerCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(), [this](const QPointer<HttpConnection> &c) {
        return c && c->isNewcomer(m_limits.newcomerGraceMs);
    }));
}

// Makes room for a new client by dropping one connection with nothing in flight, in this
// order: the half-sent request that began longest ago (what a slow-loris crowd holds),
// then the keep-alive connection quiet longest (a client between two requests), and only
// then a newcomer that has not spoken yet. So a flood of reconnecting half-requests that
// keeps the server at its cap churns among itself, and neither a client just accepted nor
// one between two requests of its session is the next victim.
bool HttpServer::makeRoom()
{
    HttpConnection *victim = nullptr;
    int victimRank = 3;
    for (const QPointer<HttpConnection> &c : std::as_const(m_connections)) {
        if (!c || !c->evictable())
            continue;
        const int rank = c->isMidRequest() ? 0 : c->isNewcomer(m_limits.newcomerGraceMs) ? 2 : 1;
        if (rank < victimRank || (rank == victimRank && c->quietMs() > victim->quietMs())) {
            victim = c;
            victimRank = rank;
        }
    }
    if (!victim)
        return false;
    qCDebug(lcHttpServer) << "at the connection cap: dropping one quiet for" << victim->quietMs() << "ms, rank" << victimRank;
    ++m_evicted;
    victim->shutdown(); // finished() takes it out of m_connections
    m_connections.removeAll(nullptr);
    return true;
}

} // namespace mcpc::http
