#pragma once

#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <nlohmann/json.hpp>

#include <set>

namespace mcpc {

class McpClient;

// Fetches every page of a paginated list (tools/list, resources/list, prompts/list):
// follows nextCursor until it is absent, and stops with an error on a cursor loop.
// Emits finished() once; then items() or error().
class ListOperation : public QObject
{
    Q_OBJECT
public:
    // method "tools/list", itemsKey "tools".
    ListOperation(McpClient *client, QString method, std::string itemsKey, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_ok; }
    const nlohmann::json &items() const { return m_items; } // JSON array
    const Error &error() const { return m_error; }
    int pages() const { return m_pages; }
    // Caching hints (2026-07-28) of the last page: how long the list stays fresh (-1 when
    // the server gave none) and "public"/"private".
    qint64 ttlMs() const { return m_ttlMs; }
    QString cacheScope() const { return m_cacheScope; }

Q_SIGNALS:
    void finished();

private:
    void requestPage(const nlohmann::json &cursor);
    void done(bool ok, Error error = {});

    QPointer<McpClient> m_client;
    QString m_method;
    std::string m_itemsKey;
    nlohmann::json m_items = nlohmann::json::array();
    std::set<std::string> m_seenCursors;
    int m_pages = 0;
    qint64 m_ttlMs = -1;
    QString m_cacheScope;
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

} // namespace mcpc
