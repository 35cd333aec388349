// McpClient, modern era (MCP 2026-07-28): era detection with server/discover, the
// per-request _meta and HTTP headers, and the one-time re-probe when a cached era
// stops working. The legacy handshake lives in mcpclientlegacy.cpp.
#include "protocol/mcpclient.h"

#include "apps/appresource.h"
#include "protocol/rpccall.h"
#include "transport/transport.h"
#include "util/logging.h"
#include "util/jsonfield.h"

#include <QTimer>

using nlohmann::json;

namespace mcpc {

namespace {

QStringList stringList(const json &value)
{
    QStringList out;
    if (value.is_array())
        for (const json &v : value)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

// HTTP statuses and JSON-RPC codes with which a legacy server turns away a modern
// request it does not understand (no session, unknown method...).
bool looksLikeLegacyRefusal(const Error &e)
{
    if (e.kind == ErrorKind::Protocol)
        return e.code == 400 || e.code == 404 || e.code == 405;
    if (e.kind == ErrorKind::Server)
        return e.code == -32600 || e.code == -32601 || (e.code <= -32000 && e.code >= -32019);
    return false;
}

// The newest modern version both sides speak; empty when none.
QString mutualModernVersion(const QStringList &supported)
{
    for (const QString &v : modernProtocolVersions())
        if (supported.contains(v))
            return v;
    return {};
}

} // namespace

bool McpClient::retryUnsupportedVersion(const QByteArray &key, const json &errorData)
{
    // A modern request refused with UnsupportedProtocolVersion: switch to a version the
    // server lists and ask again, once per request.
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->isProbe || it->replayed || m_era != ProtocolEra::Modern)
        return false;
    const QString next = mutualModernVersion(stringList(errorData.is_object() ? errorData.value("supported", json()) : json()));
    if (next.isEmpty())
        return false;
    m_modernVersion = next;
    m_server.protocolVersion = next;
    Pending p = takeForResend(it);
    p.replayed = true;
    if (RpcCall *c = p.call)
        start(c, std::move(p));
    return true;
}

void McpClient::sendProbe(const QString &version)
{
    m_modernVersion = version;
    auto *c = new RpcCall(this, QStringLiteral("server/discover"));
    connect(c, &RpcCall::finished, this, [this, c] { onProbeFinished(c); });
    Pending p;
    p.method = "server/discover";
    p.params = json::object();
    p.isProbe = true;
    // A legacy stdio server may ignore a request before initialize: wait only briefly.
    p.options.timeoutMs = m_transport->isHttp() ? m_options.initializeTimeoutMs
                                                : qMin(m_options.stdioProbeTimeoutMs, m_options.initializeTimeoutMs);
    p.options.resetTimeoutOnProgress = false;
    qCDebug(lcSession) << "probing the modern era with server/discover, version" << version;
    start(c, std::move(p));
}

void McpClient::onProbeFinished(RpcCall *c)
{
    if (c->ok()) {
        auto info = parseDiscoverResult(c->result());
        if (!info) { // an answer, but not a discover result: a legacy server's idea of one
            if (m_options.eraPreference == EraPreference::Modern)
                failConnecting(info.error());
            else
                fallBackToLegacy(info.error());
            return;
        }
        if (!info->supportedVersions.contains(m_modernVersion)) {
            // It answered our version, yet does not list it: believe the answer, note it.
            Q_EMIT diagnostic(QStringLiteral("The server answered %1 requests but does not list that version (it lists %2).")
                                  .arg(m_modernVersion, info->supportedVersions.join(QStringLiteral(", "))));
        }
        m_server = *info;
        becomeModern(m_modernVersion, false);
        return;
    }
    const Error e = c->error();
    const bool modernPinned = m_options.eraPreference == EraPreference::Modern;
    if (e.kind == ErrorKind::Server && e.code == jsonrpc::UnsupportedProtocolVersion) {
        const QStringList supported = stringList(c->errorData().value("supported", json()));
        const QString next = mutualModernVersion(supported);
        if (!next.isEmpty() && !m_probeRetried) { // retry once, even with the same version
            m_probeRetried = true;
            sendProbe(next);
            return;
        }
        if (!next.isEmpty()) {
            failConnecting(Error::make(ErrorKind::Protocol,
                QStringLiteral("The server rejected MCP %1 although it says it supports it (it lists %2).")
                    .arg(m_modernVersion, supported.join(QStringLiteral(", "))),
                e.code, QStringLiteral("The server is misbehaving; try --protocol-era legacy, or report it to its maintainers.")));
            return;
        }
        bool legacyOffered = false;
        for (const QString &v : supported)
            legacyOffered = legacyOffered || supportedProtocolVersions().contains(v);
        if (legacyOffered && !modernPinned) {
            fallBackToLegacy(e);
            return;
        }
        QStringList ours = modernProtocolVersions();
        if (!modernPinned)
            ours += supportedProtocolVersions();
        failConnecting(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server supports only MCP %1; MCP Connect speaks %2.")
                .arg(supported.isEmpty() ? QStringLiteral("(it named no version)") : supported.join(QStringLiteral(", ")),
                     ours.join(QStringLiteral(", "))),
            e.code, QStringLiteral("Update MCP Connect or the server so that they share a protocol version.")));
        return;
    }
    if (e.kind == ErrorKind::Server && jsonrpc::isModernErrorCode(e.code)) {
        failConnecting(e); // a modern server that refuses us: falling back would not help
        return;
    }
    // Never fall back on sign-in problems, unreachable servers or a cancel; on HTTP a
    // timeout is no era signal either. On stdio, silence means legacy.
    const bool noFallback = e.kind == ErrorKind::Auth || e.kind == ErrorKind::Connection || e.kind == ErrorKind::Cancelled
                            || e.kind == ErrorKind::Unavailable || (e.kind == ErrorKind::Timeout && m_transport->isHttp());
    if (noFallback) {
        failConnecting(e);
        return;
    }
    if (modernPinned) {
        Error err = e;
        err.message = QStringLiteral("The server does not speak MCP %1 (%2).").arg(m_modernVersion, e.message);
        err.hint = QStringLiteral("Leave out --protocol-era modern to let MCP Connect fall back to the older protocol.");
        failConnecting(err);
        return;
    }
    fallBackToLegacy(e);
}

void McpClient::fallBackToLegacy(const Error &why)
{
    qCInfo(lcSession) << "no modern answer (" << why.message << "); using the initialize handshake";
    Q_EMIT diagnostic(QStringLiteral("The server did not answer as an MCP %1 server (%2); using the initialize handshake.")
                          .arg(m_modernVersion, why.message));
    m_era = ProtocolEra::Unknown;
    sendInitialize();
}

void McpClient::becomeModern(const QString &version, bool fromCache)
{
    m_era = ProtocolEra::Modern;
    m_modernVersion = version;
    m_server.era = ProtocolEra::Modern;
    m_server.protocolVersion = version;
    m_eraFromCache = fromCache;
    if (fromCache)
        m_server.capabilitiesKnown = false;
    else
        settle({ProtocolEra::Modern, version});
    if (m_reinitializing) { // a re-probe after a stale cache: send what waited
        replayAfterReconnect();
        return;
    }
    m_state = State::Ready;
    qCDebug(lcSession) << "ready; modern protocol" << version << (fromCache ? "(cached era)" : "");
    Q_EMIT ready();
    flushQueued();
}

void McpClient::settle(const EraHint &hint)
{
    if (hint.era == m_options.cachedEra.era && hint.version == m_options.cachedEra.version)
        return;
    m_options.cachedEra = hint;
    Q_EMIT eraDetected(hint);
}

bool McpClient::reprobeIfCacheStale(const QByteArray &key, const Error &error)
{
    // The cached modern era was wrong (the server changed): detect again, once, and
    // replay the request in whatever era the server speaks now.
    if (!m_eraFromCache || m_reprobed || m_options.eraPreference != EraPreference::Auto || !looksLikeLegacyRefusal(error))
        return false;
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->isProbe || it->isInitialize)
        return false;
    m_reprobed = true;
    m_eraFromCache = false;
    m_options.cachedEra = {};
    qCInfo(lcSession) << "the cached modern era did not work; detecting again";
    Q_EMIT diagnostic(QStringLiteral("The server no longer answers as cached (%1); detecting its protocol again.").arg(error.message));
    if (it->timer)
        it->timer->stop();
    m_transport->abandon(key);
    m_replay.append(key);
    m_reinitializing = true;
    m_server = {};
    m_era = ProtocolEra::Unknown;
    sendProbe(modernProtocolVersions().first());
    return true;
}

json McpClient::withModernMeta(json params, bool acceptsTasks) const
{
    if (!params.is_object())
        params = json::object();
    json &meta = params["_meta"];
    if (!meta.is_object())
        meta = json::object();
    meta["io.modelcontextprotocol/protocolVersion"] = m_modernVersion.toStdString();
    // Modern servers ask for input through input_required results, which InputRequiredLoop
    // answers (form elicitation, roots). A compliant server asks nothing undeclared, so
    // declare those two; sampling stays undeclared: we have no model.
    meta["io.modelcontextprotocol/clientCapabilities"] = {{"elicitation", {{"form", json::object()}}},
                                                           {"roots", json::object()}};
    json extensions = json::object();
    extensions[apps::kExtensionId] = apps::extensionCapability(); // MCP Apps, on every request
    if (acceptsTasks) // the Tasks extension is opted into per request (SEP-2663)
        extensions["io.modelcontextprotocol/tasks"] = json::object();
    meta["io.modelcontextprotocol/clientCapabilities"]["extensions"] = extensions;
    meta["io.modelcontextprotocol/clientInfo"] = {{"name", m_options.clientName.toStdString()},
                                                  {"title", m_options.clientTitle.toStdString()},
                                                  {"version", m_options.clientVersion.toStdString()}};
    if (!m_options.logLevel.isEmpty())
        meta["io.modelcontextprotocol/logLevel"] = m_options.logLevel.toStdString();
    return params;
}

modern::HeaderList McpClient::modernHeaders(const std::string &method, const json &params) const
{
    modern::HeaderList h = modern::standardHeaders(method, params);
    if (method == "tools/call" && params.is_object() && params.contains("name") && params["name"].is_string()) {
        const auto it = m_toolHeaders.constFind(QString::fromStdString(params["name"].get<std::string>()));
        if (it != m_toolHeaders.constEnd())
            h += modern::paramHeaders(*it, params.value("arguments", json::object()));
    }
    return h;
}

void McpClient::filterToolList(json &result)
{
    // Spec (Streamable HTTP, x-mcp-header): a tool with invalid annotations is left out,
    // with a warning; the valid tools stay usable.
    if (!result.is_object() || !result.contains("tools") || !result["tools"].is_array())
        return;
    json kept = json::array();
    for (const json &tool : result["tools"]) {
        const QString name = jsonString(tool, "name");
        auto params = modern::headerParams(tool.is_object() ? tool.value("inputSchema", json::object()) : json());
        if (!params) {
            const QString line = QStringLiteral("Left out tool '%1': %2.").arg(name, params.error().message);
            qCWarning(lcSession) << line;
            Q_EMIT diagnostic(line);
            Q_EMIT warning(line);
            continue;
        }
        m_toolHeaders.insert(name, *params);
        kept.push_back(tool);
    }
    result["tools"] = std::move(kept);
}

void McpClient::onStreamLost(const QByteArray &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    if (it->replayed) {
        QPointer<RpcCall> c = it->call;
        finishPending(key);
        if (c)
            c->fail(Error::make(ErrorKind::Connection,
                QStringLiteral("The server's response stream broke twice before it answered %1.").arg(c->method())));
        return;
    }
    // Streams are not resumable in the modern era: ask again under a new id.
    Pending p = takeForResend(it);
    p.replayed = true;
    Q_EMIT diagnostic(QStringLiteral("The server's response stream broke; sending the request again."));
    if (RpcCall *c = p.call)
        start(c, std::move(p));
}

} // namespace mcpc
