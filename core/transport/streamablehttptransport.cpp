#include "transport/streamablehttptransport.h"

#include "http/client/httpclient.h"
#include "jsonrpc/message.h"
#include "transport/httpauthenticator.h"
#include "transport/httpcommon.h"
#include "transport/notificationstream.h"
#include "transport/sseparser.h"
#include "util/boundedjson.h"
#include "util/sizetext.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc {

namespace {
constexpr int kDefaultRetryMs = 1000;  // when the server sent no retry: field
constexpr int kMaxResumeAttempts = 3;
constexpr int kCloseTimeoutMs = 3000;
const QByteArray kPostAccept = "application/json, text/event-stream";
} // namespace

struct StreamableHttpTransport::Exchange
{
    quint64 serial = 0;
    OutgoingMessage message;
    QPointer<http::ClientReply> reply;
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
    QByteArray sentAuthorization;       // what it was sent with, to tell a stale token from a refused one
};

StreamableHttpTransport::StreamableHttpTransport(const QUrl &endpoint, http::HttpClient *client, QObject *parent)
    : Transport(parent)
    , m_endpoint(endpoint)
    , m_client(client)
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

http::HeaderList StreamableHttpTransport::sessionHeaders(const QByteArray &accept, bool withVersion) const
{
    http::HeaderList h = http::baseHeaders(accept);
    if (!m_sessionId.isEmpty())
        h.append(qMakePair(QByteArray("Mcp-Session-Id"), QByteArray(m_sessionId)));
    if (withVersion && !m_version.isEmpty())
        h.append(qMakePair(QByteArray("MCP-Protocol-Version"), QByteArray(m_version)));
    http::appendAuthHeaders(h, m_auth);
    return h;
}

void StreamableHttpTransport::post(Exchange *ex)
{
    http::ClientRequest req;
    req.method = "POST";
    req.url = m_endpoint;
    // The protocol version header follows negotiation; initialize goes without it.
    if (ex->message.modern) {
        // Modern era: no session; the version and the mirrored headers come with the message.
        req.headers = http::baseHeaders(kPostAccept);
        req.headers.append(qMakePair(QByteArray("MCP-Protocol-Version"), ex->message.protocolVersion));
        req.headers += ex->message.headers;
        http::appendAuthHeaders(req.headers, m_auth);
    } else {
        req.headers = sessionHeaders(kPostAccept, !ex->message.isInitialize);
    }
    req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    for (const auto &[name, value] : std::as_const(req.headers))
        if (name == "Authorization")
            ex->sentAuthorization = value;
    req.body = ex->message.body;
    qCDebug(lcHttp) << "POST" << m_endpoint.toString(QUrl::RemoveQuery) << ex->message.body.size() << "bytes";
    ex->reply = m_client->send(req);
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
    http::ClientRequest req;
    req.url = m_endpoint;
    req.headers = sessionHeaders("text/event-stream");
    req.headers.append(qMakePair(QByteArray("Last-Event-ID"), QByteArray(ex->lastEventId)));
    qCDebug(lcHttp) << "resuming stream with Last-Event-ID, attempt" << ex->resumeAttempts;
    ex->reply = m_client->send(req);
    watchReply(ex);
}

void StreamableHttpTransport::watchReply(Exchange *ex)
{
    const quint64 serial = ex->serial;
    auto find = [this, serial]() -> Exchange * {
        auto it = m_exchanges.find(serial);
        return it == m_exchanges.end() ? nullptr : it->second.get();
    };
    http::ClientReply *reply = ex->reply;
    connect(reply, &http::ClientReply::headersReceived, this, [this, find] {
        if (Exchange *e = find())
            onHeaders(e);
    });
    connect(reply, &http::ClientReply::readyRead, this, [this, find] {
        if (Exchange *e = find())
            onData(e);
    });
    connect(reply, &http::ClientReply::finished, this, [this, find, reply] {
        reply->deleteLater();
        Exchange *e = find();
        if (e && e->reply == reply)
            onFinished(e);
    });
}

void StreamableHttpTransport::captureSessionId(const QByteArray &id, bool initialize)
{
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
    const int status = ex->reply->status();
    if (status == 0)
        return;
    ex->headersSeen = true;
    ex->status = status;
    if (status == 401 || status == 403)
        ex->challenges = ex->reply->headers().values("WWW-Authenticate");
    if (status >= 200 && status < 300) {
        m_sawSuccess = true;
        if (!ex->message.modern) // modern servers mint no sessions; ignore one if sent
            captureSessionId(ex->reply->header("Mcp-Session-Id"), ex->message.isInitialize);
        ex->sse = http::mediaType(ex->reply) == "text/event-stream";
        if (ex->sse)
            ex->parser = std::make_unique<SseParser>(maxMessageBytes());
        const qint64 declared = ex->reply->header("Content-Length").toLongLong();
        if (!ex->sse && declared > maxMessageBytes()) {
            failExchange(ex, Error::make(ErrorKind::Protocol,
                QStringLiteral("The server's reply is %1 bytes, over the %2 limit.").arg(declared).arg(sizeText(maxMessageBytes()))));
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
            QStringLiteral("The server's reply exceeded the %1 limit.").arg(sizeText(maxMessageBytes()))));
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
        if (!ex->answered && ex->message.kind == OutgoingMessage::Kind::Request) {
            // JSON we refuse to read (too deep, not UTF-8) on this request's stream: say
            // so now rather than "closed before answering" or a timeout.
            if (const BoundedJson parsed = parseBoundedJson(ev.data);
                parsed.problem == BoundedJson::Problem::TooDeep || parsed.problem == BoundedJson::Problem::InvalidUtf8)
                return failExchange(ex, Error::make(ErrorKind::Protocol, parsed.describe(QStringLiteral("The server's reply"))));
        }
    }
    if (ex->parser->overflowed()) {
        failExchange(ex, Error::make(ErrorKind::Protocol,
            QStringLiteral("The server sent an event over the %1 limit.").arg(sizeText(maxMessageBytes()))));
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
    http::ClientReply *reply = ex->reply;
    ex->reply = nullptr;
    if (ex->status == 0) {
        // Failed below HTTP: refused, DNS, TLS, or the connection dropped mid-stream.
        if (ex->sse || !ex->lastEventId.isEmpty()) {
            handleStreamEnd(ex);
            return;
        }
        failExchange(ex, reply->error());
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
    if (reply->hasError()) {
        // The status line arrived but the body did not (the server died mid-reply).
        failExchange(ex, reply->error());
        return;
    }
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
            // JSON we refuse to read (too deep, not UTF-8) is named as such.
            const BoundedJson parsed = parseBoundedJson(body);
            failExchange(it->second.get(), Error::make(ErrorKind::Protocol,
                parsed.ok() || parsed.problem == BoundedJson::Problem::Malformed
                    ? QStringLiteral("The server's reply is not a JSON-RPC response to this request: %1").arg(http::bodyExcerpt(body))
                    : parsed.describe(QStringLiteral("The server's reply"))));
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
    if (ex->message.modern) {
        // Modern streams are not resumable: the client re-issues under a new id.
        const QByteArray idKey = ex->message.idKey;
        finishExchange(ex);
        Q_EMIT streamLost(idKey);
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
        challenge.sentAuthorization = ex->sentAuthorization;
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
    if (isRequest && status >= 400 && status < 500 && deliverJsonRpcError(ex))
        return;
    const bool hadSession = !m_sessionId.isEmpty() && !ex->message.isInitialize;
    const bool sessionSaysInvalid = status == 400 && ex->body.toLower().contains("session");
    if (hadSession && (status == 404 || sessionSaysInvalid) && isRequest) {
        const QByteArray idKey = ex->message.idKey;
        finishExchange(ex);
        Q_EMIT sessionExpired(idKey);
        return;
    }
    if (m_fallbackDetection && ex->message.isInitialize && !m_sawSuccess && !m_fellBackOnce
        && (status == 400 || status == 404 || status == 405)) {
        // A 400 that is a real JSON-RPC error comes from a modern server: no fallback.
        const bool jsonRpcError = status == 400 && ex->body.contains("\"jsonrpc\"") && ex->body.contains("\"error\"")
                                  && !sessionSaysInvalid;
        if (!jsonRpcError) {
            const OutgoingMessage message = ex->message;
            const Error reason = http::httpStatusError(status, ex->body, m_endpoint);
            m_fellBackOnce = true;
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

bool StreamableHttpTransport::deliverJsonRpcError(Exchange *ex)
{
    // A 4xx whose body is the JSON-RPC error for this very request: a modern server
    // (UnsupportedProtocolVersion, HeaderMismatch...) answers this way, and the client
    // needs the code and data to decide, not "HTTP 400". Legacy requests keep today's
    // HTTP wording unless the error is one only a modern server sends.
    const nlohmann::json body = parseBoundedJson(ex->body).value; // discarded (null) unless well-formed
    if (!body.is_object() || !body.contains("error") || !body["error"].is_object() || !body.contains("id"))
        return false;
    if (jsonrpc::idKey(body["id"]) != ex->message.idKey)
        return false;
    const nlohmann::json code = body["error"].value("code", nlohmann::json());
    if (!code.is_number_integer())
        return false;
    if (!ex->message.modern && !jsonrpc::isModernErrorCode(code.get<int>()))
        return false;
    const QByteArray frame = std::exchange(ex->body, {});
    finishExchange(ex);
    Q_EMIT messageReceived(frame);
    return true;
}

void StreamableHttpTransport::askAuthenticator(Exchange *ex, const AuthChallenge &challenge)
{
    m_waitingForAuth.append(ex->serial);
    if (m_authInProgress)
        return;
    m_authInProgress = true;
    Q_EMIT authorizationPending(true);
    m_auth->handleChallenge(challenge);
}

void StreamableHttpTransport::onChallengeResolved(bool retry, const Error &error)
{
    if (!m_authInProgress)
        return;
    m_authInProgress = false;
    Q_EMIT authorizationPending(false);
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
    stopNotificationStream();
}

void StreamableHttpTransport::stopNotificationStream()
{
    if (m_notifications) {
        m_notifications->stop();
        m_notifications->deleteLater();
        m_notifications = nullptr;
    }
}

void StreamableHttpTransport::initialized()
{
    if (!m_standaloneEnabled || m_closing || m_notifications)
        return;
    m_notifications = new NotificationStream(m_endpoint, m_client,
        [this] { return sessionHeaders("text/event-stream"); }, maxMessageBytes(), this);
    connect(m_notifications, &NotificationStream::messageReceived, this, &Transport::messageReceived);
    connect(m_notifications, &NotificationStream::diagnostic, this, &Transport::diagnostic);
    m_notifications->start();
}

void StreamableHttpTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    stopNotificationStream();
    while (!m_exchanges.empty())
        finishExchange(m_exchanges.begin()->second.get());
    if (m_sessionId.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    // DELETE ends the session on the server; 405 means it doesn't allow that. Either
    // way we are done, but don't wait forever for a slow server.
    http::ClientRequest req;
    req.method = "DELETE";
    req.url = m_endpoint;
    req.headers = sessionHeaders(kPostAccept);
    req.timeoutMs = kCloseTimeoutMs;
    http::ClientReply *reply = m_client->send(req);
    m_sessionId.clear();
    connect(reply, &http::ClientReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT closed();
    });
}

} // namespace mcpc
