#include "servers/serverlistmodel.h"

#include "monitor/statusmonitor.h"

namespace mcpc::ui {

ServerListModel::ServerListModel(StatusMonitor *monitor, QObject *parent)
    : QAbstractListModel(parent)
    , m_monitor(monitor)
{
    connect(monitor, &StatusMonitor::statusChanged, this, &ServerListModel::onStatusChanged);
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const ServerProfile &p = m_profiles.at(index.row());
    const ServerStatus status = m_status.value(p.name);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case TargetRole:
        return p.target();
    case StatusRole:
        return QVariant::fromValue(status);
    case StateRole:
        return int(status.state);
    case InsecureRole:
        return p.isHttp() && isInsecureRemoteUrl(p.url);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(p.name, p.target(), statusHeadline(status));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(p.name, stateName(status.state));
    case Qt::AccessibleDescriptionRole:
        return p.target();
    default:
        return {};
    }
}

void ServerListModel::setProfiles(const QList<ServerProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    m_status.clear();
    for (const ServerProfile &p : profiles)
        m_status.insert(p.name, m_monitor->status(p.name));
    endResetModel();
}

int ServerListModel::upsert(const ServerProfile &profile, int row)
{
    const int existing = rowOf(profile.name);
    if (existing >= 0) {
        m_profiles[existing] = profile;
        Q_EMIT dataChanged(index(existing), index(existing));
        return existing;
    }
    if (row < 0 || row > m_profiles.size())
        row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.insert(row, profile);
    m_status.insert(profile.name, m_monitor->status(profile.name));
    endInsertRows();
    return row;
}

int ServerListModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return -1;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    m_status.remove(name);
    endRemoveRows();
    return row;
}

int ServerListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == name)
            return i;
    return -1;
}

const ServerProfile *ServerListModel::profile(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 ? &m_profiles.at(row) : nullptr;
}

void ServerListModel::onStatusChanged(const QString &name, const ServerStatus &status)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_status.insert(name, status);
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace mcpc::ui
