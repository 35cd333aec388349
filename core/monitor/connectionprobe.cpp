#include "http/client/httpclient.h"
#include "monitor/connectionprobe.h"

#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/serverconnector.h"
#include "transport/httpauthenticator.h"
#include "transport/transport.h"

#include <QDateTime>

namespace mcpc {

ConnectionProbe::ConnectionProbe(ServerProfile profile, http::HttpClient *network, SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_secrets(secrets)
{
}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    delete m_headerAuth;
    m_headerAuth = headers.isEmpty() ? nullptr : new StaticHeaderAuthenticator(headers, this);
}

void ConnectionProbe::start()
{
    ServerProfile profile = m_profile;
    if (m_headerAuth)
        profile.auth = AuthMode::None; // the typed values replace the keychain's
    auto *connector = new ServerConnector(profile, m_network, m_secrets, this);
    ClientOptions options;
    options.initializeTimeoutMs = m_timeoutMs;
    options.requestTimeoutMs = m_timeoutMs;
    connector->setClientOptions(options);
    if (m_headerAuth)
        connector->setAuthenticator(m_headerAuth);
    connect(connector, &ServerConnector::finished, this, [this, connector] {
        connector->deleteLater();
        if (m_done)
            return;
        if (!connector->ok()) {
            ServerStatus s;
            s.state = stateForError(connector->error());
            s.lastError = connector->error();
            done(s);
            return;
        }
        m_client = connector->takeClient(this);
        onConnected();
    });
    m_clock.start();
    connector->start();
}

void ConnectionProbe::cancel()
{
    ServerStatus s;
    s.state = ServerStatus::State::Unknown;
    s.lastError = Error::make(ErrorKind::Cancelled, QStringLiteral("Cancelled."));
    done(s);
}

void ConnectionProbe::onConnected()
{
    m_clock.restart();
    // MCP 2026-07-28 has no ping: server/discover is the health check there.
    RpcCall *call = m_client->call(m_client->era() == ProtocolEra::Modern ? QStringLiteral("server/discover") : QStringLiteral("ping"));
    connect(call, &RpcCall::finished, this, [this, call] {
        if (m_done)
            return;
        m_result.latencyMs = int(m_clock.elapsed());
        if (!call->ok() && call->error().kind != ErrorKind::Server) {
            ServerStatus s;
            s.state = stateForError(call->error());
            s.lastError = call->error();
            done(s);
            return;
        }
        if (!call->ok())
            m_result.lastError = Error::make(ErrorKind::Server, QStringLiteral("The server answered ping with an error."),
                                             call->error().code, call->error().message);
        listTools();
    });
}

void ConnectionProbe::listTools()
{
    ServerStatus s = m_result;
    const ServerInfo &info = m_client->serverInfo();
    s.protocolVersion = info.protocolVersion;
    s.transport = m_client->transport()->describe();
    s.serverName = info.displayName();
    s.serverVersion = info.version;
    if (info.capabilitiesKnown && !info.hasCapability("tools")) {
        s.toolCount = 0;
        s.state = s.lastError ? ServerStatus::State::Degraded : ServerStatus::State::Up;
        done(s);
        return;
    }
    auto *op = new ListOperation(m_client, QStringLiteral("tools/list"), "tools", this);
    connect(op, &ListOperation::finished, this, [this, op, s]() mutable {
        op->deleteLater();
        if (op->ok())
            s.toolCount = int(op->items().size());
        else
            s.lastError = Error::make(op->error().kind, QStringLiteral("Could not list the tools: ") + op->error().message,
                                      op->error().code, op->error().hint);
        s.state = s.lastError ? ServerStatus::State::Degraded : ServerStatus::State::Up;
        done(s);
    });
    op->start();
}

void ConnectionProbe::done(ServerStatus status)
{
    if (m_done)
        return;
    m_done = true;
    status.checkedAt = QDateTime::currentDateTimeUtc();
    m_result = std::move(status);
    if (McpClient *c = m_client) {
        // Say goodbye (HTTP DELETE); the client outlives us only until it has.
        c->setParent(nullptr);
        connect(c, &McpClient::closed, c, &QObject::deleteLater);
        c->close();
    }
    Q_EMIT finished();
}

} // namespace mcpc
