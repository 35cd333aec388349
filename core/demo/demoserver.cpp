#include "demo/demoserver.h"

#include "demo/demotasktools.h"

#include "demo/conformancefixtures.h"
#include "demo/demoexchange.h"
#include "demo/demomodernrequest.h"
#include "demo/demosession.h"
#include "http/httprequest.h"
#include "http/httpstream.h"
#include "http/sseformat.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QHostInfo>
#include <QUuid>

namespace mcpc::demo {

using nlohmann::json;

namespace {
constexpr int kMaxSessions = 1000; // the least recently used one goes beyond this
constexpr int kSessionNotFound = -32001;
constexpr int kBadRequest = -32000;

enum class Kind { Request, Notification, Response, Invalid };

Kind classify(const json &m)
{
    if (!m.is_object() || m.value("jsonrpc", json()) != "2.0")
        return Kind::Invalid;
    if (m.contains("method")) {
        if (!m.at("method").is_string())
            return Kind::Invalid;
        if (!m.contains("id"))
            return Kind::Notification;
        const json &id = m.at("id");
        return id.is_string() || id.is_number_integer() ? Kind::Request : Kind::Invalid;
    }
    if (m.contains("id") && (m.contains("result") || m.contains("error")))
        return Kind::Response;
    return Kind::Invalid;
}

bool versionAtLeast(const QString &version, const char *minimum)
{
    return version >= QLatin1StringView(minimum); // ISO dates compare as strings
}
} // namespace

http::HttpResponse jsonRpcHttpError(int status, int code, const QString &message)
{
    const json body = {{"jsonrpc", "2.0"}, {"error", {{"code", code}, {"message", message.toStdString()}}}, {"id", nullptr}};
    return http::HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<OpenDemoAuthGate>())
    , m_catalog(DemoCatalog::builtIn())
    , m_rpc(&m_catalog)
{
    m_http.router().add(QByteArray(), endpointPath(), [this](const http::HttpRequest &r, http::HttpResponder resp) {
        handleMcp(r, std::move(resp));
    });
    connect(&m_sweep, &QTimer::timeout, this, &DemoServer::sweepExpired);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        for (const QPointer<DemoSession> &s : std::as_const(m_sessions)) {
            if (s)
                s->keepAlive();
        }
        m_listen.keepAlive();
    });
    m_keepAlive.start(15'000);
}

DemoServer::~DemoServer()
{
    close();
}

Result<void> DemoServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        // Reachable under another name: let that name through the DNS-rebinding guard.
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
            m_hostGuard.allowHost(QHostInfo::localHostName());
        else
            m_hostGuard.allowHost(address.toString());
    }
    return m_http.listen(address, port);
}

void DemoServer::close()
{
    forgetSessions();
    m_listen.closeAll();
    m_http.close();
}

QUrl DemoServer::url() const
{
    QUrl u = m_http.baseUrl();
    u.setPath(endpointPath());
    return u;
}

void DemoServer::setAuthGate(std::shared_ptr<DemoAuthGate> gate)
{
    m_gate = gate ? std::move(gate) : std::make_shared<OpenDemoAuthGate>();
}

void DemoServer::addTool(const DemoTool &tool)
{
    m_catalog.tools.removeIf([&](const DemoTool &t) { return t.name == tool.name; });
    m_catalog.tools.append(tool);
    notifyToolsChanged();
}

bool DemoServer::removeTool(const QString &name)
{
    const bool removed = m_catalog.tools.removeIf([&](const DemoTool &t) { return t.name == name; }) > 0;
    if (removed)
        notifyToolsChanged();
    return removed;
}

void DemoServer::notifyToolsChanged()
{
    const json n = {{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}};
    for (const QPointer<DemoSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->sendOnStandalone(n);
    }
    m_listen.notify("toolsListChanged", "notifications/tools/list_changed");
}

void DemoServer::notifyPromptsChanged()
{
    m_listen.notify("promptsListChanged", "notifications/prompts/list_changed");
}

void DemoServer::enableConformanceFixtures()
{
    if (!m_fixtures) {
        addConformanceFixtures(&m_catalog);
        addModernConformanceFixtures(&m_catalog, {[this] { notifyToolsChanged(); }, [this] { notifyPromptsChanged(); }});
        m_catalog.tools.append(taskConformanceTools());
    }
    m_fixtures = true;
}

void DemoServer::setSessionTtl(int ms)
{
    m_sessionTtlMs = std::max(0, ms);
    if (m_sessionTtlMs > 0)
        m_sweep.start(std::max(10, m_sessionTtlMs / 2));
    else
        m_sweep.stop();
}

void DemoServer::forgetSessions()
{
    const QStringList ids = m_sessions.keys();
    for (const QString &id : ids)
        endSession(id);
}

void DemoServer::setRejectSessions(bool reject)
{
    m_rejectSessions = reject;
}

void DemoServer::setKeepAliveInterval(int ms)
{
    if (ms > 0)
        m_keepAlive.start(ms);
    else
        m_keepAlive.stop();
}

DemoSession *DemoServer::lookup(const QString &id)
{
    if (m_rejectSessions)
        return nullptr;
    DemoSession *s = m_sessions.value(id);
    if (s && m_sessionTtlMs > 0 && s->idleMs() > m_sessionTtlMs) {
        endSession(id);
        return nullptr;
    }
    return s;
}

void DemoServer::endSession(const QString &id)
{
    const QPointer<DemoSession> s = m_sessions.take(id);
    if (!s)
        return;
    s->end();
    s->deleteLater();
    Q_EMIT sessionEnded(id);
}

void DemoServer::sweepExpired()
{
    const QStringList ids = m_sessions.keys();
    for (const QString &id : ids)
        lookup(id);
}

void DemoServer::handleMcp(const http::HttpRequest &request, http::HttpResponder responder)
{
    QString why;
    if (!m_hostGuard.allows(request, &why)) {
        qCWarning(lcDemo).noquote() << "refused request:" << why;
        responder.send(jsonRpcHttpError(403, kBadRequest, QStringLiteral("Forbidden: ") + why));
        return;
    }
    const DemoAuthResult auth = m_gate->authorize(request);
    if (!auth.allowed) {
        responder.send(auth.challenge);
        return;
    }
    if (request.method == "POST") {
        handlePost(request, std::move(responder), auth.context);
    } else if ((request.method == "GET" || request.method == "DELETE") && DemoModernRequest::isModernStreamRequest(request)) {
        // 2026-07-28 has no GET stream and no sessions to delete.
        http::HttpResponse r = jsonRpcHttpError(405, kBadRequest, QStringLiteral("Method not allowed: use POST"));
        r.headers.set("Allow", "POST");
        responder.send(r);
    } else if (request.method == "GET") {
        handleGet(request, std::move(responder));
    } else if (request.method == "DELETE") {
        handleDelete(request, std::move(responder));
    } else {
        http::HttpResponse r = jsonRpcHttpError(405, kBadRequest, QStringLiteral("Method not allowed"));
        r.headers.set("Allow", "GET, POST, DELETE");
        responder.send(r);
    }
}

DemoSession *DemoServer::requireSession(const http::HttpRequest &request, http::HttpResponder &responder)
{
    const QByteArray id = request.header("mcp-session-id");
    if (id.isEmpty()) {
        responder.send(jsonRpcHttpError(400, kBadRequest, QStringLiteral("Bad Request: Mcp-Session-Id header is required")));
        return nullptr;
    }
    DemoSession *session = lookup(QString::fromLatin1(id));
    if (!session) {
        responder.send(jsonRpcHttpError(404, kSessionNotFound, QStringLiteral("Session not found")));
        return nullptr;
    }
    const QByteArray version = request.header("mcp-protocol-version");
    if (!version.isEmpty() && !DemoRpc::supportedVersions().contains(QString::fromLatin1(version))) {
        responder.send(jsonRpcHttpError(400, kBadRequest,
                                        QStringLiteral("Bad Request: Unsupported protocol version: %1 (supported versions: %2)")
                                            .arg(QString::fromLatin1(version), DemoRpc::supportedVersions().join(u", "))));
        return nullptr;
    }
    session->touch();
    return session;
}

void DemoServer::handlePost(const http::HttpRequest &request, http::HttpResponder responder, const DemoAuthContext &auth)
{
    const bool sse = request.accepts("text/event-stream");
    if (request.headers.contains("accept") && !sse && !request.accepts("application/json")) {
        responder.send(jsonRpcHttpError(406, kBadRequest,
                                        QStringLiteral("Not Acceptable: Client must accept application/json and text/event-stream")));
        return;
    }
    if (request.mediaType() != "application/json") {
        responder.send(jsonRpcHttpError(415, kBadRequest,
                                        QStringLiteral("Unsupported Media Type: Content-Type must be application/json")));
        return;
    }
    auto parsed = parseBoundedJson(request.body);
    if (!parsed.ok()) {
        // Plain syntax errors keep the SDKs' wording; depth and UTF-8 problems say what they are.
        const QString message = parsed.problem == BoundedJson::Problem::Malformed
                                    ? QStringLiteral("Parse error")
                                    : QStringLiteral("Parse error: ") + parsed.describe(QStringLiteral("the request body"));
        responder.send(jsonRpcHttpError(400, DemoRpc::ParseError, message));
        return;
    }
    const json body = std::move(parsed.value);
    const bool batch = body.is_array();
    const json messages = batch ? body : json::array({body});
    if (messages.empty()) {
        responder.send(jsonRpcHttpError(400, DemoRpc::InvalidRequest, QStringLiteral("Invalid Request: empty batch")));
        return;
    }
    if (!batch && DemoModernRequest::isModern(request, body)) {
        handleModernPost(request, body, sse, std::move(responder), auth);
        return;
    }
    bool hasInitialize = false;
    for (const json &m : messages)
        hasInitialize = hasInitialize || (m.is_object() && m.value("method", json()) == "initialize");
    if (hasInitialize) {
        if (batch || classify(body) != Kind::Request) {
            responder.send(jsonRpcHttpError(400, DemoRpc::InvalidRequest,
                                            QStringLiteral("Invalid Request: initialize must be a single request")));
            return;
        }
        handleInitialize(body, std::move(responder));
        return;
    }
    DemoSession *session = requireSession(request, responder);
    if (!session)
        return;
    if (batch && session->protocolVersion() != u"2025-03-26") {
        responder.send(jsonRpcHttpError(400, DemoRpc::InvalidRequest,
                                        QStringLiteral("Invalid Request: batches are not allowed in protocol version %1")
                                            .arg(session->protocolVersion())));
        return;
    }
    if (!batch && classify(body) == Kind::Invalid) {
        responder.send(jsonRpcHttpError(400, DemoRpc::InvalidRequest, QStringLiteral("Invalid Request")));
        return;
    }

    DemoPostExchange::Options options;
    options.batch = batch;
    options.sseAllowed = sse;
    options.priming = versionAtLeast(session->protocolVersion(), "2025-11-25");
    options.sessionId = session->id().toLatin1();
    QPointer<DemoPostExchange> exchange = new DemoPostExchange(responder, session, options, this);
    int requests = 0;
    bool invalid = false;
    for (const json &m : messages) {
        switch (classify(m)) {
        case Kind::Notification:
            m_rpc.handleNotification(m, session);
            break;
        case Kind::Response:
            // Answers to our sampling/elicitation requests; unknown ids are dropped.
            if (!session->clientRequests().deliver(m))
                qCDebug(lcDemo) << "response to no pending request dropped";
            break;
        case Kind::Invalid:
            invalid = true;
            exchange->addImmediate(DemoRpc::errorResponse(nullptr, DemoRpc::InvalidRequest, QStringLiteral("Invalid Request")));
            break;
        case Kind::Request: {
            ++requests;
            DemoRequestContext ctx{session, &request, auth, m_gate.get(), exchange->notifier()};
            auto refusal = m_rpc.handleRequest(m, ctx, exchange->expect(m.at("id")));
            if (refusal) {
                exchange->refuse(*refusal);
                return;
            }
            break;
        }
        }
        if (!exchange)
            return;
    }
    if (requests == 0 && !invalid) {
        exchange->deleteLater();
        http::HttpResponse accepted = http::HttpResponse::empty(202);
        accepted.headers.set("Mcp-Session-Id", options.sessionId);
        responder.send(accepted);
        return;
    }
    exchange->dispatched();
}

void DemoServer::handleModernPost(const http::HttpRequest &request, const json &message, bool sse,
                                  http::HttpResponder responder, const DemoAuthContext &auth)
{
    const Kind kind = classify(message);
    if (kind == Kind::Invalid || kind == Kind::Response) {
        responder.send(jsonRpcHttpError(400, DemoRpc::InvalidRequest, QStringLiteral("Invalid Request")));
        return;
    }
    if (kind == Kind::Notification) {
        // 2026-07-28 defines no client notifications over HTTP; accept and ignore them.
        responder.send(http::HttpResponse::empty(202));
        return;
    }
    DemoModernMeta meta;
    if (auto refusal = DemoModernRequest::validate(request, message, &meta)) {
        responder.send(*refusal);
        return;
    }
    if (message.at("method") == "subscriptions/listen") {
        m_listen.open(std::move(responder), message.at("id"), message.value("params", json::object()));
        return;
    }
    DemoPostExchange::Options options;
    options.sseAllowed = sse;
    options.modern = true;
    QPointer<DemoPostExchange> exchange = new DemoPostExchange(responder, nullptr, options, this);
    DemoRequestContext ctx{nullptr, &request, auth, m_gate.get(), exchange->notifier()};
    ctx.modern = &meta;
    ctx.trackCall = exchange->callTracker();
    if (auto refusal = m_rpc.handleRequest(message, ctx, exchange->expect(message.at("id")))) {
        exchange->refuse(*refusal);
        return;
    }
    if (exchange)
        exchange->dispatched();
}

void DemoServer::handleInitialize(const json &message, http::HttpResponder responder)
{
    QString version;
    const json params = message.value("params", json::object());
    const json result = m_rpc.initializeResult(params.is_object() ? params : json::object(), &version);
    if (m_sessions.size() >= kMaxSessions) {
        QString oldest;
        qint64 idle = -1;
        for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
            if (*it && (*it)->idleMs() > idle) {
                idle = (*it)->idleMs();
                oldest = it.key();
            }
        }
        endSession(oldest);
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *session = new DemoSession(id, version, this);
    session->setClientCapabilities(params.is_object() ? params.value("capabilities", json::object()) : json::object());
    m_sessions.insert(id, session);
    qCDebug(lcDemo) << "session started, protocol" << version;
    Q_EMIT sessionStarted(id);

    http::HttpResponse r = http::HttpResponse::json(
        200, QByteArray::fromStdString(DemoRpc::resultResponse(message.at("id"), result).dump()));
    r.headers.set("Mcp-Session-Id", id.toLatin1());
    responder.send(r);
}

void DemoServer::handleGet(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (!request.accepts("text/event-stream")) {
        responder.send(jsonRpcHttpError(406, kBadRequest, QStringLiteral("Not Acceptable: Client must accept text/event-stream")));
        return;
    }
    DemoSession *session = requireSession(request, responder);
    if (!session)
        return;
    if (session->hasStandaloneStream()) {
        responder.send(jsonRpcHttpError(409, kBadRequest, QStringLiteral("Conflict: Only one SSE stream is allowed per session")));
        return;
    }
    http::HttpHeaders h;
    h.set("Content-Type", "text/event-stream");
    h.set("Cache-Control", "no-cache");
    h.set("Mcp-Session-Id", session->id().toLatin1());
    http::HttpStream *stream = responder.stream(200, h);
    if (!stream)
        return;
    if (versionAtLeast(session->protocolVersion(), "2025-11-25"))
        stream->write(http::formatSseEvent(session->nextEventId(), QByteArray(), QByteArray(), 1000));
    session->setStandaloneStream(stream);
}

void DemoServer::handleDelete(const http::HttpRequest &request, http::HttpResponder responder)
{
    DemoSession *session = requireSession(request, responder);
    if (!session)
        return;
    endSession(session->id());
    responder.send(http::HttpResponse::empty(200));
}

} // namespace mcpc::demo
