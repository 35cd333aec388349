// ping | discover: is the server up, and what does it speak and offer.
#include "cli/connectedcommand.h"
#include "cli/oauthoptions.h"
#include "cli/output.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "transport/transport.h"

#include <QElapsedTimer>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

// "MCP 2026-07-28 over Streamable HTTP"
QString protocolLine(McpClient *client)
{
    return QStringLiteral("%1 over %2").arg(client->serverInfo().protocolLabel(), client->transport()->describe());
}

QString capabilityNames(const json &capabilities)
{
    QStringList caps;
    if (capabilities.is_object())
        for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
            caps << QString::fromStdString(it.key());
    return caps.isEmpty() ? QStringLiteral("nothing") : caps.join(QStringLiteral(", "));
}

// The health check: ping (legacy) or server/discover (modern, which has no ping).
RpcCall *healthCall(McpClient *client)
{
    if (client->era() == ProtocolEra::Modern)
        return client->call(QStringLiteral("server/discover"));
    return client->call(QStringLiteral("ping"));
}

class PingCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        QCommandLineParser p;
        if (!parseTarget(p, QStringLiteral("ping TARGET")))
            return;
        m_timer.start();
        connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        const qint64 connectMs = m_timer.elapsed();
        m_timer.restart();
        RpcCall *call = healthCall(client);
        connect(call, &RpcCall::finished, this, [this, call, client, connectMs] {
            if (!call->ok())
                return void(failAndClose(call->error()));
            const qint64 pingMs = m_timer.elapsed();
            ServerInfo info = client->serverInfo();
            if (client->era() == ProtocolEra::Modern) {
                if (auto fresh = parseDiscoverResult(call->result())) { // a cached era skipped discovery
                    info.capabilities = fresh->capabilities;
                    info.name = fresh->name.isEmpty() ? info.name : fresh->name;
                    info.version = fresh->version.isEmpty() ? info.version : fresh->version;
                    info.title = fresh->title.isEmpty() ? info.title : fresh->title;
                }
            }
            if (m_ctx.out->json()) {
                m_ctx.out->document(json{{"server", {{"name", s(info.name)}, {"title", s(info.title)}, {"version", s(info.version)}}},
                                         {"protocolVersion", s(info.protocolVersion)},
                                         {"era", s(eraName(client->era()))},
                                         {"transport", s(client->transport()->describe())},
                                         {"capabilities", info.capabilities},
                                         {"connectMs", connectMs},
                                         {"pingMs", pingMs}});
            } else {
                m_ctx.out->line(QStringLiteral("%1 %2 is up: %3").arg(info.displayName(), info.version, protocolLine(client)));
                m_ctx.out->line(QStringLiteral("Offers: %1").arg(capabilityNames(info.capabilities)));
                m_ctx.out->line(QStringLiteral("Connected in %1 ms, %2 %3 ms")
                                    .arg(connectMs)
                                    .arg(client->era() == ProtocolEra::Modern ? QStringLiteral("server/discover") : QStringLiteral("ping"))
                                    .arg(pingMs));
            }
            closeAndFinish(0);
        });
    }

private:
    QElapsedTimer m_timer;
};

class DiscoverCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        QCommandLineParser p;
        if (parseTarget(p, QStringLiteral("discover TARGET")))
            connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        if (client->era() != ProtocolEra::Modern) {
            return void(failAndClose(Error::make(ErrorKind::Protocol,
                QStringLiteral("%1 speaks %2, which has no server/discover (it is an MCP 2026-07-28 request).")
                    .arg(client->serverInfo().displayName(), protocolLine(client)),
                0, QStringLiteral("Use `mcp-connect-cli ping` to see what a legacy server offers."))));
        }
        RpcCall *call = client->call(QStringLiteral("server/discover"));
        connect(call, &RpcCall::finished, this, [this, call, client] {
            if (!call->ok())
                return void(failAndClose(call->error()));
            auto info = parseDiscoverResult(call->result());
            if (!info)
                return void(failAndClose(info.error()));
            if (m_ctx.out->json()) {
                m_ctx.out->document(call->result());
            } else {
                m_ctx.out->line(QStringLiteral("%1 %2: %3").arg(info->displayName(), info->version, protocolLine(client)));
                m_ctx.out->line(QStringLiteral("Supported versions: %1").arg(info->supportedVersions.join(QStringLiteral(", "))));
                m_ctx.out->line(QStringLiteral("Offers: %1").arg(capabilityNames(info->capabilities)));
                if (!info->instructions.isEmpty())
                    m_ctx.out->line(QStringLiteral("Instructions (from the server): %1").arg(info->instructions.left(500)));
            }
            closeAndFinish(0);
        });
    }
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) -> Command * { return new T(ctx); };
}

} // namespace

QList<CommandSpec> healthCommands()
{
    return {
        {QStringLiteral("ping"), QStringLiteral("ping TARGET"), QStringLiteral("check that a server is up and what it offers"),
         QStringLiteral("Connects, runs a health check (ping; server/discover for MCP 2026-07-28 servers), prints\n"
                        "the server's name, protocol version and era, transport and capabilities, and disconnects.\n\n") + eraOptionHelp(),
         make<PingCommand>()},
        {QStringLiteral("discover"), QStringLiteral("discover TARGET"), QStringLiteral("show a modern server's server/discover answer"),
         QStringLiteral("Sends server/discover (MCP 2026-07-28) and prints the supported protocol versions,\n"
                        "capabilities and server info (the raw answer with --json). Legacy servers have no\n"
                        "server/discover: the command says so (exit 4).\n\n") + eraOptionHelp() + QStringLiteral("\n") + oauthOptionsHelp(),
         make<DiscoverCommand>()},
    };
}

} // namespace mcpc::cli
