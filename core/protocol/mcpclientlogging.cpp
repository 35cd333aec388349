// McpClient, server logging: the level a user asked for (--log-level) in the legacy era,
// where it is session state set once with logging/setLevel. (The modern era sends it in
// every request's _meta; see withModernMeta.)
#include "protocol/mcpclient.h"

#include "protocol/rpccall.h"
#include "util/logging.h"

using nlohmann::json;

namespace mcpc {

const QStringList &logLevels()
{
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("notice"),
                                    QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical"),
                                    QStringLiteral("alert"), QStringLiteral("emergency")};
    return levels;
}

void McpClient::sendLogLevel()
{
    auto *c = new RpcCall(this, QStringLiteral("logging/setLevel"));
    connect(c, &RpcCall::finished, this, [this, c] {
        // A refusal costs the logs, not the connection: say so and carry on.
        if (!c->ok())
            Q_EMIT warning(QStringLiteral("The server did not accept log level %1: %2").arg(m_options.logLevel, c->error().message));
        if (m_state == State::Connecting)
            becomeLegacyReady();
    });
    Pending p;
    p.method = "logging/setLevel";
    p.params = {{"level", m_options.logLevel.toStdString()}};
    p.options.timeoutMs = m_options.initializeTimeoutMs;
    qCDebug(lcSession) << "asking for server logs at level" << m_options.logLevel;
    start(c, std::move(p));
}

} // namespace mcpc
