#include "http/client/socketerrors.h"

#include <QAbstractSocket>

namespace mcpc::http {

namespace {
QString where(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == u"https" ? 443 : 80));
}
} // namespace

Error socketError(const QAbstractSocket *socket, const QUrl &url)
{
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return Error::make(ErrorKind::Connection, QStringLiteral("Connection refused by %1.").arg(where(url)), 0,
            QStringLiteral("Is the MCP server running, and listening on this port? Check the URL %1.").arg(url.toString()));
    case QAbstractSocket::HostNotFoundError:
        return Error::make(ErrorKind::Connection, QStringLiteral("The host %1 could not be found.").arg(url.host()), 0,
            QStringLiteral("Check the spelling of the URL and your network connection."));
    case QAbstractSocket::SocketTimeoutError:
        return Error::make(ErrorKind::Timeout, QStringLiteral("%1 did not answer in time.").arg(where(url)));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error::make(ErrorKind::Connection,
            QStringLiteral("The HTTPS connection to %1 failed: %2").arg(where(url), socket->errorString()), 0,
            QStringLiteral("Make sure the server speaks HTTPS on this port and its certificate is valid."));
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyProtocolError:
        return Error::make(ErrorKind::Connection, QStringLiteral("The proxy failed: %1").arg(socket->errorString()), 0,
            QStringLiteral("MCP Connect uses the system proxy settings (http_proxy, https_proxy, no_proxy); check them."));
    case QAbstractSocket::RemoteHostClosedError:
        return Error::make(ErrorKind::Connection, QStringLiteral("%1 closed the connection unexpectedly.").arg(where(url)));
    default:
        return Error::make(ErrorKind::Connection, QStringLiteral("Network error talking to %1: %2").arg(where(url), socket->errorString()));
    }
}

Error tlsError(const QList<QSslError> &errors, const QUrl &url)
{
    QStringList what;
    for (const QSslError &e : errors)
        what << e.errorString();
    return Error::make(ErrorKind::Connection,
        QStringLiteral("The certificate of %1 is not trusted: %2").arg(where(url), what.join(QStringLiteral("; "))), 0,
        QStringLiteral("If the server uses a private or corporate CA, add it to the operating system's certificate store; "
                       "MCP Connect trusts exactly what the OS trusts."));
}

} // namespace mcpc::http
