#include "transport/httpcommon.h"

#include "http/client/clientreply.h"
#include "transport/httpauthenticator.h"

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
