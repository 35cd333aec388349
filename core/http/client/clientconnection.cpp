#include "http/client/clientconnection.h"

#include "http/client/clientreply.h"
#include "http/client/socketerrors.h"
#include "util/logging.h"

#include <QSslSocket>
#include <QTimer>

namespace mcpc::http {

ClientConnection::ClientConnection(const QUrl &origin, const QNetworkProxy &proxy, int connectTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_originKey(originKeyFor(origin))
    , m_proxy(proxy)
{
    const bool tls = origin.scheme() == u"https";
    // A plain-http request through an HTTP proxy goes to the proxy in absolute-form;
    // everything else tunnels (CONNECT/SOCKS) through QAbstractSocket's own proxy support.
    m_absoluteForm = !tls && proxy.type() == QNetworkProxy::HttpProxy;
    m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket->setProxy(m_absoluteForm ? QNetworkProxy(QNetworkProxy::NoProxy) : proxy);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ClientConnection::onError);
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_connected = true;
            m_connectTimer->stop();
            writeRequest();
        });
        // Certificate problems are never ignored: the OS trust store decides.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            die(tlsError(errors, m_origin));
        });
    } else {
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            m_connectTimer->stop();
            writeRequest();
        });
    }
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    m_connectTimer->setInterval(connectTimeoutMs);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        die(Error::make(ErrorKind::Timeout, QStringLiteral("Could not connect to %1 in time.").arg(m_originKey), 0,
                        QStringLiteral("Check that the server is reachable from this machine (VPN, firewall, proxy).")));
    });
}

ClientConnection::~ClientConnection() = default;

QString ClientConnection::originKeyFor(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(url.port(url.scheme() == u"https" ? 443 : 80));
}

void ClientConnection::start(ClientReply *reply)
{
    m_reply = reply;
    m_parser = HttpResponseParser();
    m_parser.setRequestMethod(reply->request().method);
    connect(reply, &ClientReply::abortRequested, this, [this, reply] {
        if (m_reply == reply) {
            m_reply = nullptr;
            die(Error::make(ErrorKind::Cancelled, QStringLiteral("cancelled")));
        }
    });
    if (m_connected) {
        writeRequest();
        return;
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        connectSocket();
}

void ClientConnection::connectSocket()
{
    m_connectTimer->start();
    const quint16 defaultPort = m_origin.scheme() == u"https" ? 443 : 80;
    if (m_absoluteForm)
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    else if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->connectToHostEncrypted(m_origin.host(), quint16(m_origin.port(defaultPort)));
    else
        m_socket->connectToHost(m_origin.host(), quint16(m_origin.port(defaultPort)));
}

void ClientConnection::writeRequest()
{
    if (!m_reply)
        return;
    const ClientRequest &r = m_reply->request();
    QByteArray target = m_absoluteForm ? r.url.toEncoded(QUrl::RemoveFragment)
                                       : r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray head;
    head.reserve(256 + r.body.size());
    head += r.method + ' ' + target + " HTTP/1.1\r\nHost: " + r.url.host(QUrl::FullyEncoded).toLatin1();
    if (r.url.port() > 0)
        head += ':' + QByteArray::number(r.url.port());
    head += "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    if (m_absoluteForm && !m_proxy.user().isEmpty())
        head += "Proxy-Authorization: Basic " + (m_proxy.user() + u':' + m_proxy.password()).toUtf8().toBase64() + "\r\n";
    head += "\r\n";
    head += r.body;
    m_socket->write(head);
}

void ClientConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!m_reply) {
        // Bytes nobody asked for on an idle connection: the stream is out of sync.
        if (!bytes.trimmed().isEmpty())
            die(Error::make(ErrorKind::Protocol, QStringLiteral("unexpected data")));
        return;
    }
    QByteArray body;
    const bool hadHeaders = m_parser.headersComplete();
    const auto state = m_parser.feed(bytes, &body);
    if (state == HttpResponseParser::State::Error) {
        die(Error::make(ErrorKind::Protocol,
            QStringLiteral("%1 sent a malformed HTTP response (%2).").arg(m_originKey, QString::fromLatin1(m_parser.errorString()))));
        return;
    }
    QPointer<ClientReply> reply = m_reply;
    if (!hadHeaders && m_parser.headersComplete())
        reply->setHeaders(m_parser.status(), m_parser.headers());
    if (reply && !body.isEmpty())
        reply->appendBody(body);
    if (reply && m_reply == reply && m_parser.isDone())
        finishExchange();
}

void ClientConnection::finishExchange()
{
    QPointer<ClientReply> reply = m_reply;
    m_reply = nullptr;
    ++m_exchanges;
    const bool reusable = m_parser.keepAlive() && m_parser.leftover().trimmed().isEmpty();
    if (reply)
        reply->finish();
    if (!reusable) {
        die({});
        return;
    }
    if (!m_dead)
        Q_EMIT idle(this);
}

void ClientConnection::onDisconnected()
{
    if (m_reply && m_parser.headersComplete() && m_parser.closed() == HttpResponseParser::State::Done) {
        finishExchange(); // a close-delimited body ended
        return;
    }
    die(Error::make(ErrorKind::Connection, QStringLiteral("%1 closed the connection unexpectedly.").arg(m_originKey)));
}

void ClientConnection::onError()
{
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    die(socketError(m_socket, m_origin));
}

void ClientConnection::die(const Error &error)
{
    if (m_dead)
        return;
    m_dead = true;
    m_connectTimer->stop();
    m_socket->disconnect(this);
    m_socket->abort();
    QPointer<ClientReply> reply = std::exchange(m_reply, nullptr);
    if (reply && !reply->isFinished()) {
        if (m_exchanges > 0 && !reply->m_gotBytes && m_connected && error.kind == ErrorKind::Connection && !reply->m_retried)
            Q_EMIT staleRetry(reply);
        else
            reply->fail(error);
    }
    Q_EMIT dead(this);
}

} // namespace mcpc::http
