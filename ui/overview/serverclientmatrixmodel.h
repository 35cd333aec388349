#pragma once

#include "clients/clientconfigservice.h"
#include "profiles/serverprofile.h"

#include <QAbstractTableModel>
#include <QList>

namespace mcpc::ui {

// "Servers × clients": one row per saved server, one column per AI client, each cell the
// state that server's card for that client shows (Connected, Edited by hand, Removed by
// the client, Not connected…), computed by the same ClientConfigService::cardState() and
// clientvisuals::look() as the cards, so the overview and the cards never disagree.
// Clients that are installed, or whose file has any of these servers, come first.
class ServerClientMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ToneRole = Qt::UserRole + 1, // Chip::Tone of the cell
        ServerRole,                  // the profile's name
        ClientRole,                  // the client id
        PresentRole                  // bool: the server has an entry in that client's file
    };

    explicit ServerClientMatrixModel(ClientConfigService *service, QObject *parent = nullptr);

    // Reads every cell on the service's worker thread; ready() when they are in.
    void refresh(const QList<ServerProfile> &profiles);
    bool isLoading() const { return m_loading; }

    // Sets the cells directly (the worker's result; tests feed states they built).
    // states: one list per profile, in allClientAdapters() order.
    void setStates(const QList<ServerProfile> &profiles, const QList<QList<ClientCardState>> &states);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString serverAt(int row) const;
    QString clientAt(int column) const;
    // How many cells show an entry, and how many of those need attention (warning/error).
    int presentCount() const;
    int attentionCount() const;

Q_SIGNALS:
    void ready();

private:
    struct Cell
    {
        QString chip;
        QString explanation;
        int tone = 0;
        bool present = false;
    };
    struct Column
    {
        QString id;
        QString name;
        bool installed = false;
    };

    ClientConfigService *m_service;
    QList<ServerProfile> m_profiles;
    QList<Column> m_columns;
    QList<QList<Cell>> m_cells; // [row][column]
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace mcpc::ui
