#pragma once

#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"
#include "widgets/collapsiblebutton.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace mcpc::ui {

class Chip;
class ElidedLabel;
class StatusBadge;

// Top of a server's page: name, URL (copyable, with an "Insecure HTTP" chip when it
// leaves this machine unencrypted), the status badge, and Check now / Sign in / Edit.
class ServerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ServerHeader(QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    void setStatus(const ServerStatus &status);
    // Until the OAuth engine is wired, Sign in is disabled with an explanation.
    void setSignInAvailable(bool available);
    // From the sign-in controller: a sign-in (or sign-out) is running / the server's
    // OAuth sign-in is in place (the button then hides unless the server asks again).
    void setSignInState(bool busy, bool signedIn);

    StatusBadge *badge() const { return m_badge; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *signInButton() const { return m_signIn; }
    bool insecureChipVisible() const;
    bool buttonsCollapsed() const; // icons only: the page is too narrow for their labels

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void checkNowRequested();
    void signInRequested();
    void editRequested();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateSignIn();
    void fitButtons();
    QList<CollapsibleButton *> buttons() const;
    int expandedExtra() const; // how much wider the name row is with the buttons' labels

    ServerProfile m_profile;
    ServerStatus m_status;
    bool m_signInAvailable = false;
    bool m_signInBusy = false;
    bool m_signedIn = false;
    ElidedLabel *m_name;
    QLabel *m_url;
    QToolButton *m_copy;
    Chip *m_insecure;
    Chip *m_transport;
    StatusBadge *m_badge;
    CollapsibleButton *m_check;
    CollapsibleButton *m_signIn;
    CollapsibleButton *m_edit;
};

} // namespace mcpc::ui
