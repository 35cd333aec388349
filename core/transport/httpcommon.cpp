#include "transport/httpcommon.h"

#include "http/client/clientreply.h"
#include "transport/httpauthenticator.h"

#include <QNetworkReply>

namespace mcpc::http {

HeaderList baseHeaders(const QByteArray &accept)
{
    return {{"Accept", accept}, {"User-Agent", "mcp-connect/" MCPC_VERSION}};
}

void appendAuthHeaders(HeaderList &headers, const HttpAuthenticator *auth)
{
    if (auth)
        headers += auth->headers();
}

QByteArray mediaType(const ClientReply *reply)
{
    QByteArray ct = reply->header("Content-Type");
    const qsizetype semi = ct.indexOf(';');
    if (semi >= 0)
        ct.truncate(semi);
    return ct.trimmed().toLower();
}

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(600)).simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

Error httpStatusError(int status, const QByteArray &body, const QUrl &url)
{
    const QString excerpt = bodyExcerpt(body);
    QString msg = QStringLiteral("%1 answered HTTP %2").arg(url.toString()).arg(status);
    if (!excerpt.isEmpty())
        msg += QStringLiteral(": ") + excerpt;
    const ErrorKind kind = (status == 401 || status == 403) ? ErrorKind::Auth
                         : status >= 500                   ? ErrorKind::Server
                                                           : ErrorKind::Protocol;
    QString hint;
    if (status == 404)
        hint = QStringLiteral("Check the path: MCP servers usually live at /mcp (or /sse for old ones).");
    else if (status == 406)
        hint = QStringLiteral("The server rejected our Accept header; it may not be an MCP endpoint.");
    else if (status >= 300 && status < 400)
        hint = QStringLiteral("The server redirects elsewhere; MCP Connect does not follow redirects. Use the final URL.");
    return Error::make(kind, msg, status, hint);
}

QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept)
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", accept);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("mcp-connect/" MCPC_VERSION));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return req;
}

int statusCode(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Error networkError(const QNetworkReply *reply, const QUrl &url)
{
    const QString where = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorKind::Connection, QStringLiteral("Connection refused by %1.").arg(where), 0,
            QStringLiteral("Is the server running, and listening on this port? Check the URL %1.").arg(url.toString()));
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorKind::Connection, QStringLiteral("The host %1 could not be found.").arg(url.host()), 0,
            QStringLiteral("Check the spelling of the URL and your network connection."));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error::make(ErrorKind::Timeout, QStringLiteral("%1 did not answer in time.").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorKind::Connection,
            QStringLiteral("The HTTPS connection to %1 failed: %2").arg(where, reply->errorString()), 0,
            QStringLiteral("The server's certificate is not trusted by this system. If it uses a private CA, add it to the OS certificate store."));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Error::make(ErrorKind::Connection,
            QStringLiteral("%1 redirected somewhere MCP Connect will not follow (%2).").arg(where, reply->errorString()));
    default:
        return Error::make(ErrorKind::Connection, QStringLiteral("Network error talking to %1: %2").arg(where, reply->errorString()));
    }
}

bool isValidSessionId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 1024)
        return false;
    for (char c : id)
        if (c < 0x21 || c > 0x7E)
            return false;
    return true;
}

} // namespace mcpc::http
