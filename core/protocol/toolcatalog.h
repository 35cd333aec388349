#pragma once

#include "protocol/types.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace mcpc {

class McpClient;
class ListOperation;

// The current tool list of one connection. refresh() fetches every page; a
// notifications/tools/list_changed from the server refreshes it again (debounced, since
// servers often send several in a row). Emits changed() after each successful fetch.
class ToolCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ToolCatalog(McpClient *client, QObject *parent = nullptr);

    void refresh();
    const QList<Tool> &tools() const { return m_tools; }
    const Tool *find(const QString &name) const;
    bool isLoaded() const { return m_loaded; }
    // The server's caching hints for the list (2026-07-28 tools/list ttlMs/cacheScope):
    // ttlMs -1 = none given. isFresh(): listed less than ttlMs ago, so re-listing would
    // only fetch the same thing.
    qint64 ttlMs() const { return m_ttlMs; }
    QString cacheScope() const { return m_cacheScope; }
    bool isFresh() const;
    void setDebounceMs(int ms);

Q_SIGNALS:
    void changed();
    void refreshFailed(const mcpc::Error &error);

private:
    void onListFinished();

    QPointer<McpClient> m_client;
    QPointer<ListOperation> m_running;
    QTimer *m_debounce;
    QList<Tool> m_tools;
    qint64 m_ttlMs = -1;
    QString m_cacheScope;
    QElapsedTimer m_listedAt;
    bool m_loaded = false;
    bool m_again = false; // a change arrived while a fetch was running
};

} // namespace mcpc
