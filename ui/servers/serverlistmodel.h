#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"

#include <QAbstractListModel>
#include <QHash>

namespace mcpc {
class StatusMonitor;
}

namespace mcpc::ui {

// The servers in the sidebar: profiles in file order, each with its live status from
// the monitor. Display role = name; the delegate reads the other roles.
class ServerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, TargetRole, StatusRole, StateRole, InsecureRole };

    explicit ServerListModel(StatusMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setProfiles(const QList<ServerProfile> &profiles);
    // Adds a profile (at `row`, or the end), or replaces the one with that name; returns its row.
    int upsert(const ServerProfile &profile, int row = -1);
    // Removes it from the list; returns its former row, -1 if absent.
    int remove(const QString &name);

    int rowOf(const QString &name) const;
    const ServerProfile *profile(const QString &name) const;
    const ServerProfile &profileAt(int row) const { return m_profiles.at(row); }
    const QList<ServerProfile> &profiles() const { return m_profiles; }

private:
    void onStatusChanged(const QString &name, const ServerStatus &status);

    StatusMonitor *m_monitor;
    QList<ServerProfile> m_profiles;
    QHash<QString, ServerStatus> m_status;
};

} // namespace mcpc::ui
