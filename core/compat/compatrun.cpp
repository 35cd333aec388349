#include "compat/compatrun.h"

#include "compat/catalogbuilder.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "transport/transport.h"

namespace mcpc::compat {

using nlohmann::json;

CompatRun::CompatRun(ServerProfile profile, http::HttpClient *http, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_http(http), m_secrets(secrets)
{
}

void CompatRun::start()
{
    auto rules = RuleSet::loadDefault();
    if (!rules)
        return fail(rules.error());
    auto *connector = new ServerConnector(m_profile, m_http, m_secrets, this);
    connect(connector, &ServerConnector::finished, this, [this, connector, set = *rules] {
        connector->deleteLater();
        if (!connector->ok())
            return fail(connector->error());
        m_client = connector->takeClient(this);
        auto *op = new ListOperation(m_client, QStringLiteral("tools/list"), "tools", this);
        connect(op, &ListOperation::finished, this, [this, op, set] {
            op->deleteLater();
            if (!op->ok())
                return fail(op->error());
            QList<Tool> tools;
            for (const json &t : op->items())
                if (auto tool = parseTool(t))
                    tools.append(*tool);
            ServerCatalog catalog = buildCatalog(m_profile.name, m_client->serverInfo(), m_client->era(),
                                                 m_client->transport()->describe(), tools, nullptr);
            // server/discover lists only 2026-era versions: whether the server also serves 2025
            // clients is unknown here (the CLI probes it), so the era is left out, not guessed.
            if (catalog.eras == QStringList{QStringLiteral("modern")})
                catalog.eras.clear();
            m_reports = CompatEngine::evaluateAll(catalog, set);
            m_ok = true;
            done();
        });
        op->start();
    });
    connector->start();
}

void CompatRun::fail(const Error &error)
{
    m_error = error;
    done();
}

void CompatRun::done()
{
    if (m_client && m_client->state() == McpClient::State::Ready) {
        connect(m_client, &McpClient::closed, this, &CompatRun::finished);
        m_client->close();
        return;
    }
    Q_EMIT finished();
}

} // namespace mcpc::compat
