#pragma once

#include "auth/websandbox.h"
#include "profiles/serverprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include <QDialog>

namespace mcpc::oauth {
class AuthorizationUserAgent;
class Clock;
}

namespace mcpc::ui {

class AppServices;
class MainWindow;
class ProfileSignIn;
class ServerPage;
class SignInPanel;

// Wires OAuth sign-in into the window. Create it before the MainWindow (it gives the
// status monitor the authenticator of every OAuth profile before its first connection,
// so stored sign-ins are used from the first check), then attach() the window: the
// header's Sign in button, the Server menu's Sign in / Sign out, and a sign-in card on
// each OAuth server's Overview tab. Sign in opens the server's consent page in the
// embedded consent view (ConsentView), or in the system browser when the view's Chromium
// sandbox cannot run here (WebSandbox: root, no user namespaces); after Allow the server
// reconnects with the new tokens. A server added without a sign-in method that answers 401 is switched to OAuth
// when the user presses Sign in.
class SignInController : public QObject
{
    Q_OBJECT
public:
    // How the authorization page is shown; the default is the consent view.
    using AgentFactory = std::function<oauth::AuthorizationUserAgent *(const ServerProfile &profile, QObject *parent)>;

    explicit SignInController(AppServices *services, QObject *parent = nullptr);
    ~SignInController() override;

    // Before attach(); for tests.
    void setClock(const oauth::Clock *clock) { m_clock = clock; }
    void setCallbackTimeoutMs(int ms) { m_callbackTimeoutMs = ms; }
    void setUserAgentFactory(AgentFactory factory) { m_agentFactory = std::move(factory); }
    // Before attach(): whether the embedded view may be used (main() decides at start).
    void setWebSandbox(const WebSandbox &sandbox) { m_sandbox = sandbox; }

    void attach(MainWindow *window);

    void signIn(const ServerProfile &profile);
    void signOut(const QString &name);
    void cancelSignIn(const QString &name);

    ProfileSignIn *signInFor(const QString &name) const { return m_entries.value(name); }
    SignInPanel *panelFor(const QString &name) const;

Q_SIGNALS:
    void consentOpened(QDialog *dialog); // a ConsentDialog, from the plugin; for tests and screenshots
    void browserSignInOpened(const QString &name, const QUrl &authorizationUrl); // the system-browser path

private:
    ProfileSignIn *ensure(const ServerProfile &profile);
    void setUpPage(ServerPage *page);
    void updateUi(const QString &name);
    ServerProfile switchToOAuth(const ServerProfile &profile);
    void notify(const QString &text, bool problem);
    oauth::AuthorizationUserAgent *makeAgent(const ServerProfile &profile, QObject *parent);
    oauth::AuthorizationUserAgent *makeBrowserAgent(const QString &name, QObject *parent);

    AppServices *m_services;
    QPointer<MainWindow> m_window;
    const oauth::Clock *m_clock = nullptr;
    int m_callbackTimeoutMs = 5 * 60 * 1000;
    AgentFactory m_agentFactory;
    WebSandbox m_sandbox;
    QHash<QString, ProfileSignIn *> m_entries;
    QHash<QString, QPointer<SignInPanel>> m_panels;
};

} // namespace mcpc::ui
