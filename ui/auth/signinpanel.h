#pragma once

#include "auth/profilesignin.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTimer;

namespace mcpc::ui {

class Chip;
class Spinner;

// The Overview tab's "Sign-in" card for one OAuth server (peers.md idea 5, the token
// lifecycle at a glance): signed in as / authorization server / permissions / when the
// access token expires (a live countdown) / whether renewal is automatic / how MCP Connect
// registered / where the sign-in is kept. Never a token. Sign in, Cancel and Sign out.
class SignInPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);

    void setSignIn(ProfileSignIn *signIn); // nullptr = not an OAuth server
    ProfileSignIn *signIn() const { return m_signIn; }
    // Who the server says is signed in (from its user data), for "Signed in as" when the
    // access token is opaque and names nobody.
    void setAccountHint(const QString &account);
    // When sign-in uses the system browser (WebSandbox): the one-sentence reason, shown
    // with the page's address while a sign-in is under way.
    void setBrowserReason(const QString &reason);
    void showBrowserPage(const QUrl &authorizationUrl, bool launched);
    void refresh();

    // For tests and screenshots: what the card says.
    QString stateText() const;
    QString valueOf(const QString &row) const; // "Access token", "Renewal", ...
    QString messageText() const;
    QString storageWarning() const; // "" when a keychain keeps the sign-in
    QString browserText() const;    // the system-browser box: reason, hint and address ("" when hidden)
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *signOutButton() const { return m_signOutButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    // Signed in, the card is compact (who, until when, renewal); Details shows the rest.
    bool isCompact() const;
    QToolButton *detailsButton() const { return m_detailsButton; }

    // "in 59 min 12 s", "2 min ago" (for the countdown; `nowMs` injectable for tests).
    static QString describeExpiry(qint64 expiresAtMs, qint64 nowMs);
    static QString describeRegistration(oauth::RegistrationKind kind);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void cancelRequested();

private:
    QLabel *addRow(const QString &name);
    void setRowVisible(QLabel *value, bool visible); // false: no data for the row
    void applyRows();
    void updateCountdown();

    QPointer<ProfileSignIn> m_signIn;
    Chip *m_state;
    Spinner *m_spinner;
    QLabel *m_lead;
    QFormLayout *m_form;
    QWidget *m_formBox;
    QLabel *m_account;
    QLabel *m_issuer;
    QLabel *m_scopes;
    QLabel *m_expiry;
    QLabel *m_renewal;
    QLabel *m_client;
    QLabel *m_storage;
    QLabel *m_message;
    QLabel *m_noKeychain; // shown whenever sign-ins cannot outlive this run
    QWidget *m_browserBox; // the system-browser sign-in: why, and the address to copy
    QLabel *m_browserReason;
    QLabel *m_browserHint;
    QLineEdit *m_browserUrl;
    QString m_browserReasonText;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
    QPushButton *m_signOutButton;
    QToolButton *m_detailsButton;
    QHash<QLabel *, bool> m_rowHasData;
    bool m_showDetails = false;
    bool m_signedInPhase = false;
    QTimer *m_tick;
    qint64 m_expiresAtMs = 0;
    QString m_accountHint;
};

} // namespace mcpc::ui
