#include "transport/httpauthenticator.h"

#include <QTimer>

namespace mcpc {

HttpAuthenticator::~HttpAuthenticator() = default;

void HttpAuthenticator::prepare()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT ready(); });
}

StaticHeaderAuthenticator::StaticHeaderAuthenticator(QList<QPair<QByteArray, QByteArray>> headers, QObject *parent)
    : HttpAuthenticator(parent)
    , m_headers(std::move(headers))
{
}

void StaticHeaderAuthenticator::handleChallenge(const AuthChallenge &challenge)
{
    const QString what = challenge.httpStatus == 403 ? QStringLiteral("refused access (403)")
                                                     : QStringLiteral("rejected the credentials (401)");
    const Error e = Error::make(ErrorKind::Auth, QStringLiteral("The server %1.").arg(what), challenge.httpStatus,
        m_headers.isEmpty() ? QStringLiteral("This server needs sign-in: run `mcp-connect-cli login TARGET`.")
                            : QStringLiteral("Check the header value stored for this server."));
    QTimer::singleShot(0, this, [this, e] { Q_EMIT challengeResolved(false, e); });
}

} // namespace mcpc
