#pragma once

#include "profiles/serverprofile.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mcpc::ui {

// "Connect clients": one row per AI client with a Connect button that will write that
// client's config for the selected server. PLACEHOLDER: the client-config engine is
// being built separately; until it is wired, the buttons are disabled with a note.
// Replace this class (same constructor and setProfile) when the engine lands; emit
// connectRequested(clientId) from its buttons.
class ConnectClientsPage : public QWidget
{
    Q_OBJECT
public:
    struct ClientInfo
    {
        QString id;    // "cursor", "vscode", "claude-code"...
        QString name;  // "Cursor"
        QString where; // where its config lives, for the tooltip
    };
    static const QList<ClientInfo> &clients();

    explicit ConnectClientsPage(QWidget *parent = nullptr);
    void setProfile(const ServerProfile &profile);
    int clientCount() const { return int(m_buttons.size()); }

Q_SIGNALS:
    void connectRequested(const QString &clientId, const mcpc::ServerProfile &profile);

private:
    ServerProfile m_profile;
    QLabel *m_intro;
    QList<QPushButton *> m_buttons;
};

} // namespace mcpc::ui
