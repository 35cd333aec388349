#include "transport/streamablehttptransport.h"

#include "transport/httpauthenticator.h"
#include "transport/httpcommon.h"
#include "transport/sseparser.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace mcpc {

namespace {
constexpr int kDefaultRetryMs = 1000;  // when the server sent no retry: field
constexpr int kMaxResumeAttempts = 3;
constexpr int kMaxStandaloneFailures = 5;
constexpr int kCloseTimeoutMs = 3000;
const QByteArray kPostAccept = "application/json, text/event-stream";
} // namespace

struct StreamableHttpTransport::Exchange
{
    quint64 serial = 0;
    OutgoingMessage message;
    QPointer<QNetworkReply> reply;
    bool headersSeen = false;
    bool sse = false;
    int status = 0;
    QByteArray body;                    // JSON replies and error bodies
    std::unique_ptr<SseParser> parser;  // one per HTTP response
    QByteArray lastEventId;             // survives resumptions
    std::optional<int> retryMs;
    bool answered = false;
    bool authRetried = false;
    int challengeStatus = 0;            // the 401/403 that sent it to the authenticator
    int retriedAfterStatus = 0;         // set on the resend: which status it was retried for
    int resumeAttempts = 0;
    QTimer *resumeTimer = nullptr;
    QList<QByteArray> challenges;       // WWW-Authenticate values of a 401/403
};

StreamableHttpTransport::StreamableHttpTransport(const QUrl &endpoint, QNetworkAccessManager *network, QObject *parent)
    : Transport(parent)
    , m_endpoint(endpoint)
    , m_network(network)
{
}

StreamableHttpTransport::~StreamableHttpTransport()
{
    m_closing = true;
    for (auto &[serial, ex] : m_exchanges) {
        if (ex->reply) {
            ex->reply->disconnect(this);
            ex->reply->abort();
            ex->reply->deleteLater();
        }
    }
    if (m_getReply) {
        m_getReply->disconnect(this);
        m_getReply->abort();
        m_getReply->deleteLater();
    }
}

void StreamableHttpTransport::setAuthenticator(HttpAuthenticator *auth)
{
    if (m_auth)
        m_auth->disconnect(this);
    m_auth = auth;
    if (auth) {
        connect(auth, &HttpAuthenticator::challengeResolved, this, &StreamableHttpTransport::onChallengeResolved);
        connect(auth, &HttpAuthenticator::ready, this, &StreamableHttpTransport::onAuthReady);
    }
}

QString StreamableHttpTransport::describe() const
{
    return QStringLiteral("Streamable HTTP");
}

void StreamableHttpTransport::open()
{
    // Nothing to set up: the first POST (initialize) opens the conversation.
    QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
}

void StreamableHttpTransport::send(const OutgoingMessage &message)
{
    if (m_closing)
        return;
    if (m_auth && (m_preparing || m_auth->needsPrepare())) {
        m_heldForPrepare.append(message);
        if (!m_preparing) {
            m_preparing = true;
            m_auth->prepare();
        }
        return;
    }
    dispatch(message);
}

void StreamableHttpTransport::onAuthReady()
{
    if (!m_preparing)
        return;
    m_preparing = false;
    const QList<OutgoingMessage> held = std::exchange(m_heldForPrepare, {});
    for (const OutgoingMessage &m : held)
        dispatch(m);
}

void StreamableHttpTransport::dispatch(const OutgoingMessage &message, bool authRetried, int retriedAfterStatus)
{
    auto ex = std::make_unique<Exchange>();
    ex->serial = m_nextSerial++;
    ex->message = message;
    ex->authRetried = authRetried;
    ex->retriedAfterStatus = retriedAfterStatus;
    Exchange *raw = ex.get();
    m_exchanges.emplace(raw->serial, std::move(ex));
    post(raw);
}

void StreamableHttpTransport::applySessionHeaders(QNetworkRequest &req) const
{
    if (!m_sessionId.isEmpty())
        req.setRawHeader("Mcp-Session-Id", m_sessionId);
    if (!m_version.isEmpty())
        req.setRawHeader("MCP-Protocol-Version", m_version);
    http::applyAuthHeaders(req, m_auth);
}

void StreamableHttpTransport::post(Exchange *ex)
{
    QNetworkRequest req = http::makeRequest(m_endpoint, kPostAccept);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // The protocol version header follows negotiation; initialize goes without it.
    if (ex->message.isInitialize) {
        http::applyAuthHeaders(req, m_auth);
        if (!m_sessionId.isEmpty())
            req.setRawHeader("Mcp-Session-Id", m_sessionId);
    } else {
        applySessionHeaders(req);
    }
    qCDebug(lcHttp) << "POST" << m_endpoint.toString(QUrl::RemoveQuery) << ex->message.body.size() << "bytes";
    ex->reply = m_network->post(req, ex->message.body);
    m_sentFirstPost = true;
    watchReply(ex);
}

void StreamableHttpTransport::resume(Exchange *ex)
{
    ex->resumeTimer = nullptr;
    ex->headersSeen = false;
    ex->sse = false;
    ex->status = 0;
    ex->body.clear();
    ex->parser.reset();
    QNetworkRequest req = http::makeRequest(m_endpoint, "text/event-stream");
    applySessionHeaders(req);
    req.setRawHeader("Last-Event-ID", ex->lastEventId);
    qCDebug(lcHttp) << "resuming stream with Last-Event-ID, attempt" << ex->resumeAttempts;
    ex->reply = m_network->get(req);
    watchReply(ex);
}

void StreamableHttpTransport::watchReply(Exchange *ex)
{
    const quint64 serial = ex->serial;
    auto find = [this, serial]() -> Exchange * {
        auto it = m_exchanges.find(serial);
        return it == m_exchanges.end() ? nullptr : it->second.get();
    };
    QNetworkReply *reply = ex->reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, find] {
        if (Exchange *e = find())
            onHeaders(e);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, find] {
        if (Exchange *e = find())
            onData(e);
    });
    connect(reply, &QNetworkReply::finished, this, [this, find, reply] {
        reply->deleteLater();
        Exchange *e = find();
        if (e && e->reply == reply)
            onFinished(e);
    });
}

void StreamableHttpTransport::captureSessionId(const QNetworkReply *reply, bool initialize)
{
    const QByteArray id = reply->rawHeader("Mcp-Session-Id");
    if (id.isEmpty() || (!initialize && !m_sessionId.isEmpty()))
        return;
    if (!http::isValidSessionId(id)) {
        Q_EMIT diagnostic(QStringLiteral("Ignored a malformed Mcp-Session-Id header from the server."));
        return;
    }
    m_sessionId = id;
}

void StreamableHttpTransport::onHeaders(Exchange *ex)
{
    if (ex->headersSeen || !ex->reply)
        return;
    const int status = http::statusCode(ex->reply);
    if (status == 0)
        return;
    ex->headersSeen = true;
    ex->status = status;
    if (status == 401 || status == 403) {
        for (const auto &[name, value] : ex->reply->rawHeaderPairs())
            if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                ex->challenges.append(value);
    }
    if (status >= 200 && status < 300) {
        captureSessionId(ex->reply, ex->message.isInitialize);
        ex->sse = http::mediaType(ex->reply) == "text/event-stream";
        if (ex->sse)
            ex->parser = std::make_unique<SseParser>(maxMessageBytes());
        const qint64 declared = ex->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!ex->sse && declared > maxMessageBytes()) {
            failExchange(ex, Error::make(ErrorKind::Protocol,
                QStringLiteral("The server's reply is %1 bytes, over the %2-byte limit.").arg(declared).arg(maxMessageBytes())));
        }
    }
}

void StreamableHttpTransport::onData(Exchange *ex)
{
    const quint64 serial = ex->serial;
    onHeaders(ex);
    if (m_exchanges.find(serial) == m_exchanges.end() || !ex->reply)
        return;
    const QByteArray chunk = ex->reply->readAll();
    if (ex->sse) {
        feedSse(ex, chunk);
        return;
    }
    ex->body += chunk;
    if (ex->body.size() > maxMessageBytes() + 1024) // error bodies too: never buffer without bound
        failExchange(ex, Error::make(ErrorKind::Protocol,
            QStringLiteral("The server's reply exceeded the %1-byte limit.").arg(maxMessageBytes())));
}

void StreamableHttpTransport::feedSse(Exchange *ex, const QByteArray &bytes)
{
    const quint64 serial = ex->serial;
    const std::vector<SseEvent> events = ex->parser->feed(bytes);
    if (!ex->parser->lastEventId().isEmpty())
        ex->lastEventId = ex->parser->lastEventId();
    if (ex->parser->retryMs())
        ex->retryMs = ex->parser->retryMs();
    for (const SseEvent &ev : events) {
        if (!ev.event.isEmpty() && ev.event != "message")
            continue;
        if (ev.data.trimmed().isEmpty())
            continue; // priming event: only its id matters
        Q_EMIT messageReceived(ev.data);
        if (m_exchanges.find(serial) == m_exchanges.end())
            return; // the client reacted by closing us down
    }
    if (ex->parser->overflowed()) {
        failExchange(ex, Error::make(ErrorKind::Protocol,
            QStringLiteral("The server sent an event over the %1-byte limit.").arg(maxMessageBytes())));
        return;
    }
    if (ex->answered && ex->reply) {
        // The response is in; servers should close the stream now. Don't hold the
        // connection open if one doesn't.
        QTimer::singleShot(0, this, [this, serial] {
            auto it = m_exchanges.find(serial);
            if (it != m_exchanges.end())
                finishExchange(it->second.get());
        });
    }
}

void StreamableHttpTransport::onFinished(Exchange *ex)
{
    const quint64 serial = ex->serial;
    onHeaders(ex);
    if (m_exchanges.find(serial) == m_exchanges.end())
        return;
    QNetworkReply *reply = ex->reply;
    ex->reply = nullptr;
    if (ex->status == 0) {
        // Failed below HTTP: refused, DNS, TLS, or the connection dropped mid-stream.
        if (ex->sse || !ex->lastEventId.isEmpty()) {
            handleStreamEnd(ex);
            return;
        }
        const Error e = http::networkError(reply, m_endpoint);
        failExchange(ex, e);
        return;
    }
    if (ex->status < 200 || ex->status >= 300) {
        ex->body += reply->readAll();
        handleHttpError(ex);
        return;
    }
    if (ex->sse) {
        feedSse(ex, reply->readAll());
        if (m_exchanges.find(serial) != m_exchanges.end())
            handleStreamEnd(ex);
        return;
    }
    ex->body += reply->readAll();
    if (ex->message.kind == OutgoingMessage::Kind::Request) {
        if (ex->status == 202 || ex->body.trimmed().isEmpty()) {
            failExchange(ex, Error::make(ErrorKind::Protocol,
                QStringLiteral("The server accepted the request but sent no response (HTTP %1).").arg(ex->status)));
            return;
        }
        if (http::mediaType(reply) != "application/json") {
            failExchange(ex, Error::make(ErrorKind::Protocol,
                QStringLiteral("The server answered with content type '%1'; an MCP server must send JSON or an event stream.")
                    .arg(QString::fromLatin1(http::mediaType(reply)))));
            return;
        }
        const QByteArray body = std::exchange(ex->body, {});
        Q_EMIT messageReceived(body);
        auto it = m_exchanges.find(serial);
        if (it == m_exchanges.end())
            return;
        if (!it->second->answered) {
            // Garbage, or an answer to some other id: fail now instead of at the timeout.
            failExchange(it->second.get(), Error::make(ErrorKind::Protocol,
                QStringLiteral("The server's reply is not a JSON-RPC response to this request: %1").arg(http::bodyExcerpt(body))));
            return;
        }
        finishExchange(it->second.get());
        return;
    }
    finishExchange(ex); // notification or response: 202 (or any 2xx) is all we need
}

void StreamableHttpTransport::handleStreamEnd(Exchange *ex)
{
    if (ex->answered || ex->message.kind != OutgoingMessage::Kind::Request || m_closing) {
        finishExchange(ex);
        return;
    }
    if (ex->lastEventId.isEmpty()) {
        failExchange(ex, Error::make(ErrorKind::Connection,
            QStringLiteral("The server closed the stream before answering, and it cannot be resumed (no event id).")));
        return;
    }
    if (ex->resumeAttempts >= kMaxResumeAttempts) {
        failExchange(ex, Error::make(ErrorKind::Connection,
            QStringLiteral("The server's stream broke %1 times before it answered.").arg(ex->resumeAttempts + 1)));
        return;
    }
    // Spec: wait the server's retry: delay (not less) before reconnecting with GET.
    ++ex->resumeAttempts;
    const quint64 serial = ex->serial;
    ex->resumeTimer = new QTimer(this);
    ex->resumeTimer->setSingleShot(true);
    ex->resumeTimer->setTimerType(Qt::PreciseTimer);
    connect(ex->resumeTimer, &QTimer::timeout, this, [this, serial] {
        auto it = m_exchanges.find(serial);
        if (it == m_exchanges.end())
            return;
        it->second->resumeTimer->deleteLater();
        resume(it->second.get());
    });
    ex->resumeTimer->start(ex->retryMs.value_or(kDefaultRetryMs));
}

void StreamableHttpTransport::handleHttpError(Exchange *ex)
{
    const int status = ex->status;
    const bool isRequest = ex->message.kind == OutgoingMessage::Kind::Request;
    // One retry per request, with one exception: a 403 after the retry for a 401 (signed
    // in, but the operation needs more scope) may go back for a step-up. The
    // authenticator stops when the same challenge comes twice, so this cannot loop.
    const bool stepUpAfterSignIn = status == 403 && ex->retriedAfterStatus == 401;
    if ((status == 401 || status == 403) && m_auth && (!ex->authRetried || stepUpAfterSignIn) && !ex->resumeAttempts) {
        ex->challengeStatus = status;
        AuthChallenge challenge;
        challenge.httpStatus = status;
        challenge.resourceUrl = m_endpoint;
        challenge.wwwAuthenticate = ex->challenges;
        askAuthenticator(ex, challenge);
        return;
    }
    if (status == 401 || status == 403) {
        Error e = http::httpStatusError(status, ex->body, m_endpoint);
        e.kind = ErrorKind::Auth;
        if (ex->authRetried)
            e.message = QStringLiteral("The server still answered HTTP %1 after signing in.").arg(status);
        else if (status == 401)
            e.message = QStringLiteral("The server requires sign-in (HTTP 401).");
        if (e.hint.isEmpty())
            e.hint = QStringLiteral("Sign in with `mcp-connect-cli login <server>`, or check the credentials for this server.");
        failExchange(ex, e);
        return;
    }
    const bool hadSession = !m_sessionId.isEmpty() && !ex->message.isInitialize;
    const bool sessionSaysInvalid = status == 400 && ex->body.toLower().contains("session");
    if (hadSession && (status == 404 || sessionSaysInvalid) && isRequest) {
        const QByteArray idKey = ex->message.idKey;
        finishExchange(ex);
        Q_EMIT sessionExpired(idKey);
        return;
    }
    if (m_fallbackDetection && ex->message.isInitialize && ex->serial == 1
        && (status == 400 || status == 404 || status == 405)) {
        // A 400 that is a real JSON-RPC error comes from a modern server: no fallback.
        const bool jsonRpcError = status == 400 && ex->body.contains("\"jsonrpc\"") && ex->body.contains("\"error\"")
                                  && !sessionSaysInvalid;
        if (!jsonRpcError) {
            const OutgoingMessage message = ex->message;
            const Error reason = http::httpStatusError(status, ex->body, m_endpoint);
            finishExchange(ex);
            Q_EMIT fallbackSuggested(message, reason);
            return;
        }
    }
    if (isRequest || status >= 400)
        failExchange(ex, http::httpStatusError(status, ex->body, m_endpoint));
    else
        finishExchange(ex);
}

void StreamableHttpTransport::askAuthenticator(Exchange *ex, const AuthChallenge &challenge)
{
    m_waitingForAuth.append(ex->serial);
    if (m_authInProgress)
        return;
    m_authInProgress = true;
    m_auth->handleChallenge(challenge);
}

void StreamableHttpTransport::onChallengeResolved(bool retry, const Error &error)
{
    if (!m_authInProgress)
        return;
    m_authInProgress = false;
    const QList<quint64> waiting = std::exchange(m_waitingForAuth, {});
    for (quint64 serial : waiting) {
        auto it = m_exchanges.find(serial);
        if (it == m_exchanges.end())
            continue;
        Exchange *ex = it->second.get();
        if (retry) {
            const OutgoingMessage message = ex->message;
            const int after = ex->challengeStatus;
            finishExchange(ex);
            dispatch(message, true, after);
        } else {
            failExchange(ex, error);
        }
    }
}

void StreamableHttpTransport::finishExchange(Exchange *ex)
{
    if (ex->resumeTimer)
        ex->resumeTimer->deleteLater();
    if (ex->reply) {
        ex->reply->disconnect(this);
        ex->reply->abort();
        ex->reply->deleteLater();
    }
    m_exchanges.erase(ex->serial);
}

void StreamableHttpTransport::failExchange(Exchange *ex, const Error &error)
{
    const QByteArray idKey = ex->message.idKey;
    const bool isRequest = ex->message.kind == OutgoingMessage::Kind::Request;
    finishExchange(ex);
    if (isRequest)
        Q_EMIT requestFailed(idKey, error);
    else
        Q_EMIT diagnostic(QStringLiteral("A notification could not be delivered: ") + error.message);
}

void StreamableHttpTransport::responseArrived(const QByteArray &idKey)
{
    for (auto &[serial, ex] : m_exchanges) {
        if (ex->message.idKey == idKey && ex->message.kind == OutgoingMessage::Kind::Request) {
            ex->answered = true;
            return;
        }
    }
}

void StreamableHttpTransport::abandon(const QByteArray &idKey)
{
    for (auto &[serial, ex] : m_exchanges) {
        if (ex->message.idKey == idKey && ex->message.kind == OutgoingMessage::Kind::Request) {
            m_waitingForAuth.removeAll(serial);
            finishExchange(ex.get());
            return;
        }
    }
}

void StreamableHttpTransport::resetSession()
{
    m_sessionId.clear();
    if (m_getReply) {
        m_getReply->disconnect(this);
        m_getReply->abort();
        m_getReply->deleteLater();
    }
}

void StreamableHttpTransport::initialized()
{
    if (m_standaloneEnabled)
        startStandaloneStream();
}

void StreamableHttpTransport::startStandaloneStream()
{
    if (m_closing || m_getReply)
        return;
    QNetworkRequest req = http::makeRequest(m_endpoint, "text/event-stream");
    applySessionHeaders(req);
    if (!m_getLastEventId.isEmpty())
        req.setRawHeader("Last-Event-ID", m_getLastEventId);
    m_getParser = std::make_unique<SseParser>(maxMessageBytes());
    QNetworkReply *reply = m_network->get(req);
    m_getReply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_getReply || http::statusCode(reply) != 200 || http::mediaType(reply) != "text/event-stream")
            return;
        m_getFailures = 0;
        for (const SseEvent &ev : m_getParser->feed(reply->readAll())) {
            if ((ev.event.isEmpty() || ev.event == "message") && !ev.data.trimmed().isEmpty())
                Q_EMIT messageReceived(ev.data);
        }
        if (!m_getParser->lastEventId().isEmpty())
            m_getLastEventId = m_getParser->lastEventId();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply == m_getReply)
            onStandaloneFinished();
    });
}

void StreamableHttpTransport::onStandaloneFinished()
{
    QNetworkReply *reply = m_getReply;
    m_getReply = nullptr;
    const int status = http::statusCode(reply);
    if (m_closing)
        return;
    if (status == 405) {
        qCDebug(lcHttp) << "server offers no standalone GET stream (405)";
        return;
    }
    if (status != 200 && status != 0) {
        Q_EMIT diagnostic(QStringLiteral("The server's notification stream answered HTTP %1; live updates are off.").arg(status));
        return;
    }
    if (++m_getFailures > kMaxStandaloneFailures) {
        Q_EMIT diagnostic(QStringLiteral("The server's notification stream keeps dropping; live updates are off."));
        return;
    }
    if (!m_getRetryTimer) {
        m_getRetryTimer = new QTimer(this);
        m_getRetryTimer->setSingleShot(true);
        connect(m_getRetryTimer, &QTimer::timeout, this, &StreamableHttpTransport::startStandaloneStream);
    }
    m_getRetryTimer->start(m_getParser && m_getParser->retryMs() ? *m_getParser->retryMs() : kDefaultRetryMs);
}

void StreamableHttpTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_getRetryTimer)
        m_getRetryTimer->stop();
    if (m_getReply) {
        m_getReply->disconnect(this);
        m_getReply->abort();
        m_getReply->deleteLater();
    }
    while (!m_exchanges.empty())
        finishExchange(m_exchanges.begin()->second.get());
    if (m_sessionId.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    // DELETE ends the session on the server; 405 means it doesn't allow that. Either
    // way we are done, but don't wait forever for a slow server.
    QNetworkRequest req = http::makeRequest(m_endpoint, kPostAccept);
    applySessionHeaders(req);
    QNetworkReply *reply = m_network->deleteResource(req);
    m_sessionId.clear();
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    auto done = [this, reply, guard] {
        if (!guard->isActive())
            return;
        guard->stop();
        guard->deleteLater();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        Q_EMIT closed();
    };
    connect(reply, &QNetworkReply::finished, this, done);
    connect(guard, &QTimer::timeout, this, [this, reply, guard] {
        guard->deleteLater();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        Q_EMIT closed();
    });
    guard->start(kCloseTimeoutMs);
}

} // namespace mcpc
