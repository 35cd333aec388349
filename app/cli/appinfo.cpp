#include "cli/appinfo.h"

#include "apps/appresource.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"

using nlohmann::json;

namespace mcpc::cli {

AppInfoReader::AppInfoReader(McpClient *client, const QList<Tool> &tools, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (const Tool &t : tools) {
        if (apps::resourceUriOf(t).isValid())
            m_tools << t;
    }
}

void AppInfoReader::start()
{
    next();
}

void AppInfoReader::next()
{
    if (m_index >= m_tools.size()) {
        Q_EMIT finished();
        return;
    }
    const Tool tool = m_tools.at(m_index++);
    const QUrl uri = apps::resourceUriOf(tool);
    RpcCall *read = m_client->call(QStringLiteral("resources/read"), {{"uri", uri.toString().toStdString()}});
    connect(read, &RpcCall::finished, this, [this, read, tool, uri] {
        json entry = {{"tool", tool.name.toStdString()}, {"resourceUri", uri.toString().toStdString()}};
        auto resource = read->ok() ? AppResource::fromReadResult(uri, read->result())
                                   : Result<AppResource>(std::unexpected(read->error()));
        if (!resource) {
            entry["error"] = resource.error().message.toStdString();
        } else {
            entry["mimeType"] = resource->mimeType.toStdString();
            entry["size"] = resource->html.size();
            entry["csp"] = resource->csp.toJson();
            entry["permissions"] = resource->permissions.toJson();
            entry["prefersBorder"] = resource->prefersBorder;
        }
        m_apps.push_back(entry);
        next();
    });
}

QStringList AppInfoReader::describe(const json &app)
{
    auto s = [](const json &v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); };
    QStringList lines{QStringLiteral("App of %1: %2").arg(s(app.value("tool", json())), s(app.value("resourceUri", json())))};
    if (app.contains("error")) {
        lines << QStringLiteral("  error:       %1").arg(s(app["error"]));
        return lines;
    }
    auto list = [](const json &arr) {
        QStringList out;
        for (const json &v : arr)
            out << QString::fromStdString(v.get<std::string>());
        return out.isEmpty() ? QStringLiteral("(none)") : out.join(QStringLiteral(", "));
    };
    const json &csp = app["csp"];
    QStringList perms;
    for (auto it = app["permissions"].begin(); it != app["permissions"].end(); ++it)
        perms << QString::fromStdString(it.key());
    lines << QStringLiteral("  mime type:   %1").arg(s(app["mimeType"]))
          << QStringLiteral("  size:        %1 bytes").arg(app["size"].get<qint64>())
          << QStringLiteral("  connect:     %1").arg(list(csp["connectDomains"]))
          << QStringLiteral("  resources:   %1").arg(list(csp["resourceDomains"]))
          << QStringLiteral("  frames:      %1").arg(list(csp["frameDomains"]))
          << QStringLiteral("  permissions: %1").arg(perms.isEmpty() ? QStringLiteral("(none)") : perms.join(QStringLiteral(", ")));
    return lines;
}

QString appHint(const Tool &tool)
{
    const QUrl uri = apps::resourceUriOf(tool);
    if (!uri.isValid())
        return {};
    return QStringLiteral("this tool has an App (%1); open it in MCP Connect (Tools tab, Open App) to see it").arg(uri.toString());
}

} // namespace mcpc::cli
