#include "http/client/httpclient.h"
#include "monitor/serverchecker.h"

#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/serverconnector.h"
#include "transport/httpauthenticator.h"
#include "transport/transport.h"
#include "util/jsonfield.h"
#include "util/logging.h"

#include <QTimer>

#include <limits>

using nlohmann::json;

namespace mcpc {

int backoffDelayMs(const MonitorOptions &options, int failures)
{
    qint64 delay = qMax(1, options.initialBackoffMs);
    for (int i = 1; i < failures && delay < options.maxBackoffMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, qMax(options.initialBackoffMs, options.maxBackoffMs)));
}

ServerChecker::ServerChecker(ServerProfile profile, http::HttpClient *network, SecretStore *secrets,
                             MonitorOptions options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_nextDelayMs = -1;
        check(false);
    });
}

ServerChecker::~ServerChecker()
{
    // The client is our child and dies with us, without the polite goodbye: that needs
    // the event loop and the network manager, which may be gone. stop() says goodbye.
    ++m_generation;
}

McpClient *ServerChecker::client() const
{
    return m_client;
}

void ServerChecker::setAuthenticator(HttpAuthenticator *auth)
{
    m_auth = auth;
    if (m_running)
        reconnect();
}

void ServerChecker::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    if (m_running)
        reconnect();
}

void ServerChecker::start()
{
    if (m_running)
        return;
    m_running = true;
    check(true);
}

void ServerChecker::stop()
{
    m_running = false;
    m_timer->stop();
    m_nextDelayMs = -1;
    if (m_connector)
        m_connector->deleteLater(); // an unfinished handshake: nothing to close yet
    m_connector = nullptr;
    dropClient();
    m_checking = false;
    ServerStatus next = m_status;
    next.checking = false;
    publish(next);
}

void ServerChecker::checkNow()
{
    if (!m_running) {
        start();
        return;
    }
    check(true);
}

void ServerChecker::reconnect()
{
    if (m_connector)
        m_connector->deleteLater();
    m_connector = nullptr;
    dropClient();
    m_checking = false;
    m_timer->stop();
    ServerStatus next;
    next.state = ServerStatus::State::Connecting;
    publish(next);
    if (m_running)
        check(true);
}

void ServerChecker::check(bool visible)
{
    if (!m_running || m_checking)
        return;
    m_checking = true;
    m_timer->stop();
    m_nextDelayMs = -1;
    if (m_client && m_client->state() == McpClient::State::Ready) {
        if (visible) {
            ServerStatus next = m_status;
            next.checking = true;
            publish(next);
        }
        ping();
        return;
    }
    dropClient();
    connectToServer();
}

void ServerChecker::connectToServer()
{
    ServerStatus next = m_status;
    next.checking = true;
    if (next.state == ServerStatus::State::Unknown)
        next.state = ServerStatus::State::Connecting;
    publish(next);

    auto *connector = new ServerConnector(m_profile, m_network, m_secrets, this);
    connector->setStandaloneStream(true); // tools/list_changed arrives on the GET stream
    ClientOptions co;
    co.initializeTimeoutMs = m_options.connectTimeoutMs;
    co.cachedEra = m_eraHint; // reconnects skip era detection
    co.inputProvider = &m_input;
    connector->setClientOptions(co);
    if (m_authProvider)
        m_auth = m_authProvider(m_profile);
    if (m_auth)
        connector->setAuthenticator(m_auth);
    connect(connector, &ServerConnector::diagnostic, this, &ServerChecker::diagnostic);
    connect(connector, &ServerConnector::clientCreated, this, &ServerChecker::connectionStarted);
    connect(connector, &ServerConnector::clientCreated, this, [this](McpClient *c) {
        connect(c, &McpClient::eraDetected, this, [this](const EraHint &hint) { m_eraHint = hint; });
    });
    const quint64 gen = m_generation;
    connect(connector, &ServerConnector::finished, this, [this, connector, gen] {
        connector->deleteLater();
        if (gen != m_generation || connector != m_connector) {
            // Superseded (reconnect/stop): close what this attempt opened, quietly.
            if (McpClient *stale = connector->ok() ? connector->takeClient(nullptr) : nullptr) {
                connect(stale, &McpClient::closed, stale, &QObject::deleteLater);
                stale->close();
            }
            return;
        }
        m_connector = nullptr;
        onConnected(connector);
    });
    m_connector = connector;
    connector->start();
}

void ServerChecker::onConnected(ServerConnector *connector)
{
    if (!connector->ok()) {
        fail(connector->error(), false);
        return;
    }
    McpClient *client = connector->takeClient(this);
    m_client = client;
    m_tools.clear();
    m_toolsLoaded = false;
    m_toolsError.reset();
    m_pingError.reset();
    connect(client, &McpClient::toolsListChanged, this, [this] {
        qCDebug(lcMonitor) << m_profile.name << "tools changed";
        if (m_checking)
            m_relistAfterCheck = true; // the check lists them anyway, or will relist after
        else
            listTools(false);
    });
    connect(client, &McpClient::failed, this, [this](const Error &e) { fail(e, true); });
    connect(client, &McpClient::diagnostic, this, &ServerChecker::diagnostic);
    Q_EMIT clientChanged(client);
    listenForChanges();
    ping();
}

void ServerChecker::listenForChanges()
{
    // MCP 2026-07-28 has no GET stream: tool-list changes come on the response stream of
    // one long-lived subscriptions/listen request (only when the server offers them).
    const ServerInfo &info = m_client->serverInfo();
    const nlohmann::json *tools = jsonMember(info.capabilities, "tools");
    if (m_client->era() != ProtocolEra::Modern || !tools || !jsonBool(*tools, "listChanged", false))
        return;
    CallOptions options;
    options.timeoutMs = std::numeric_limits<int>::max(); // open until the connection closes
    options.resetTimeoutOnProgress = false;
    RpcCall *listen = m_client->call(QStringLiteral("subscriptions/listen"),
                                     {{"notifications", {{"toolsListChanged", true}}}}, options);
    const quint64 gen = m_generation;
    connect(listen, &RpcCall::finished, this, [this, listen, gen] {
        if (gen != m_generation || listen->error().kind == ErrorKind::Cancelled)
            return;
        // Without the stream the monitor still re-lists when ttlMs says so.
        Q_EMIT diagnostic(QStringLiteral("Change notifications from the server ended: %1")
                              .arg(listen->ok() ? QStringLiteral("the server closed the subscription") : listen->error().message));
    });
}

void ServerChecker::ping()
{
    const quint64 gen = m_generation;
    CallOptions options;
    options.timeoutMs = m_options.pingTimeoutMs;
    m_pingClock.start();
    // MCP 2026-07-28 has no ping: server/discover is the health check there.
    const bool modern = m_client->era() == ProtocolEra::Modern;
    RpcCall *call = m_client->call(modern ? QStringLiteral("server/discover") : QStringLiteral("ping"), nullptr, options);
    connect(call, &RpcCall::finished, this, [this, call, gen] {
        if (gen != m_generation)
            return;
        m_latencyMs = int(m_pingClock.elapsed());
        if (!call->ok()) {
            const Error &e = call->error();
            if (e.kind != ErrorKind::Server) {
                fail(e, true);
                return;
            }
            // It answered, so it is alive; but a server must answer ping (spec: basic/utilities/ping).
            m_pingError = Error::make(ErrorKind::Server, QStringLiteral("The server answered ping with an error."), e.code,
                                      e.message);
        } else {
            m_pingError.reset();
        }
        // Modern servers push no list changes without a subscription; re-list when the
        // server's ttlMs says the list went stale, never sooner.
        const bool stale = m_client && m_client->era() == ProtocolEra::Modern && m_toolsTtlMs >= 0
                           && m_toolsListedAt.isValid() && m_toolsListedAt.elapsed() >= m_toolsTtlMs;
        if (!m_toolsLoaded || stale)
            listTools(true);
        else
            succeed();
    });
}

void ServerChecker::listTools(bool partOfCheck)
{
    if (!m_client)
        return;
    auto finish = [this, partOfCheck] {
        if (partOfCheck)
            succeed();
        else
            publish(liveStatus());
    };
    if (m_client->serverInfo().capabilitiesKnown && !m_client->serverInfo().hasCapability("tools")) {
        m_tools.clear();
        m_toolsLoaded = true;
        m_toolsError.reset();
        Q_EMIT toolsChanged(m_tools);
        finish();
        return;
    }
    const quint64 gen = m_generation;
    auto *op = new ListOperation(m_client, QStringLiteral("tools/list"), "tools", this);
    m_toolsOp = op;
    connect(op, &ListOperation::finished, this, [this, op, gen, finish] {
        op->deleteLater();
        if (gen != m_generation || op != m_toolsOp)
            return;
        m_toolsOp = nullptr;
        if (!op->ok()) {
            if (!m_client || m_client->state() != McpClient::State::Ready) {
                fail(op->error(), true);
                return;
            }
            m_toolsError = Error::make(op->error().kind, QStringLiteral("Could not list the tools: ") + op->error().message,
                                       op->error().code, op->error().hint);
        } else {
            QList<Tool> tools;
            for (const json &t : op->items())
                if (auto tool = parseTool(t))
                    tools.append(*tool);
            m_tools = tools;
            m_toolsLoaded = true;
            m_toolsTtlMs = op->ttlMs();
            m_toolsListedAt.start();
            m_toolsError.reset();
            Q_EMIT toolsChanged(m_tools);
        }
        finish();
    });
    op->start();
}

ServerStatus ServerChecker::liveStatus() const
{
    ServerStatus s;
    const bool slow = m_latencyMs > m_options.slowThresholdMs;
    if (m_pingError)
        s.lastError = m_pingError;
    else if (m_toolsError)
        s.lastError = m_toolsError;
    else if (slow)
        s.lastError = Error::make(ErrorKind::Timeout, QStringLiteral("Slow: the last ping took %1 ms.").arg(m_latencyMs), 0,
                                  QStringLiteral("The server is reachable but answers slowly."));
    s.state = s.lastError ? ServerStatus::State::Degraded : ServerStatus::State::Up;
    s.checking = m_checking;
    s.latencyMs = m_latencyMs;
    if (m_client) {
        const ServerInfo &info = m_client->serverInfo();
        s.protocolVersion = info.protocolVersion;
        s.transport = m_client->transport() ? m_client->transport()->describe() : QString();
        s.serverName = info.displayName();
        s.serverVersion = info.version;
    }
    s.toolCount = m_toolsLoaded ? int(m_tools.size()) : -1;
    s.checkedAt = m_status.checkedAt;
    return s;
}

void ServerChecker::succeed()
{
    m_checking = false;
    ServerStatus next = liveStatus();
    next.checkedAt = m_options.now();
    schedule(m_options.pingIntervalMs);
    publish(next);
    if (std::exchange(m_relistAfterCheck, false))
        listTools(false);
}

void ServerChecker::fail(const Error &error, bool dropConnection)
{
    qCInfo(lcMonitor).noquote() << m_profile.name << "check failed:" << error.message;
    m_checking = false;
    m_relistAfterCheck = false;
    if (dropConnection)
        dropClient();
    ServerStatus next = m_status;
    next.state = stateForError(error);
    next.checking = false;
    next.latencyMs = -1;
    next.lastError = error;
    next.consecutiveFailures = m_status.consecutiveFailures + 1;
    next.checkedAt = m_options.now();
    // Scheduled before publishing, so listeners can say when the next retry is.
    schedule(backoffDelayMs(m_options, next.consecutiveFailures));
    publish(next);
}

void ServerChecker::dropClient()
{
    ++m_generation; // answers still on their way belong to the old connection
    m_toolsOp = nullptr;
    McpClient *c = m_client;
    if (!c)
        return;
    m_client = nullptr;
    disconnect(c, nullptr, this, nullptr);
    connect(c, &McpClient::closed, c, &QObject::deleteLater);
    c->close();
    Q_EMIT clientChanged(nullptr);
}

void ServerChecker::schedule(int delayMs)
{
    if (!m_running)
        return;
    m_nextDelayMs = delayMs;
    m_timer->start(delayMs);
}

void ServerChecker::publish(ServerStatus next)
{
    if (next == m_status)
        return;
    m_status = std::move(next);
    Q_EMIT statusChanged(m_status);
}

} // namespace mcpc
