#pragma once

#include "profiles/serverprofile.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace mcpc::ui {

class ClientConfigService;
class ServerClientMatrixModel;

// View › Servers × Clients: the matrix of which saved server is in which AI client's
// config, with the cards' states. Activating a cell leads to that client's card on the
// server's Connect clients tab (cellChosen); the dialog stays open for the next one.
class ServerClientMatrixDialog : public QDialog
{
    Q_OBJECT
public:
    ServerClientMatrixDialog(ClientConfigService *service, QWidget *parent = nullptr);

    void setProfiles(const QList<ServerProfile> &profiles); // and reads the cells
    void refresh();
    ServerClientMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void cellChosen(const QString &server, const QString &client);

private:
    void updateSummary();

    ServerClientMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QList<ServerProfile> m_profiles;
};

} // namespace mcpc::ui
