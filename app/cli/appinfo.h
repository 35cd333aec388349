#pragma once

#include "protocol/types.h"

#include <QList>
#include <QObject>

#include <functional>

#include <nlohmann/json.hpp>

namespace mcpc {
class McpClient;
}

namespace mcpc::cli {

// `tools --app-info`: reads the ui:// resource of each tool that has an App (MCP Apps)
// and describes it: URI, mime type, declared CSP origins and permissions, size. One
// resources/read at a time; a resource that cannot be read is described with its error.
class AppInfoReader : public QObject
{
    Q_OBJECT
public:
    AppInfoReader(McpClient *client, const QList<Tool> &tools, QObject *parent = nullptr);
    void start();
    const nlohmann::json &apps() const { return m_apps; } // one object per App
    // Human lines for one entry of apps().
    static QStringList describe(const nlohmann::json &app);

Q_SIGNALS:
    void finished();

private:
    void next();

    McpClient *m_client;
    QList<Tool> m_tools;
    int m_index = 0;
    nlohmann::json m_apps = nlohmann::json::array();
};

// The line `call` prints (stderr) for a tool with an App; empty otherwise.
QString appHint(const Tool &tool);

} // namespace mcpc::cli
