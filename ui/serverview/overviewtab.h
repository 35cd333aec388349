#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"
#include "protocol/types.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QVBoxLayout;
class QLabel;

#include "protocol/mcpclient.h"

namespace mcpc::ui {

class UserDataCard;

// The Overview tab: the "User data" card (calls the user-data tool as soon as the server
// is up and its tools are known) next to a card with the server's facts.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    void setStatus(const ServerStatus &status);
    void setTools(const QList<Tool> &tools);
    void setClient(McpClient *client);
    void refreshUserData();
    // The sign-in card (ui/auth): above the user data while the server asks for a
    // sign-in, under the server's facts otherwise. Taken over.
    void setSignInPanel(QWidget *panel);
    bool twoColumns() const; // side by side (wide) or stacked (narrow)
    QSize minimumSizeHint() const override;

    UserDataCard *userDataCard() const { return m_card; }
    // The "Clients" fact: the seed's "Tool not available in <client>" cases from the
    // per-client compatibility rules (the same as `doctor` and `compat`).
    QString clientsFact() const;

Q_SIGNALS:
    void userDataShown(); // fields are on screen (for --print-ready)

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int twoColumnWidth() const;
    void updateColumns();
    void placeSignInPanel();
    void maybeFetch();
    void fetchAvatar(const QString &toolName);
    void updateFacts();
    void updateClientsFact();

    ServerProfile m_profile;
    ServerStatus m_status;
    QList<Tool> m_tools;
    bool m_toolsKnown = false;
    QPointer<McpClient> m_client;
    QPointer<McpClient> m_fetchedFor; // the connection the card was last filled from
    bool m_fetching = false;

    UserDataCard *m_card;
    QFormLayout *m_facts;
    QBoxLayout *m_columns;
    QVBoxLayout *m_main;
    QVBoxLayout *m_side;
    QPointer<QWidget> m_signInPanel;
    QLabel *m_server;
    QLabel *m_version;
    QLabel *m_protocol;
    QLabel *m_transport;
    QLabel *m_latency;
    QLabel *m_toolCount;
    QLabel *m_capabilities;
    QLabel *m_clients;
    QLabel *m_instructions;
    QLabel *m_instructionsTitle;
};

} // namespace mcpc::ui
