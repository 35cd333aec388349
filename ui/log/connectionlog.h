#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSet>

#include "protocol/mcpclient.h"

namespace mcpc::ui {

// Everything that happened on one server's connection: JSON-RPC frames both ways
// (pretty-printed, credentials masked), the transport's diagnostics and a stdio server's
// stderr, the server's log messages, and status changes. Capped, oldest dropped first.
class ConnectionLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Sent, Received, Diagnostic, ServerLog, Status };
    enum Column { TimeColumn, KindColumn, SummaryColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, DetailRole, PingRole };

    struct Entry
    {
        QDateTime time;
        Kind kind;
        QString summary;
        QString detail; // pretty JSON for frames
        bool ping = false; // a ping request or its answer (the monitor sends many)
    };

    explicit ConnectionLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void attach(McpClient *client); // nullptr detaches
    void addFrame(bool outgoing, const QByteArray &frame);
    void add(Kind kind, const QString &summary, const QString &detail = {});
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }
    void setMaxEntries(int max) { m_max = max; }

    static QString kindName(Kind kind);

private:
    void append(Entry entry);

    QList<Entry> m_entries;
    QPointer<McpClient> m_client;
    QList<QMetaObject::Connection> m_connections;
    QSet<QString> m_pingIds;
    int m_max = 5000;
};

} // namespace mcpc::ui
