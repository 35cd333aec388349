#pragma once

#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QObject>
#include <QUrl>

namespace mcpc {
class ProfileStore;
class SecretStore;
namespace demo {
class DemoAuthServer;
class DemoServer;
}
}

namespace mcpc::ui {

// `mcp-connect --demo` and "Try the demo server": runs the built-in demo MCP server in
// this process on 127.0.0.1 (port 3000 when free, else any free port) and makes sure a
// profile points at it for this session. A user's own "demo" profile is never changed:
// if it points elsewhere, the session uses "mcp-connect-demo" instead. A profile this
// launcher created is removed again by cleanup(), so no dead demo entry stays behind.
//
// Sign-in is on by default, as with `mcp-connect-cli demo-server`: the server runs its own
// OAuth authorization server (in this process, on 127.0.0.1, signing in the built-in demo
// user), so a new user sees the real story: "Needs login", Sign in, the consent page,
// Allow. The profile is an OAuth profile. Its tokens die with this process (the demo AS
// keeps them in memory), so a sign-in stored by an earlier session is deleted at start
// and at cleanup: it could only fail and show "Sign in again".
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kPreferredPort = 3000;

    // `secrets`: where the session's sign-in is kept (to delete stale ones); may be null.
    explicit DemoLauncher(ProfileStore *store, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~DemoLauncher() override;

    // Before start(): false runs the server open (no sign-in), like `demo-server --no-auth`.
    void setSignInEnabled(bool enabled) { m_signIn = enabled; }
    bool signInEnabled() const { return m_signIn; }

    // Idempotent: a second call returns the running session's profile.
    Result<ServerProfile> start(quint16 preferredPort = kPreferredPort);
    void cleanup(); // removes the session's profile if we created it; stops the server
    bool isRunning() const;
    QUrl url() const;
    const ServerProfile &profile() const { return m_profile; }
    demo::DemoServer *server() const { return m_server; }
    demo::DemoAuthServer *authServer() const { return m_auth; } // null without sign-in

    // Which profile name to use for a demo at `url`, given the saved profiles, and whether
    // it has to be written (added or updated). Pure, for tests.
    struct Choice
    {
        QString name;
        bool exists = false;   // a profile with that name is saved
        bool sameUrl = false;  // ...and already points at url
    };
    static Choice chooseProfile(const QList<ServerProfile> &saved, const QUrl &url);

private:
    void forgetSignIn(const QString &profileName);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    demo::DemoServer *m_server = nullptr;
    demo::DemoAuthServer *m_auth = nullptr;
    bool m_signIn = true;
    ServerProfile m_profile;
    bool m_createdProfile = false;
};

} // namespace mcpc::ui
