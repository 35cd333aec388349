#include "protocol/mcpclient.h"
#include "util/jsonfield.h"

#include "protocol/rpccall.h"
#include "transport/transport.h"
#include "util/logging.h"

#include <QTimer>

using nlohmann::json;

namespace mcpc {

McpClient::McpClient(Transport *transport, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(std::move(options))
{
    m_transport->setParent(this);
    m_transport->setMaxMessageBytes(m_options.maxMessageBytes);
    connect(m_transport, &Transport::opened, this, &McpClient::onOpened);
    connect(m_transport, &Transport::messageReceived, this, &McpClient::onFrame);
    connect(m_transport, &Transport::requestFailed, this, &McpClient::onRequestFailed);
    connect(m_transport, &Transport::authorizationPending, this, &McpClient::onAuthorizationPending);
    connect(m_transport, &Transport::sessionExpired, this, &McpClient::onSessionExpired);
    connect(m_transport, &Transport::streamLost, this, &McpClient::onStreamLost);
    connect(m_transport, &Transport::failed, this, &McpClient::onTransportFailed);
    connect(m_transport, &Transport::closed, this, &McpClient::onTransportClosed);
    connect(m_transport, &Transport::diagnostic, this, &McpClient::diagnostic);
}

McpClient::~McpClient()
{
    // Pending calls are children; make sure nobody waits on a signal that never comes.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        if (it->timer)
            it->timer->stop();
}

void McpClient::connectToServer()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    m_transport->open();
}

void McpClient::onOpened()
{
    const EraPreference pref = m_options.eraPreference;
    const EraHint &hint = m_options.cachedEra;
    if (pref == EraPreference::Legacy) {
        sendInitialize();
    } else if (hint.era == ProtocolEra::Modern && modernProtocolVersions().contains(hint.version)) {
        becomeModern(hint.version, true); // no probe: the first real request confirms it
    } else if (pref == EraPreference::Auto && hint.era == ProtocolEra::Legacy) {
        sendInitialize();
    } else {
        sendProbe(m_options.offerVersion.isEmpty() ? modernProtocolVersions().first() : m_options.offerVersion);
    }
}

McpClient::Pending McpClient::takeForResend(QHash<QByteArray, Pending>::iterator it)
{
    // The old id is dead: its timer and progress token go with it; start() gives the
    // request a fresh id, timer and token.
    Pending p = std::move(*it);
    if (p.timer)
        p.timer->deleteLater();
    p.timer = nullptr;
    m_pending.erase(it);
    if (!p.progressToken.isEmpty())
        m_progressTokens.remove(p.progressToken);
    return p;
}

void McpClient::failConnecting(const Error &e)
{
    m_state = State::Failed;
    failAll(e);
    m_transport->close();
    Q_EMIT connectFailed(e);
}

void McpClient::flushQueued()
{
    for (auto &[call, pending] : std::exchange(m_queued, {}))
        if (call)
            start(call, std::move(pending));
}

RpcCall *McpClient::call(const QString &method, json params, CallOptions options)
{
    auto *c = new RpcCall(this, method);
    Pending p;
    p.method = method.toStdString();
    p.params = std::move(params);
    p.options = options;
    if (m_state == State::Closed || m_state == State::Closing || m_state == State::Failed) {
        QTimer::singleShot(0, c, [c] { c->fail(Error::make(ErrorKind::Connection, QStringLiteral("The connection is closed."))); });
        return c;
    }
    send(c, std::move(p));
    return c;
}

void McpClient::send(RpcCall *c, Pending p)
{
    if (m_state != State::Ready || m_reinitializing) {
        m_queued.append({c, std::move(p)});
        return;
    }
    start(c, std::move(p));
}

void McpClient::start(RpcCall *c, Pending p)
{
    const json id = m_nextId++;
    const QByteArray key = jsonrpc::idKey(id);
    c->m_idKey = key;
    json params = p.params;
    if (p.options.wantProgress) {
        p.progressToken = QByteArray::number(id.get<qint64>());
        if (!params.is_object())
            params = json::object();
        params["_meta"]["progressToken"] = id;
        m_progressTokens.insert(p.progressToken, key);
    }
    p.call = c;
    p.started.start();
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, key] { onTimeout(key); });
    if (!m_authorizationPending) // else the clock starts when the sign-in ends
        p.timer->start(timeoutFor(p));
    const bool isInit = p.isInitialize;
    const bool modern = m_era == ProtocolEra::Modern || p.isProbe;
    const std::string method = p.method;
    const bool acceptsTasks = p.options.acceptsTasks;
    m_pending.insert(key, std::move(p));
    if (!modern) {
        sendRaw(jsonrpc::makeRequest(id, method, params), SendRequest, key, isInit);
        return;
    }
    params = withModernMeta(std::move(params), acceptsTasks);
    OutgoingMessage out;
    out.body = jsonrpc::serialize(jsonrpc::makeRequest(id, method, params));
    out.idKey = key;
    out.modern = true;
    out.protocolVersion = m_modernVersion.toLatin1();
    out.headers = modernHeaders(method, params);
    Q_EMIT traffic(true, out.body);
    m_transport->send(out);
}

void McpClient::sendRaw(const json &message, int kind, const QByteArray &idKey, bool isInitialize)
{
    OutgoingMessage out;
    out.body = jsonrpc::serialize(message);
    out.kind = kind == SendRequest ? OutgoingMessage::Kind::Request
             : kind == SendNotification ? OutgoingMessage::Kind::Notification
                                        : OutgoingMessage::Kind::Response;
    out.idKey = idKey;
    out.isInitialize = isInitialize;
    Q_EMIT traffic(true, out.body);
    m_transport->send(out);
}

void McpClient::notify(const QString &method, json params)
{
    if (m_state != State::Ready)
        return;
    sendRaw(jsonrpc::makeNotification(method.toStdString(), params), SendNotification);
}

void McpClient::onFrame(const QByteArray &frame)
{
    Q_EMIT traffic(false, frame);
    auto messages = jsonrpc::parseFrame(frame, m_options.maxMessageBytes);
    if (!messages) {
        // Not attributable to a request: the transport fails the exchange it came on,
        // and anything else ends at its timeout. Say what we saw.
        qCWarning(lcJsonRpc) << "unusable message from server:" << messages.error().message;
        Q_EMIT diagnostic(QStringLiteral("Ignored a message from the server: %1").arg(messages.error().message));
        return;
    }
    for (const jsonrpc::Message &m : *messages) {
        if (m.isResponse())
            handleResponse(m);
        else if (m.kind == jsonrpc::Message::Kind::Request)
            handleServerRequest(m);
        else
            handleNotification(m);
    }
}

void McpClient::handleResponse(const jsonrpc::Message &m)
{
    const QByteArray key = jsonrpc::idKey(m.id);
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        qCDebug(lcJsonRpc) << "ignoring a response for an unknown or abandoned request";
        return;
    }
    m_transport->responseArrived(key);
    const QString text = QString::fromStdString(m.errorMessage);
    Error error = Error::make(ErrorKind::Server,
        QStringLiteral("The server returned error %1 (%2)%3").arg(m.errorCode).arg(jsonrpc::errorCodeName(m.errorCode),
            text.isEmpty() ? QString() : QStringLiteral(": ") + text),
        m.errorCode);
    if (m.errorCode == jsonrpc::UnsupportedProtocolVersion && m.errorData.is_object()) {
        QStringList supported;
        for (const json &v : m.errorData.value("supported", json::array()))
            if (v.is_string())
                supported << QString::fromStdString(v.get<std::string>());
        if (m_era == ProtocolEra::Modern && supported.contains(m_modernVersion)) {
            // It lists the very version it refuses (retryUnsupportedVersion already tried
            // once more): a lying server; say so rather than suggest a setting.
            error.message = QStringLiteral("The server rejected MCP %1 although it says it supports it (it lists %2).")
                                .arg(m_modernVersion, supported.join(QStringLiteral(", ")));
            error.hint = QStringLiteral("The server is misbehaving; try --protocol-era legacy, or report it to its maintainers.");
        } else if (!supported.isEmpty()) {
            error.message += QStringLiteral(". It supports MCP %1.").arg(supported.join(QStringLiteral(", ")));
            if (m_options.eraPreference != EraPreference::Auto)
                error.hint = QStringLiteral("Leave --protocol-era at auto so MCP Connect picks a version both sides speak.");
        }
    }
    if (m.kind == jsonrpc::Message::Kind::Error
        && ((m.errorCode == jsonrpc::UnsupportedProtocolVersion && retryUnsupportedVersion(key, m.errorData))
            || reprobeIfCacheStale(key, error)))
        return;
    QPointer<RpcCall> c = it->call;
    const std::string method = it->method;
    finishPending(key);
    if (!c)
        return;
    if (m.kind == jsonrpc::Message::Kind::Result) {
        m_eraFromCache = false; // the cached era works
        json result = m.result;
        if (m_era == ProtocolEra::Modern && method == "tools/list")
            filterToolList(result);
        if (m_era == ProtocolEra::Modern && m_server.name.isEmpty() && result.is_object() && result.contains("_meta")
            && result["_meta"].is_object()) { // results name their server (a cached era skipped discovery)
            const json si = result["_meta"].value("io.modelcontextprotocol/serverInfo", json());
            m_server.name = jsonString(si, "name");
            m_server.version = jsonString(si, "version");
            m_server.title = jsonString(si, "title");
        }
        c->succeed(std::move(result));
        return;
    }
    c->m_errorData = m.errorData;
    c->fail(error);
}

void McpClient::handleServerRequest(const jsonrpc::Message &m)
{
    if (m.method == "ping") {
        sendRaw(jsonrpc::makeResult(m.id, json::object()), SendResponse);
        return;
    }
    // A closing client asks nobody (and its provider may be gone with its owner).
    if (m.method == "elicitation/create" && m_options.inputProvider && m_state != State::Closing && m_state != State::Closed) {
        answerElicitation(m);
        return;
    }
    // roots/list, sampling/createMessage...: we declared none of these capabilities, so
    // a conforming server won't ask; refuse clearly if one does.
    sendRaw(jsonrpc::makeError(m.id, jsonrpc::MethodNotFound, "Method not found: " + m.method), SendResponse);
}

void McpClient::handleNotification(const jsonrpc::Message &m)
{
    const QString method = QString::fromStdString(m.method);
    if (m.method == "notifications/progress" && m.params.is_object()) {
        const json token = m.params.value("progressToken", json());
        const QByteArray tokenKey = token.is_string() ? QByteArray::fromStdString(token.get<std::string>())
                                                      : QByteArray::fromStdString(token.dump());
        auto key = m_progressTokens.find(tokenKey);
        if (key != m_progressTokens.end()) {
            auto it = m_pending.find(*key);
            if (it != m_pending.end() && it->call) {
                if (it->options.resetTimeoutOnProgress && it->timer) {
                    const qint64 left = m_options.maxTotalTimeoutMs - it->started.elapsed();
                    const int base = timeoutFor(*it);
                    it->timer->start(int(qMax<qint64>(0, qMin<qint64>(base, left))));
                }
                const double progress = jsonNumber(m.params, "progress", 0.0);
                const double total = m.params.contains("total") && m.params["total"].is_number() ? m.params["total"].get<double>() : -1.0;
                Q_EMIT it->call->progress(progress, total, jsonString(m.params, "message"));
            }
        }
    } else if (m.method == "notifications/tools/list_changed") {
        Q_EMIT toolsListChanged();
    } else if (m.method == "notifications/resources/list_changed") {
        Q_EMIT resourcesListChanged();
    } else if (m.method == "notifications/prompts/list_changed") {
        Q_EMIT promptsListChanged();
    } else if (m.method == "notifications/message" && m.params.is_object()) {
        const json data = m.params.value("data", json());
        Q_EMIT logMessage(jsonString(m.params, "level"),
            data.is_string() ? QString::fromStdString(data.get<std::string>()) : QString::fromStdString(data.dump()));
    }
    Q_EMIT notificationReceived(method, m.params);
}

int McpClient::timeoutFor(const Pending &p) const
{
    return p.options.timeoutMs > 0 ? p.options.timeoutMs : m_options.requestTimeoutMs;
}

void McpClient::onAuthorizationPending(bool waiting)
{
    // While a sign-in runs, no request can be answered: hold every clock. Afterwards the
    // requests are sent again, so each gets its whole timeout back.
    m_authorizationPending = waiting;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (!it->timer)
            continue;
        if (waiting) {
            it->timer->stop();
        } else {
            it->started.restart();
            it->timer->start(timeoutFor(*it));
        }
    }
}

void McpClient::onTimeout(const QByteArray &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    QPointer<RpcCall> c = it->call;
    const bool isInit = it->isInitialize;
    const QString method = QString::fromStdString(it->method);
    const qint64 waited = it->started.elapsed();
    finishPending(key);
    m_transport->abandon(key);
    // Never cancel initialize (spec); everything else gets notifications/cancelled.
    const bool streamCancels = m_era == ProtocolEra::Modern && m_transport->isHttp(); // closing the stream cancels
    if (!isInit && m_state == State::Ready && c && !streamCancels) {
        const QByteArray idText = key.mid(2);
        const json id = key.startsWith("s:") ? json(idText.toStdString()) : json::parse(idText.toStdString());
        sendRaw(jsonrpc::makeNotification("notifications/cancelled",
                    {{"requestId", id}, {"reason", "timed out"}}), SendNotification);
    }
    if (c)
        c->fail(Error::make(ErrorKind::Timeout,
            QStringLiteral("The server did not answer %1 within %2 s.").arg(method).arg(double(waited) / 1000.0, 0, 'f', 1)));
}

void McpClient::cancel(RpcCall *c, const QString &reason)
{
    const QByteArray key = c->m_idKey;
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        for (auto q = m_queued.begin(); q != m_queued.end(); ++q) {
            if (q->first == c) {
                m_queued.erase(q);
                c->fail(Error::make(ErrorKind::Cancelled, QStringLiteral("Cancelled.")));
                return;
            }
        }
        return;
    }
    if (it->isInitialize)
        return; // spec: initialize is never cancelled
    finishPending(key);
    m_transport->abandon(key);
    if (m_era == ProtocolEra::Modern && m_transport->isHttp()) { // closing the stream was the cancellation
        c->fail(Error::make(ErrorKind::Cancelled, reason.isEmpty() ? QStringLiteral("Cancelled.") : reason));
        return;
    }
    const QByteArray idText = key.mid(2);
    const json id = key.startsWith("s:") ? json(idText.toStdString()) : json::parse(idText.toStdString());
    json params = {{"requestId", id}};
    if (!reason.isEmpty())
        params["reason"] = reason.toStdString();
    sendRaw(jsonrpc::makeNotification("notifications/cancelled", params), SendNotification);
    c->fail(Error::make(ErrorKind::Cancelled, reason.isEmpty() ? QStringLiteral("Cancelled.") : reason));
}

void McpClient::finishPending(const QByteArray &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    if (it->timer) {
        it->timer->stop();
        it->timer->deleteLater();
    }
    if (!it->progressToken.isEmpty())
        m_progressTokens.remove(it->progressToken);
    m_pending.erase(it);
}

void McpClient::onRequestFailed(const QByteArray &key, const Error &error)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    if (reprobeIfCacheStale(key, error))
        return;
    QPointer<RpcCall> c = it->call;
    finishPending(key);
    if (c)
        c->fail(error);
}

void McpClient::failAll(const Error &error)
{
    QList<QPointer<RpcCall>> calls;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        calls.append(it->call);
    for (auto &[call, pending] : m_queued)
        calls.append(call);
    const QList<QByteArray> keys = m_pending.keys();
    for (const QByteArray &k : keys)
        finishPending(k);
    m_queued.clear();
    m_replay.clear();
    for (const QPointer<RpcCall> &c : calls)
        if (c)
            c->fail(error);
}

void McpClient::onTransportFailed(const Error &error)
{
    const State before = m_state;
    if (before == State::Closing || before == State::Closed || before == State::Failed)
        return;
    m_state = State::Failed;
    failAll(error);
    if (before == State::Connecting)
        Q_EMIT connectFailed(error);
    else
        Q_EMIT failed(error);
}

void McpClient::close()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    const bool wasFailed = m_state == State::Failed;
    m_state = State::Closing;
    failAll(Error::make(ErrorKind::Cancelled, QStringLiteral("The connection was closed.")));
    if (wasFailed) {
        m_state = State::Closed;
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    m_transport->close();
}

void McpClient::onTransportClosed()
{
    if (m_state == State::Closed)
        return;
    const State before = m_state;
    m_state = State::Closed;
    if (before == State::Closing || before == State::Failed) {
        Q_EMIT closed();
        return;
    }
    failAll(Error::make(ErrorKind::Connection, QStringLiteral("The server closed the connection.")));
    if (before == State::Connecting)
        Q_EMIT connectFailed(Error::make(ErrorKind::Connection, QStringLiteral("The server closed the connection.")));
    else
        Q_EMIT failed(Error::make(ErrorKind::Connection, QStringLiteral("The server closed the connection.")));
}

} // namespace mcpc
