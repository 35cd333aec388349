#pragma once

#include "oauth/authorizationflow.h"
#include "oauth/oauthtypes.h"
#include "transport/httpauthenticator.h"

#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;

namespace mcpc::oauth {

class AuthorizationUserAgent;
class Clock;
class TokenStore;

struct AuthenticatorOptions
{
    QUrl serverUrl;
    AuthorizationOptions flow;        // identity, scope override, callback timeout
    bool ignoreStoredTokens = false;  // `login`: always run a fresh authorization
    // Read the keychain only when the server asks for auth (a 401): for targets that
    // probably have no stored sign-in, so open servers never touch the keychain.
    bool loadOnChallenge = false;
    qint64 refreshAheadMs = 60 * 1000;
    int maxInteractiveSignIns = 3;    // per run: no endless sign-in loops
    QString loginCommand;             // shown in "sign in again" hints
};

// The OAuth side of an MCP connection. Sends `Authorization: Bearer` (only to the
// server the token was issued for); loads the stored sign-in before the first request;
// refreshes ahead of expiry and on 401 invalid_token; persists rotated refresh tokens;
// when nothing helps, fails with a clear "sign in again" Auth error instead of looping.
// 403 insufficient_scope steps up with a new authorization (the same challenge twice
// stops). Interactive sign-in only happens when a user-agent factory is set.
class OAuthAuthenticator : public HttpAuthenticator
{
    Q_OBJECT
public:
    enum class State { Unknown, SignedIn, SignInRequired };
    using UserAgentFactory = std::function<AuthorizationUserAgent *(QObject *parent)>;

    OAuthAuthenticator(QNetworkAccessManager *network, const Clock *clock, TokenStore *store, AuthenticatorOptions options,
                       QObject *parent = nullptr);
    ~OAuthAuthenticator() override;

    // Allows interactive sign-in (CLI with a browser, the GUI's consent view).
    void setUserAgentFactory(UserAgentFactory factory) { m_agentFactory = std::move(factory); }

    QList<QPair<QByteArray, QByteArray>> headers() const override;
    void handleChallenge(const AuthChallenge &challenge) override;
    bool needsPrepare() const override;
    void prepare() override;

    State state() const { return m_state; }
    const SignInRecord &record() const { return m_record; }
    int interactiveSignIns() const { return m_signIns; }
    // The running interactive flow (for a front end that feeds it the callback), or null.
    AuthorizationFlow *currentFlow() const { return m_flow; }

Q_SIGNALS:
    void stateChanged(mcpc::oauth::OAuthAuthenticator::State state);
    void progress(const QString &step);
    void signedIn();                        // a new authorization completed and was stored
    void warning(const QString &message);   // e.g. the token could not be persisted

private:
    void handleChallengeNow(const AuthChallenge &challenge);
    void ensureLoaded(std::function<void()> then);
    bool expiringSoon() const;
    void refresh(std::function<void(bool ok)> then);
    // Discovers the server's authorization server again: moved = it is not the recorded one.
    void checkIssuerMoved(const BearerChallenge &challenge, std::function<void(bool moved)> then);
    void signInInteractively(const BearerChallenge &challenge, const QString &currentScope);
    void persist(std::function<void()> then);
    void resolve(bool retry, const Error &error = {});
    void setState(State s);
    Error signInAgainError(const QString &why) const;

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    TokenStore *m_store;
    AuthenticatorOptions m_options;
    UserAgentFactory m_agentFactory;
    SignInRecord m_record;
    bool m_loaded = false;
    bool m_refreshFailed = false;
    bool m_preparing = false;
    bool m_challengeInFlight = false;
    QList<std::function<void(bool ok)>> m_refreshWaiters; // callers of the refresh under way
    int m_refreshesOn401 = 0;
    QString m_refreshedOn401;   // the access token a refresh on 401 produced (never logged)
    bool m_issuerRechecked = false;
    int m_signIns = 0;
    QSet<QByteArray> m_stepUpChallenges;
    QPointer<AuthorizationFlow> m_flow;
    State m_state = State::Unknown;
};

} // namespace mcpc::oauth
