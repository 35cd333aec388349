#include "log/connectionlog.h"
#include "util/jsonfield.h"

#include "log/redaction.h"
#include "protocol/mcpclient.h"
#include "util/boundedjson.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::ui {

namespace {

QString idText(const json &m)
{
    if (!m.contains("id"))
        return {};
    const json &id = m["id"];
    return id.is_string() ? QString::fromStdString(id.get<std::string>()) : QString::fromStdString(id.dump());
}

// "tools/call #5 · echo", "result #5", "error #5 · -32601 Method not found".
QString summarize(const json &m, bool *isRequest)
{
    *isRequest = false;
    if (!m.is_object())
        return QCoreApplication::translate("ConnectionLog", "(not a JSON-RPC message)");
    const QString id = idText(m);
    if (m.contains("method") && m["method"].is_string()) {
        QString s = QString::fromStdString(m["method"].get<std::string>());
        if (!id.isEmpty()) {
            s += QStringLiteral("  #") + id;
            *isRequest = true;
        }
        const json params = m.value("params", json());
        if (params.is_object() && params.contains("name") && params["name"].is_string())
            s += QStringLiteral("  · ") + QString::fromStdString(params["name"].get<std::string>());
        return s;
    }
    if (m.contains("error")) {
        const json &e = m["error"];
        return QCoreApplication::translate("ConnectionLog", "error  #%1  · %2 %3")
            .arg(id, QString::fromStdString(e.value("code", json(0)).dump()),
                 jsonString(e, "message"));
    }
    return QCoreApplication::translate("ConnectionLog", "result  #") + id;
}

} // namespace

ConnectionLog::ConnectionLog(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConnectionLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionLog::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sent: return tr("→ sent");
    case Kind::Received: return tr("← received");
    case Kind::Diagnostic: return QStringLiteral("note");
    case Kind::ServerLog: return tr("server log");
    case Kind::Status: return QStringLiteral("status");
    }
    return {};
}

QVariant ConnectionLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale::c().toString(e.time, QStringLiteral("HH:mm:ss.zzz"));
        case KindColumn: return kindName(e.kind);
        case SummaryColumn: return e.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return e.summary;
    case KindRole:
        return int(e.kind);
    case DetailRole:
        return e.detail.isEmpty() ? e.summary : e.detail;
    case PingRole:
        return e.ping;
    default:
        return {};
    }
}

QVariant ConnectionLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("Message");
    }
    return {};
}

void ConnectionLog::attach(McpClient *client)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_client = client;
    if (!client)
        return;
    m_connections << connect(client, &McpClient::traffic, this, &ConnectionLog::addFrame);
    m_connections << connect(client, &McpClient::diagnostic, this,
                             [this](const QString &line) { add(Kind::Diagnostic, redactText(line)); });
    m_connections << connect(client, &McpClient::logMessage, this, [this](const QString &level, const QString &text) {
        add(Kind::ServerLog, QStringLiteral("[%1] %2").arg(level, redactText(text)));
    });
}

void ConnectionLog::addFrame(bool outgoing, const QByteArray &frame)
{
    const json parsed = parseBoundedJson(frame).value; // discarded when malformed or too deep to show
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.kind = outgoing ? Kind::Sent : Kind::Received;
    if (parsed.is_discarded()) {
        e.summary = tr("(unparsable frame, %1 bytes)").arg(frame.size());
        e.detail = redactText(QString::fromUtf8(frame.left(64 * 1024)));
        append(std::move(e));
        return;
    }
    const json shown = redactJson(parsed);
    bool isRequest = false;
    if (shown.is_array()) {
        e.summary = tr("batch of %1").arg(shown.size());
    } else {
        e.summary = summarize(shown, &isRequest);
        const QString id = idText(shown);
        const bool pingRequest = isRequest && jsonStdString(shown, "method") == "ping";
        // Pair answers with the pings they answer, per direction of the request.
        const QString key = (outgoing ? QStringLiteral("out:") : QStringLiteral("in:")) + id;
        const QString answerKey = (outgoing ? QStringLiteral("in:") : QStringLiteral("out:")) + id;
        if (pingRequest)
            m_pingIds.insert(key);
        e.ping = pingRequest || (!isRequest && !id.isEmpty() && m_pingIds.remove(answerKey));
    }
    e.detail = QString::fromStdString(shown.dump(2, ' ', false, json::error_handler_t::replace));
    append(std::move(e));
}

void ConnectionLog::add(Kind kind, const QString &summary, const QString &detail)
{
    append(Entry{QDateTime::currentDateTime(), kind, summary, detail, false});
}

void ConnectionLog::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pingIds.clear();
    endResetModel();
}

void ConnectionLog::append(Entry entry)
{
    if (m_entries.size() >= m_max) {
        const int drop = qMax(1, m_max / 10); // drop in chunks: fewer model resets
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
}

} // namespace mcpc::ui
