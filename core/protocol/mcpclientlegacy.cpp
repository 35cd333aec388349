// McpClient, legacy era (MCP 2025-11-25 and earlier): the initialize handshake and
// version check, and the single re-initialize-and-replay when the server forgets our
// session (HTTP 404 on Mcp-Session-Id). Era detection and the modern requests live in
// mcpclientmodern.cpp; requests, timeouts and cancellation in mcpclient.cpp.
#include "protocol/mcpclient.h"

#include "apps/appresource.h"
#include "protocol/rpccall.h"
#include "transport/transport.h"
#include "util/logging.h"

#include <QTimer>

using nlohmann::json;

namespace mcpc {

void McpClient::sendInitialize()
{
    // Elicitation (form mode) only when someone can answer it; roots and sampling never
    // in this era: servers then don't send requests we would have to refuse.
    json capabilities = json::object();
    if (m_options.inputProvider)
        capabilities["elicitation"] = {{"form", json::object()}};
    // MCP Apps (io.modelcontextprotocol/ui): the GUI renders them, the CLI points to them.
    // Extensions go in capabilities.extensions in this era.
    capabilities["extensions"] = {{apps::kExtensionId, apps::extensionCapability()}};
    const json params = {
        {"protocolVersion", latestProtocolVersion().toStdString()},
        {"capabilities", capabilities},
        {"clientInfo",
         {{"name", m_options.clientName.toStdString()},
          {"title", m_options.clientTitle.toStdString()},
          {"version", m_options.clientVersion.toStdString()}}},
    };
    auto *c = new RpcCall(this, QStringLiteral("initialize"));
    connect(c, &RpcCall::finished, this, [this, c] { onInitializeFinished(c); });
    Pending p;
    p.method = "initialize";
    p.params = params;
    p.isInitialize = true;
    p.options.timeoutMs = m_options.initializeTimeoutMs;
    p.options.resetTimeoutOnProgress = false;
    start(c, std::move(p));
}

void McpClient::onInitializeFinished(RpcCall *c)
{
    const bool reinit = m_reinitializing;
    auto fail = [&](const Error &e) {
        if (reinit) {
            m_reinitializing = false;
            const QList<QByteArray> replay = std::exchange(m_replay, {});
            Error err = e;
            err.message = QStringLiteral("The server's session expired and re-initializing failed: ") + e.message;
            for (const QByteArray &key : replay) {
                auto it = m_pending.find(key);
                if (it != m_pending.end() && it->call)
                    it->call->fail(err);
                finishPending(key);
            }
            for (auto &[call, pending] : std::exchange(m_queued, {}))
                if (call)
                    call->fail(err);
            return;
        }
        failConnecting(e);
    };
    if (!c->ok()) {
        // A modern-only server refuses initialize with a modern error (e.g. -32022): the
        // cached or assumed legacy era is wrong, so probe it the modern way once.
        if (jsonrpc::isModernErrorCode(c->error().code) && c->error().kind == ErrorKind::Server
            && m_options.eraPreference != EraPreference::Legacy && !m_triedModernAfterInit) {
            m_triedModernAfterInit = true;
            qCInfo(lcSession) << "initialize refused with a modern error; probing the modern era";
            sendProbe(modernProtocolVersions().first());
            return;
        }
        fail(c->error());
        return;
    }
    auto info = parseInitializeResult(c->result());
    if (!info) {
        fail(info.error());
        return;
    }
    if (!supportedProtocolVersions().contains(info->protocolVersion)) {
        fail(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server speaks MCP protocol version %1, which MCP Connect does not support (it supports %2).")
                .arg(info->protocolVersion, supportedProtocolVersions().join(QStringLiteral(", "))),
            0, QStringLiteral("Update the server, or check that the URL points at an MCP endpoint.")));
        return;
    }
    m_server = *info;
    m_era = ProtocolEra::Legacy;
    settle({ProtocolEra::Legacy, m_server.protocolVersion});
    m_transport->setNegotiatedVersion(m_server.protocolVersion);
    sendRaw(jsonrpc::makeNotification("notifications/initialized", nullptr), SendNotification);
    m_transport->initialized();
    if (reinit) {
        ++m_reinitCount;
        qCInfo(lcSession) << "session re-established; replaying" << m_replay.size() << "request(s)";
        replayAfterReconnect();
        return;
    }
    if (!m_options.logLevel.isEmpty() && m_server.hasCapability("logging")) {
        sendLogLevel(); // then ready: the level applies to every request we send
        return;
    }
    becomeLegacyReady();
}

void McpClient::becomeLegacyReady()
{
    m_state = State::Ready;
    qCDebug(lcSession) << "ready; protocol" << m_server.protocolVersion;
    Q_EMIT ready();
    flushQueued();
}

void McpClient::replayAfterReconnect()
{
    m_reinitializing = false;
    for (const QByteArray &key : std::exchange(m_replay, {})) {
        auto it = m_pending.find(key);
        if (it == m_pending.end())
            continue;
        Pending p = takeForResend(it);
        if (RpcCall *replayed = p.call) // read before p is moved into the call
            start(replayed, std::move(p)); // new id: ids are never reused
    }
    flushQueued();
}

void McpClient::onSessionExpired(const QByteArray &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    if (it->replayed || it->isInitialize) {
        QPointer<RpcCall> c = it->call;
        finishPending(key);
        if (c)
            c->fail(Error::make(ErrorKind::Connection,
                QStringLiteral("The server ended the session again right after it was re-established.")));
        return;
    }
    it->replayed = true;
    if (it->timer)
        it->timer->stop();
    m_replay.append(key);
    if (m_reinitializing)
        return;
    qCInfo(lcSession) << "server forgot our session; re-initializing once";
    Q_EMIT diagnostic(QStringLiteral("The server's session expired; reconnecting."));
    m_reinitializing = true;
    m_transport->resetSession();
    sendInitialize();
}

} // namespace mcpc
