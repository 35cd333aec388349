#include "transport/autohttptransport.h"

#include "transport/httpauthenticator.h"
#include "transport/legacyssetransport.h"
#include "transport/streamablehttptransport.h"
#include "util/logging.h"

namespace mcpc {

AutoHttpTransport::AutoHttpTransport(const QUrl &url, http::HttpClient *client, QObject *parent)
    : Transport(parent)
    , m_url(url)
    , m_client(client)
    , m_streamable(new StreamableHttpTransport(url, client, this))
{
    m_streamable->setFallbackDetection(true);
    forward(m_streamable);
    connect(m_streamable, &StreamableHttpTransport::fallbackSuggested, this, &AutoHttpTransport::fallBack);
}

AutoHttpTransport::~AutoHttpTransport() = default;

void AutoHttpTransport::forward(Transport *t)
{
    connect(t, &Transport::opened, this, &Transport::opened);
    connect(t, &Transport::messageReceived, this, &Transport::messageReceived);
    connect(t, &Transport::requestFailed, this, &Transport::requestFailed);
    connect(t, &Transport::sessionExpired, this, &Transport::sessionExpired);
    connect(t, &Transport::streamLost, this, &Transport::streamLost);
    connect(t, &Transport::failed, this, &Transport::failed);
    connect(t, &Transport::closed, this, &Transport::closed);
    connect(t, &Transport::diagnostic, this, &Transport::diagnostic);
    connect(t, &Transport::authorizationPending, this, &Transport::authorizationPending);
}

Transport *AutoHttpTransport::active() const
{
    return m_legacy ? static_cast<Transport *>(m_legacy) : static_cast<Transport *>(m_streamable);
}

void AutoHttpTransport::setAuthenticator(HttpAuthenticator *auth)
{
    m_auth = auth;
    m_streamable->setAuthenticator(auth);
    if (m_legacy)
        m_legacy->setAuthenticator(auth);
}

void AutoHttpTransport::setStandaloneStreamEnabled(bool enabled)
{
    m_streamable->setStandaloneStreamEnabled(enabled);
}

void AutoHttpTransport::open()
{
    m_streamable->setMaxMessageBytes(maxMessageBytes());
    m_streamable->open();
}

void AutoHttpTransport::fallBack(const OutgoingMessage &initialize, const Error &reason)
{
    qCInfo(lcHttp) << "Streamable HTTP refused (" << reason.code << "); trying legacy HTTP+SSE";
    Q_EMIT diagnostic(QStringLiteral("The server answered HTTP %1 to Streamable HTTP; trying the older HTTP+SSE transport.")
                          .arg(reason.code));
    m_legacy = new LegacySseTransport(m_url, m_client, this);
    m_legacy->setMaxMessageBytes(maxMessageBytes());
    m_legacy->setAuthenticator(m_auth);
    connect(m_legacy, &Transport::messageReceived, this, &Transport::messageReceived);
    connect(m_legacy, &Transport::requestFailed, this, &Transport::requestFailed);
    connect(m_legacy, &Transport::sessionExpired, this, &Transport::sessionExpired);
    connect(m_legacy, &Transport::closed, this, &Transport::closed);
    connect(m_legacy, &Transport::diagnostic, this, &Transport::diagnostic);
    connect(m_legacy, &Transport::authorizationPending, this, &Transport::authorizationPending);
    connect(m_legacy, &Transport::opened, this, [this, initialize] { m_legacy->send(initialize); });
    // Both attempts failed: report the first answer too, it is usually the telling one.
    connect(m_legacy, &Transport::failed, this, [this, initialize, reason](const Error &e) {
        if (m_legacy->postEndpoint().isEmpty()) {
            Error combined = reason;
            combined.message = QStringLiteral("%1 (and the legacy SSE fallback failed: %2)").arg(reason.message, e.message);
            Q_EMIT requestFailed(initialize.idKey, combined);
        } else {
            Q_EMIT failed(e);
        }
    });
    m_legacy->open();
}

void AutoHttpTransport::send(const OutgoingMessage &message)
{
    active()->send(message);
}

void AutoHttpTransport::close()
{
    active()->close();
}

void AutoHttpTransport::setNegotiatedVersion(const QString &version)
{
    active()->setNegotiatedVersion(version);
}

void AutoHttpTransport::initialized()
{
    active()->initialized();
}

void AutoHttpTransport::resetSession()
{
    active()->resetSession();
}

void AutoHttpTransport::responseArrived(const QByteArray &idKey)
{
    active()->responseArrived(idKey);
}

void AutoHttpTransport::abandon(const QByteArray &idKey)
{
    active()->abandon(idKey);
}

QString AutoHttpTransport::describe() const
{
    return active()->describe();
}

} // namespace mcpc
