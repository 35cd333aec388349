#pragma once

#include "oauth/clientregistration.h"
#include "oauth/discovery.h"
#include "oauth/oauthtypes.h"
#include "oauth/wwwauthenticate.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace mcpc::oauth {

class AuthorizationUserAgent;
class Clock;
class LoopbackRedirectListener;
class TokenStore;

struct AuthorizationOptions
{
    QUrl serverUrl;
    BearerChallenge challenge;   // from the 401/403 that started this (may be empty)
    QString scope;               // explicit override (--scope); else the spec's selection
    QString currentScope;        // step-up: the grant we have, kept in the new request
    ClientIdentityOptions identity;
    int callbackTimeoutMs = 5 * 60 * 1000;
};

// The scope to request (spec 2025-11-25 "scope selection"): an explicit choice, else
// the challenge's `scope`, else all of the PRM's scopes_supported, else none. A step-up
// keeps what was granted before (union, in order, no duplicates).
QString selectScope(const AuthorizationOptions &options, const DiscoveryResult &discovery);

// One interactive sign-in: discovery -> loopback listener -> client identity ->
// authorization request (PKCE S256, state, resource, scope) -> user agent -> callback
// (state and iss checked) -> code exchange. One finished(); the caller stores record().
// The user agent is not owned; the GUI passes its consent view here.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    AuthorizationFlow(QNetworkAccessManager *network, const Clock *clock, TokenStore *store,
                      AuthorizationUserAgent *userAgent, AuthorizationOptions options, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    void start();
    void cancel();
    // The redirect, seen by a front end that shows the page itself (same checks apply).
    void deliverCallback(const QUrl &callbackUrl);

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const SignInRecord &record() const { return m_record; }
    const DiscoveryResult &discovery() const { return m_discovery; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    void finished();
    void progress(const QString &step); // "Discovering…", "Registering…": for status lines

private:
    void onDiscovered(OAuthDiscovery *discovery);
    void onStoredClient(const std::optional<ClientCredentials> &stored);
    void onRegistered(ClientRegistration *registration);
    void onCallback();
    void done(const Error &error = {});

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    TokenStore *m_store;
    QPointer<AuthorizationUserAgent> m_agent;
    AuthorizationOptions m_options;
    DiscoveryResult m_discovery;
    QString m_scope;
    ClientCredentials m_client;
    bool m_clientWasStored = false;
    LoopbackRedirectListener *m_listener = nullptr;
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
    SignInRecord m_record;
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

} // namespace mcpc::oauth
