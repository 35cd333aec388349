#include "cli/connectedcommand.h"

#include "cli/output.h"
#include "cli/services.h"
#include "profiles/profilestore.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"

#include <QTimer>

namespace mcpc::cli {

Result<ServerProfile> resolveTarget(Services *services, const QString &target, bool allowHttp)
{
    if (target.contains(QStringLiteral("://"))) {
        auto url = parseServerUrl(target);
        if (!url)
            return std::unexpected(url.error());
        ServerProfile p;
        p.name = slugifyServerName(url->host());
        p.url = *url;
        p.allowInsecureHttp = allowHttp;
        if (auto ok = validateProfile(p); !ok)
            return std::unexpected(ok.error());
        return p;
    }
    auto found = services->profiles()->find(target);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("No server named '%1'. Give a URL, or add it with `mcp-connect-cli servers add`.").arg(target)));
    return **found;
}

void ConnectedCommand::connectTo(const ServerProfile &profile)
{
    m_profile = profile;
    if (isInsecureRemoteUrl(profile.url) && profile.isHttp())
        m_ctx.out->info(QStringLiteral("warning: %1 uses plain HTTP to another machine; use HTTPS in production.")
                            .arg(profile.url.toString()));
    auto *connector = new ServerConnector(profile, m_ctx.services->httpClient(), m_ctx.services->secrets(), this);
    connect(connector, &ServerConnector::diagnostic, this, [this](const QString &line) {
        if (qEnvironmentVariableIsSet("MCPC_VERBOSE"))
            m_ctx.out->info(QStringLiteral("note: ") + line);
    });
    connect(connector, &ServerConnector::finished, this, [this, connector] {
        connector->deleteLater();
        if (!connector->ok()) {
            finish(m_ctx.out->fail(connector->error()));
            return;
        }
        m_client = connector->takeClient(this);
        onConnected(m_client);
    });
    connector->start();
}

void ConnectedCommand::closeAndFinish(int exitCode)
{
    if (!m_client) {
        finish(exitCode);
        return;
    }
    connect(m_client, &McpClient::closed, this, [this, exitCode] { finish(exitCode); });
    m_client->close();
}

int ConnectedCommand::failAndClose(const Error &error)
{
    const int code = m_ctx.out->fail(error);
    closeAndFinish(code);
    return code;
}

} // namespace mcpc::cli
