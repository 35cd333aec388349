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
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

} // namespace mcpc
