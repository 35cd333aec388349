#include "protocol/listoperation.h"

#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "util/jsonfield.h"

#include <QTimer>

using nlohmann::json;

namespace mcpc {

namespace {
constexpr int kMaxPages = 10000; // a server that never stops paging is broken
}

ListOperation::ListOperation(McpClient *client, QString method, std::string itemsKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_itemsKey(std::move(itemsKey))
{
}

void ListOperation::start()
{
    requestPage(nullptr);
}

void ListOperation::requestPage(const json &cursor)
{
    if (!m_client) {
        done(false, Error::make(ErrorKind::Connection, QStringLiteral("The connection is gone.")));
        return;
    }
    json params = nullptr;
    if (!cursor.is_null())
        params = {{"cursor", cursor}};
    RpcCall *call = m_client->call(m_method, params);
    connect(call, &RpcCall::finished, this, [this, call] {
        if (!call->ok()) {
            done(false, call->error());
            return;
        }
        const json &r = call->result();
        ++m_pages;
        auto list = r.find(m_itemsKey);
        if (!r.is_object() || list == r.end() || !list->is_array()) {
            done(false, Error::make(ErrorKind::Protocol,
                QStringLiteral("The server's %1 result has no \"%2\" array.").arg(m_method, QString::fromStdString(m_itemsKey))));
            return;
        }
        for (const json &item : *list)
            m_items.push_back(item);
        if (auto ttl = r.find("ttlMs"); ttl != r.end() && ttl->is_number() && ttl->get<double>() >= 0)
            m_ttlMs = qint64(qMin(ttl->get<double>(), 365.0 * 24 * 3600 * 1000)); // a year is "forever"
        m_cacheScope = jsonString(r, "cacheScope");
        auto next = r.find("nextCursor");
        if (next == r.end() || next->is_null()) {
            done(true);
            return;
        }
        // Cursors are opaque; we only check they are strings and never repeat.
        QString problem;
        if (!next->is_string())
            problem = QStringLiteral("The server's %1 reply has a nextCursor that is not a string.").arg(m_method);
        else if (!m_seenCursors.insert(next->get<std::string>()).second)
            problem = QStringLiteral("The server's %1 pagination loops (a cursor came back twice).").arg(m_method);
        else if (m_pages >= kMaxPages)
            problem = QStringLiteral("The server's %1 goes on past %2 pages; stopped.").arg(m_method).arg(kMaxPages);
        if (!problem.isEmpty()) {
            done(false, Error::make(ErrorKind::Protocol, problem));
            return;
        }
        requestPage(*next);
    });
}

void ListOperation::done(bool ok, Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = ok;
    m_error = std::move(error);
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace mcpc
