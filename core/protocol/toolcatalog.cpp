#include "protocol/toolcatalog.h"

#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc {

ToolCatalog::ToolCatalog(McpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ToolCatalog::refresh);
    connect(client, &McpClient::toolsListChanged, this, [this] {
        qCDebug(lcSession) << "tools/list_changed: refreshing the catalog";
        m_debounce->start();
    });
}

void ToolCatalog::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

const Tool *ToolCatalog::find(const QString &name) const
{
    for (const Tool &t : m_tools)
        if (t.name == name)
            return &t;
    return nullptr;
}

bool ToolCatalog::isFresh() const
{
    return m_loaded && m_ttlMs > 0 && m_listedAt.isValid() && m_listedAt.elapsed() < m_ttlMs;
}

void ToolCatalog::refresh()
{
    if (!m_client)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = new ListOperation(m_client, QStringLiteral("tools/list"), "tools", this);
    connect(m_running, &ListOperation::finished, this, &ToolCatalog::onListFinished);
    m_running->start();
}

void ToolCatalog::onListFinished()
{
    ListOperation *op = m_running;
    m_running = nullptr;
    op->deleteLater();
    if (!op->ok()) {
        Q_EMIT refreshFailed(op->error());
    } else {
        QList<Tool> tools;
        for (const nlohmann::json &t : op->items())
            if (auto tool = parseTool(t))
                tools.append(*tool);
        m_tools = std::move(tools);
        m_loaded = true;
        m_ttlMs = op->ttlMs();
        m_cacheScope = op->cacheScope();
        m_listedAt.start();
        Q_EMIT changed();
    }
    if (std::exchange(m_again, false))
        refresh();
}

} // namespace mcpc
