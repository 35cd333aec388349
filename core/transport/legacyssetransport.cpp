#include "transport/legacyssetransport.h"

#include "http/client/httpclient.h"
#include "transport/httpauthenticator.h"
#include "transport/httpcommon.h"
#include "transport/sseparser.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc {

LegacySseTransport::LegacySseTransport(const QUrl &sseUrl, http::HttpClient *client, QObject *parent)
    : Transport(parent)
    , m_sseUrl(sseUrl)
    , m_client(client)
{
}

LegacySseTransport::~LegacySseTransport()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
}

QString LegacySseTransport::describe() const
{
    return QStringLiteral("HTTP+SSE (2024-11-05)");
}

void LegacySseTransport::setAuthenticator(HttpAuthenticator *auth)
{
    if (m_auth)
        m_auth->disconnect(this);
    m_auth = auth;
    if (auth) {
        connect(auth, &HttpAuthenticator::challengeResolved, this, &LegacySseTransport::onChallengeResolved);
        connect(auth, &HttpAuthenticator::ready, this, &LegacySseTransport::onAuthReady);
    }
}

void LegacySseTransport::open()
{
    m_openTimer = new QTimer(this);
    m_openTimer->setSingleShot(true);
    connect(m_openTimer, &QTimer::timeout, this, [this] {
        fail(Error::make(ErrorKind::Timeout,
            QStringLiteral("%1 opened no legacy SSE session (no `endpoint` event).").arg(m_sseUrl.toString())));
    });
    if (m_auth && m_auth->needsPrepare()) {
        m_preparing = true;
        m_openAfterPrepare = true;
        m_auth->prepare();
        return;
    }
    openStream();
}

void LegacySseTransport::openStream()
{
    http::ClientRequest req;
    req.url = m_sseUrl;
    req.headers = http::baseHeaders("text/event-stream");
    http::appendAuthHeaders(req.headers, m_auth);
    m_parser = std::make_unique<SseParser>(maxMessageBytes());
    m_stream = m_client->send(req);
    connect(m_stream, &http::ClientReply::readyRead, this, &LegacySseTransport::onStreamData);
    connect(m_stream, &http::ClientReply::finished, this, &LegacySseTransport::onStreamFinished);
    m_openTimer->start(m_openTimeoutMs);
}

void LegacySseTransport::onStreamData()
{
    if (!m_stream)
        return;
    const int status = m_stream->status();
    if (status != 200 || http::mediaType(m_stream) != "text/event-stream")
        return; // judged in onStreamFinished
    for (const SseEvent &ev : m_parser->feed(m_stream->readAll())) {
        if (ev.event == "endpoint") {
            if (m_open)
                continue;
            const QUrl endpoint = m_sseUrl.resolved(QUrl(QString::fromUtf8(ev.data.trimmed())));
            // The endpoint comes from the server; never let it send our messages (and
            // credentials) to another origin.
            if (endpoint.scheme() != m_sseUrl.scheme() || endpoint.host() != m_sseUrl.host()
                || endpoint.port(m_sseUrl.scheme() == u"https" ? 443 : 80) != m_sseUrl.port(m_sseUrl.scheme() == u"https" ? 443 : 80)) {
                fail(Error::make(ErrorKind::Protocol,
                    QStringLiteral("The server's SSE endpoint points to another origin (%1); refused.").arg(endpoint.toString())));
                return;
            }
            m_postUrl = endpoint;
            m_open = true;
            m_openTimer->stop();
            Q_EMIT opened();
        } else if ((ev.event.isEmpty() || ev.event == "message") && !ev.data.trimmed().isEmpty()) {
            if (!m_open)
                continue;
            Q_EMIT messageReceived(ev.data);
        }
        if (m_closing || m_failed)
            return;
    }
    if (m_parser->overflowed())
        fail(Error::make(ErrorKind::Protocol, QStringLiteral("The server sent an event over the size limit.")));
}

void LegacySseTransport::onStreamFinished()
{
    http::ClientReply *reply = m_stream;
    if (!reply)
        return;
    m_stream = nullptr;
    reply->deleteLater();
    if (m_closing || m_failed)
        return;
    const int status = reply->status();
    // One retry of the GET per challenge; a 403 after the 401's retry may still step up
    // (the authenticator stops when the same challenge comes twice).
    const bool mayAsk = m_streamRetriedAfter == 0 || (status == 403 && m_streamRetriedAfter == 401);
    if ((status == 401 || status == 403) && m_auth && !m_open && mayAsk) {
        m_openTimer->stop(); // a sign-in may take the user minutes
        askAuthenticator(status, reply->headers().values("WWW-Authenticate"), m_sseUrl, [this, status](bool retry, const Error &e) {
            if (m_closing || m_failed)
                return;
            if (!retry)
                return fail(e);
            m_streamRetriedAfter = status;
            openStream();
        });
        return;
    }
    if (status == 0)
        fail(reply->error());
    else if (status == 401 || status == 403)
        fail(authError(status, reply->readAll(), m_sseUrl, m_streamRetriedAfter != 0));
    else if (status != 200)
        fail(http::httpStatusError(status, reply->readAll(), m_sseUrl));
    else if (http::mediaType(reply) != "text/event-stream")
        fail(Error::make(ErrorKind::Protocol, QStringLiteral("%1 is not an SSE endpoint.").arg(m_sseUrl.toString())));
    else
        fail(Error::make(ErrorKind::Connection, QStringLiteral("The server closed the SSE stream.")));
}

void LegacySseTransport::send(const OutgoingMessage &message)
{
    if (!m_open || m_closing)
        return;
    if (m_auth && (m_preparing || m_auth->needsPrepare())) {
        m_heldForPrepare.append(message);
        if (!m_preparing) {
            m_preparing = true;
            m_auth->prepare();
        }
        return;
    }
    post(message, 0);
}

void LegacySseTransport::post(const OutgoingMessage &message, int retriedAfterStatus)
{
    http::ClientRequest req;
    req.method = "POST";
    req.url = m_postUrl;
    req.headers = http::baseHeaders("application/json, text/event-stream");
    req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    http::appendAuthHeaders(req.headers, m_auth);
    req.body = message.body;
    http::ClientReply *reply = m_client->send(req);
    connect(reply, &http::ClientReply::finished, this, [this, reply, message, retriedAfterStatus] {
        reply->deleteLater();
        if (m_closing || m_failed)
            return;
        const int status = reply->status();
        if (status >= 200 && status < 300 && !reply->hasError())
            return; // the answer comes on the stream
        const bool mayAsk = retriedAfterStatus == 0 || (status == 403 && retriedAfterStatus == 401);
        if ((status == 401 || status == 403) && m_auth && mayAsk) {
            askAuthenticator(status, reply->headers().values("WWW-Authenticate"), m_postUrl,
                             [this, message, status](bool retry, const Error &e) {
                if (m_closing || m_failed)
                    return;
                if (retry)
                    return post(message, status);
                if (message.kind == OutgoingMessage::Kind::Request)
                    Q_EMIT requestFailed(message.idKey, e);
                else
                    Q_EMIT diagnostic(QStringLiteral("A message could not be delivered: ") + e.message);
            });
            return;
        }
        const Error e = status == 0 ? reply->error()
                        : (status == 401 || status == 403) ? authError(status, reply->readAll(), m_postUrl, retriedAfterStatus != 0)
                                                           : http::httpStatusError(status, reply->readAll(), m_postUrl);
        if (message.kind == OutgoingMessage::Kind::Request)
            Q_EMIT requestFailed(message.idKey, e);
        else
            Q_EMIT diagnostic(QStringLiteral("A message could not be delivered: ") + e.message);
    });
}

void LegacySseTransport::askAuthenticator(int status, const QList<QByteArray> &challenges, const QUrl &url, AuthWaiter then)
{
    m_authWaiters.append(std::move(then));
    if (m_authInProgress)
        return; // one challenge at a time; everyone waiting gets its outcome
    m_authInProgress = true;
    Q_EMIT authorizationPending(true);
    AuthChallenge challenge;
    challenge.httpStatus = status;
    challenge.wwwAuthenticate = challenges;
    challenge.resourceUrl = url;
    m_auth->handleChallenge(challenge);
}

void LegacySseTransport::onChallengeResolved(bool retry, const Error &error)
{
    if (!m_authInProgress)
        return; // another transport sharing the authenticator asked
    m_authInProgress = false;
    Q_EMIT authorizationPending(false);
    const QList<AuthWaiter> waiters = std::exchange(m_authWaiters, {});
    for (const AuthWaiter &w : waiters)
        w(retry, error);
}

void LegacySseTransport::onAuthReady()
{
    if (!m_preparing)
        return;
    m_preparing = false;
    if (std::exchange(m_openAfterPrepare, false))
        return openStream();
    const QList<OutgoingMessage> held = std::exchange(m_heldForPrepare, {});
    for (const OutgoingMessage &m : held)
        post(m, 0);
}

Error LegacySseTransport::authError(int status, const QByteArray &body, const QUrl &url, bool afterSignIn) const
{
    Error e = http::httpStatusError(status, body, url);
    e.kind = ErrorKind::Auth;
    if (afterSignIn)
        e.message = QStringLiteral("The server still answered HTTP %1 after signing in.").arg(status);
    else if (status == 401)
        e.message = QStringLiteral("The server requires sign-in (HTTP 401).");
    if (e.hint.isEmpty())
        e.hint = QStringLiteral("Sign in with `mcp-connect-cli login <server>`, or check the credentials for this server.");
    return e;
}

void LegacySseTransport::fail(const Error &error)
{
    if (m_failed || m_closing)
        return;
    m_failed = true;
    if (m_openTimer)
        m_openTimer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    Q_EMIT failed(error);
}

void LegacySseTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_openTimer)
        m_openTimer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
}

} // namespace mcpc
