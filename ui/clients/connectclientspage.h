#pragma once

#include "clientconfig/clientconfigwatcher.h"
#include "profiles/serverprofile.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace mcpc {
class SecretStore;
namespace http {
class HttpClient;
}
} // namespace mcpc

namespace mcpc::ui {

class ClientCard;
class CompatibilitySection;
class ClientConfigService;

// "Connect clients": one card per AI client (Cursor, VS Code, Claude Code, Claude
// Desktop, Windsurf, Cline, Zed, Gemini CLI, Codex, opencode, LM Studio) for the selected
// server, the clients found on this computer first. Each card shows the server's entry
// in that client's config file and writes it on request, through a preview; see
// ClientCard. The page keeps the cards current: after writes from any page, when a
// client rewrites its file behind our back (drift), and when the window comes back to
// the front (the user may have edited a file meanwhile).
class ConnectClientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectClientsPage(QWidget *parent = nullptr);

    // The shared engine (AppServices::clientConfigs()); the cards appear once it is set.
    void setService(ClientConfigService *service);
    ClientConfigService *service() const { return m_service; }
    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const { return m_profile; }
    // Lets the Compatibility section connect to the server to read its tools.
    void setCompatServices(http::HttpClient *http, SecretStore *secrets);
    CompatibilitySection *compatibility() const { return m_compat; }

    // Re-reads every client's status (on the service's worker thread).
    void refresh();
    int clientCount() const { return int(m_cards.size()); }
    QList<ClientCard *> cards() const; // in display order
    ClientCard *card(const QString &clientId) const;
    // Scrolls to the client's card and gives it the keyboard focus.
    void focusClient(const QString &clientId);
    // Drift's "Reconnect": the client's card, with its connect preview open.
    void reconnect(const QString &clientId);

Q_SIGNALS:
    // The user started connecting the server to a client (the preview opens).
    void connectRequested(const QString &clientId, const mcpc::ServerProfile &profile);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCards();
    void arrange();
    void updateSummary();
    void onDrift(const clientconfig::DriftReport &report);
    void moveFocus(ClientCard *from, int delta);

    void checkCompatibility();

    ClientConfigService *m_service = nullptr;
    CompatibilitySection *m_compat;
    http::HttpClient *m_http = nullptr;
    SecretStore *m_secrets = nullptr;
    ServerProfile m_profile;
    QLabel *m_intro;
    QLabel *m_summary;
    QToolButton *m_refresh;
    QLabel *m_unavailable;
    QLabel *m_foundTitle;
    QLabel *m_missingTitle;
    QLabel *m_missingNote;
    QVBoxLayout *m_list;
    QWidget *m_body;
    QScrollArea *m_scroll;
    QList<ClientCard *> m_cards;   // engine order
    QList<ClientCard *> m_ordered; // display order
    int m_foundCount = -1;
    QElapsedTimer m_sinceRefresh;
    bool m_watchingWindow = false;
};

} // namespace mcpc::ui
