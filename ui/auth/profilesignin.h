#pragma once

#include "oauth/oauthauthenticator.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace mcpc {
class McpClient;
class ProfileStore;
class SecretStore;
class ServerConnector;
namespace http {
class HttpClient;
}
namespace oauth {
class Clock;
class TokenStore;
}
}

namespace mcpc::ui {

// What the sign-in panel shows about one sign-in. Never a token.
struct SignInSummary
{
    bool signedIn = false;
    QString account;        // from the access token's claims when it is a readable JWT
    QString issuer;
    QString scope;          // granted (space-separated)
    qint64 expiresAtMs = 0; // 0 = the server gave no lifetime
    qint64 obtainedAtMs = 0;
    bool refreshable = false;
    oauth::RegistrationKind registration = oauth::RegistrationKind::Dynamic;
    QString clientId;
    bool revocable = false;
    QString storage;        // the secret store's name
    bool persistent = true; // false: memory only, gone at exit
};

// The account name in a JWT access token's payload (email, preferred_username, name or
// sub), without verifying anything: for display only. "" for opaque tokens.
QString accountFromAccessToken(const QString &accessToken);

// One OAuth profile's sign-in, for the GUI. Owns the profile's TokenStore and the
// authenticator the status monitor connects with: that one never signs in by itself (no
// user agent), so a background check can only end in "Needs login", never in a page
// popping up. signIn() runs the interactive sign-in on a connection of its own (with a
// long handshake timeout, as the user may take minutes on the consent page), exactly as
// `mcp-connect-cli login` does: a fresh authorization, started by the server's own 401.
// On success that authenticator (tokens in memory, stored in the keychain) replaces the
// monitor's. signOut() revokes where the server offers it and deletes the local sign-in
// either way, like `mcp-connect-cli logout`.
class ProfileSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        NotSignedIn,
        SigningIn,
        SignedIn,
        SignInAgain, // was signed in; the server no longer accepts it and renewing failed
        Failed,      // the last sign-in attempt failed (message() says why)
        SigningOut
    };

    struct Services
    {
        QNetworkAccessManager *network = nullptr;
        http::HttpClient *http = nullptr;
        SecretStore *secrets = nullptr;
        ProfileStore *profiles = nullptr;
        const oauth::Clock *clock = nullptr;
        int callbackTimeoutMs = 5 * 60 * 1000;
    };

    ProfileSignIn(Services services, ServerProfile profile, QObject *parent = nullptr);
    ~ProfileSignIn() override;

    const ServerProfile &profile() const { return m_profile; }
    // The profile as saved now (after an edit); a new URL drops the old authenticator.
    void setProfile(const ServerProfile &profile);
    // The authenticator for the monitor's connections to `profile` (rebuilt when its URL
    // changed, so a token never goes to another server).
    oauth::OAuthAuthenticator *authenticatorFor(const ServerProfile &profile);
    oauth::OAuthAuthenticator *authenticator() const { return m_auth; }
    oauth::TokenStore *tokenStore() const { return m_store; }
    const oauth::Clock *clock() const { return m_services.clock; }

    void signIn(oauth::OAuthAuthenticator::UserAgentFactory factory);
    void cancelSignIn();
    void signOut();

    Phase phase() const;
    // The running step ("Waiting for you to approve…") or why the last attempt failed.
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    SignInSummary summary() const;

Q_SIGNALS:
    void changed();
    // The monitor's connection must switch to this authenticator (reconnect).
    void authenticatorReplaced(mcpc::oauth::OAuthAuthenticator *auth);
    // One line for the window's notification banner (sign-out result, storage warnings).
    void notice(const QString &text, bool problem);

private:
    oauth::OAuthAuthenticator *makeAuthenticator(bool interactive);
    void install(oauth::OAuthAuthenticator *auth);
    void watch(oauth::OAuthAuthenticator *auth);
    void onSignInConnected();
    void probeTools(McpClient *client);
    void finishSignIn(const std::optional<Error> &error, McpClient *client = nullptr);
    void revokeNext(oauth::SignInRecord record, QList<QPair<QString, QString>> tokens, bool revoked, QString problem);
    void deleteLocal(const oauth::SignInRecord &record, bool revoked, const QString &problem);
    void setMessage(const QString &text, bool error);
    QString who() const;

    Services m_services;
    ServerProfile m_profile;
    oauth::TokenStore *m_store;
    QPointer<oauth::OAuthAuthenticator> m_auth;        // the monitor's
    QPointer<oauth::OAuthAuthenticator> m_signInAuth;  // the running sign-in's
    QPointer<ServerConnector> m_connector;
    bool m_gotSignedIn = false;
    bool m_signingOut = false;
    bool m_wasSignedIn = false;
    bool m_failed = false;
    QString m_message;
    bool m_messageIsError = false;
};

// The message for a failed sign-in, in the GUI's words (no CLI commands in hints).
QString signInFailureText(const Error &error);

} // namespace mcpc::ui
