#include "oauth/oauthauthenticator.h"

#include "oauth/clock.h"
#include "oauth/tokenclient.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "oauth/wellknownurls.h"
#include "secrets/secretstore.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc::oauth {

OAuthAuthenticator::OAuthAuthenticator(QNetworkAccessManager *network, const Clock *clock, TokenStore *store,
                                       AuthenticatorOptions options, QObject *parent)
    : HttpAuthenticator(parent)
    , m_network(network)
    , m_clock(clock)
    , m_store(store)
    , m_options(std::move(options))
{
    m_options.flow.serverUrl = m_options.serverUrl;
}

OAuthAuthenticator::~OAuthAuthenticator() = default;

QList<QPair<QByteArray, QByteArray>> OAuthAuthenticator::headers() const
{
    if (m_record.tokens.accessToken.isEmpty())
        return {};
    return {{"Authorization", "Bearer " + m_record.tokens.accessToken.toUtf8()}};
}

bool OAuthAuthenticator::needsPrepare() const
{
    return (!m_loaded && !m_options.loadOnChallenge) || (expiringSoon() && !m_refreshFailed && !m_preparing);
}

bool OAuthAuthenticator::expiringSoon() const
{
    if (m_record.tokens.refreshToken.isEmpty() || m_record.tokens.expiresAtMs <= 0)
        return false;
    // Short-lived tokens (seconds, as test servers issue) would otherwise count as
    // "expiring soon" from the start and be refreshed before every request.
    qint64 margin = m_options.refreshAheadMs;
    const qint64 lifetime = m_record.tokens.expiresAtMs - m_record.obtainedAtMs;
    if (m_record.obtainedAtMs > 0 && lifetime > 0)
        margin = std::min(margin, lifetime / 2);
    return m_clock->nowMs() + margin >= m_record.tokens.expiresAtMs;
}

void OAuthAuthenticator::prepare()
{
    if (m_preparing)
        return;
    m_preparing = true;
    ensureLoaded([this] {
        if (!expiringSoon() || m_refreshFailed) {
            m_preparing = false;
            Q_EMIT ready();
            return;
        }
        qCInfo(lcOAuth) << "access token expires soon; refreshing ahead of time";
        refresh([this](bool) {
            // A failed refresh leaves no token: the request then gets a 401, and the
            // challenge path explains or signs in again.
            m_preparing = false;
            Q_EMIT ready();
        });
    });
}

void OAuthAuthenticator::ensureLoaded(std::function<void()> then)
{
    if (m_loaded || m_options.ignoreStoredTokens) {
        m_loaded = true;
        QTimer::singleShot(0, this, then);
        return;
    }
    SecretJob *job = m_store->load();
    connect(job, &SecretJob::finished, this, [this, job, then] {
        m_loaded = true;
        if (job->ok()) {
            auto rec = parseRecord(job->data());
            // Audience binding: a sign-in is only ever sent to the server it was made for.
            if (rec && wellknown::canonicalResource(rec->serverUrl) == wellknown::canonicalResource(m_options.serverUrl)) {
                m_record = *rec;
                setState(State::SignedIn);
            } else if (rec) {
                qCInfo(lcOAuth) << "stored sign-in is for another URL; not using it";
            }
        } else if (job->status() != SecretJob::Status::NotFound) {
            Q_EMIT warning(QStringLiteral("Could not read the stored sign-in: %1").arg(job->errorString()));
        }
        then();
    });
}

void OAuthAuthenticator::refresh(std::function<void(bool ok)> then)
{
    if (m_record.tokens.refreshToken.isEmpty() || !m_record.tokenEndpoint.isValid()) {
        QTimer::singleShot(0, this, [then] { then(false); });
        return;
    }
    // One refresh at a time: the server rotates the refresh token, and presenting the
    // old one again (a second, racing refresh) would revoke the whole sign-in. Whoever
    // asks meanwhile gets the outcome of the refresh already under way.
    m_refreshWaiters.append(std::move(then));
    if (m_refreshWaiters.size() > 1)
        return;
    auto thenAll = [this](bool ok) {
        for (const auto &waiter : std::exchange(m_refreshWaiters, {}))
            waiter(ok);
    };
    Q_EMIT progress(QStringLiteral("Renewing the sign-in"));
    // Issuer binding: the refresh token only ever goes to the token endpoint recorded with it.
    TokenEndpoint ep{m_record.tokenEndpoint, m_record.client, m_record.tokenEndpointAuthMethods};
    auto *req = TokenRequest::refresh(m_network, m_clock, ep, m_record.tokens.refreshToken, m_record.resource,
                                      m_record.tokens.scope, this);
    connect(req, &TokenRequest::finished, this, [this, req, thenAll] {
        req->deleteLater();
        if (!req->ok()) {
            qCInfo(lcOAuth) << "refresh failed:" << req->oauthError();
            m_refreshFailed = true;
            m_record.tokens = TokenSet{};
            setState(State::SignInRequired);
            // The grant is dead: remove it so no later run keeps trying it.
            SecretJob *job = m_store->clear();
            connect(job, &SecretJob::finished, this, [thenAll] { thenAll(false); });
            return;
        }
        m_record.tokens = req->tokens();
        m_record.obtainedAtMs = m_clock->nowMs();
        m_refreshFailed = false;
        qCInfo(lcOAuth) << "refreshed the access token";
        persist([this, thenAll] {
            setState(State::SignedIn);
            thenAll(true);
        });
    });
    req->start();
}

void OAuthAuthenticator::handleChallenge(const AuthChallenge &challenge)
{
    // Transports sharing this authenticator (a load test's sessions, the monitor and the
    // tools page) may be refused at once: the first challenge is handled, the others wait
    // for its outcome, which every waiting transport hears in the one challengeResolved().
    if (m_challengeInFlight)
        return;
    m_challengeInFlight = true;
    handleChallengeNow(challenge);
}

void OAuthAuthenticator::handleChallengeNow(const AuthChallenge &challenge)
{
    const bool sentToken = !m_record.tokens.accessToken.isEmpty();
    ensureLoaded([this, challenge, sentToken] {
        // A refresh is under way (ahead of expiry, for another transport): its token may
        // be the answer, so look again when it is done.
        if (!m_refreshWaiters.isEmpty())
            return m_refreshWaiters.append([this, challenge](bool) { handleChallengeNow(challenge); });
        // Refused with a token that has been renewed since the request left: just retry.
        if (challenge.httpStatus == 401 && !challenge.sentAuthorization.isEmpty() && !m_record.tokens.accessToken.isEmpty()
            && challenge.sentAuthorization != "Bearer " + m_record.tokens.accessToken.toUtf8())
            return resolve(true);
        const BearerChallenge bearer = bearerChallenge(challenge.wwwAuthenticate);
        // Loaded just now (lazy): the request went without the stored token; retry with it.
        if (challenge.httpStatus == 401 && !sentToken && !m_record.tokens.accessToken.isEmpty()) {
            if (!expiringSoon())
                return resolve(true);
            return refresh([this, bearer](bool ok) {
                if (ok)
                    return resolve(true);
                if (m_agentFactory)
                    return signInInteractively(bearer, QString());
                resolve(false, signInAgainError(QStringLiteral("Your sign-in has expired, and renewing it failed.")));
            });
        }
        if (challenge.httpStatus == 403) {
            if (bearer.error != u"insufficient_scope")
                return resolve(false, Error::make(ErrorKind::Auth,
                    QStringLiteral("The server refused access (HTTP 403%1).")
                        .arg(bearer.errorDescription.isEmpty() ? QString() : QStringLiteral(": ") + bearer.errorDescription),
                    403, QStringLiteral("Your account may lack permission for this; check with the server's operator.")));
            const QByteArray key = challenge.wwwAuthenticate.join('\n');
            if (m_stepUpChallenges.contains(key))
                return resolve(false, Error::make(ErrorKind::Auth,
                    QStringLiteral("The server still refuses access after signing in with more permissions "
                                   "(403 insufficient_scope, scope '%1'). Stopped to avoid a sign-in loop.").arg(bearer.scope),
                    403, QStringLiteral("Your account may not be allowed this scope; check with the server's operator.")));
            m_stepUpChallenges.insert(key);
            if (!m_agentFactory)
                return resolve(false, Error::make(ErrorKind::Auth,
                    QStringLiteral("This operation needs more permissions (scope '%1').").arg(bearer.scope), 403,
                    QStringLiteral("Sign in with that scope: %1 --scope \"%2\"").arg(m_options.loginCommand, bearer.scope)));
            return signInInteractively(bearer, m_record.tokens.scope);
        }
        // 401: a token we sent was refused (expired, revoked), or we sent none.
        const bool hadToken = !m_record.tokens.accessToken.isEmpty();
        // A token fresh from a refresh refused: the resource may have moved to another
        // authorization server (SEP-2352), where refreshing at the old one cannot help.
        // Look at its metadata once; a new issuer means a new sign-in (and registration).
        if (hadToken && m_record.tokens.accessToken == m_refreshedOn401 && !m_issuerRechecked) {
            m_issuerRechecked = true;
            return checkIssuerMoved(bearer, [this, challenge](bool moved) {
                if (!moved)
                    return handleChallengeNow(challenge);
                qCInfo(lcOAuth) << "the server's authorization server changed; signing in there";
                m_record.tokens = TokenSet{};
                if (m_agentFactory)
                    return signInInteractively(bearerChallenge(challenge.wwwAuthenticate), QString());
                setState(State::SignInRequired);
                resolve(false, signInAgainError(QStringLiteral("The server now uses another authorization server.")));
            });
        }
        if (hadToken && !m_record.tokens.refreshToken.isEmpty() && m_refreshesOn401 < 3) {
            ++m_refreshesOn401;
            refresh([this, bearer](bool ok) {
                if (ok) {
                    m_refreshedOn401 = m_record.tokens.accessToken;
                    m_issuerRechecked = false;
                    return resolve(true);
                }
                if (m_agentFactory)
                    return signInInteractively(bearer, QString());
                resolve(false, signInAgainError(QStringLiteral("Your sign-in has expired or was revoked, and renewing it failed.")));
            });
            return;
        }
        if (m_agentFactory)
            return signInInteractively(bearer, QString());
        if (hadToken || m_refreshFailed) {
            m_record.tokens = TokenSet{};
            setState(State::SignInRequired);
            return resolve(false, signInAgainError(QStringLiteral("The server no longer accepts your sign-in.")));
        }
        setState(State::SignInRequired);
        // Never signed in here: "again" would be wrong.
        resolve(false, Error::make(ErrorKind::Auth, QStringLiteral("This server requires sign-in."),
                                   401, QStringLiteral("Run: %1").arg(m_options.loginCommand)));
    });
}

void OAuthAuthenticator::checkIssuerMoved(const BearerChallenge &challenge, std::function<void(bool moved)> then)
{
    auto *d = new OAuthDiscovery(m_network, m_options.serverUrl, challenge, this);
    connect(d, &OAuthDiscovery::finished, this, [this, d, then] {
        d->deleteLater();
        // Discovery failing says nothing about a move: carry on as before.
        then(d->ok() && !sameIssuer(d->result().issuer, m_record.issuer));
    });
    d->start();
}

Error OAuthAuthenticator::signInAgainError(const QString &why) const
{
    const QString host = m_options.serverUrl.host();
    return Error::make(ErrorKind::Auth, QStringLiteral("%1 Sign in again to %2.").arg(why, host), 401,
                       QStringLiteral("Run: %1").arg(m_options.loginCommand));
}

void OAuthAuthenticator::signInInteractively(const BearerChallenge &challenge, const QString &currentScope)
{
    if (m_signIns >= m_options.maxInteractiveSignIns)
        return resolve(false, Error::make(ErrorKind::Auth,
            QStringLiteral("The server keeps asking for sign-in even after %1 successful sign-ins; stopping.").arg(m_signIns), 401,
            QStringLiteral("The server may be rejecting the tokens its own authorization server issued; tell its operator.")));
    ++m_signIns;
    AuthorizationOptions opts = m_options.flow;
    opts.challenge = challenge;
    opts.currentScope = currentScope;
    AuthorizationUserAgent *agent = m_agentFactory(this);
    auto *flow = new AuthorizationFlow(m_network, m_clock, m_store, agent, opts, this);
    m_flow = flow;
    connect(flow, &AuthorizationFlow::progress, this, &OAuthAuthenticator::progress);
    connect(flow, &AuthorizationFlow::finished, this, [this, flow, agent] {
        flow->deleteLater();
        if (agent)
            agent->deleteLater();
        if (!flow->ok()) {
            setState(State::SignInRequired);
            return resolve(false, flow->error());
        }
        m_record = flow->record();
        m_refreshFailed = false;
        persist([this] {
            auto finish = [this] {
                setState(State::SignedIn);
                Q_EMIT signedIn();
                resolve(true);
            };
            // Remember a --client-id for the next sign-in (secret to the keychain).
            SecretJob *job = m_record.client.kind == RegistrationKind::PreRegistered
                                 ? m_store->savePreRegistered(m_record.client) : nullptr;
            if (!job)
                return finish();
            connect(job, &SecretJob::finished, this, [this, job, finish] {
                if (!job->ok() && job->status() != SecretJob::Status::NotFound)
                    Q_EMIT warning(QStringLiteral("The client secret could not be saved (%1).").arg(job->errorString()));
                finish();
            });
        });
    });
    flow->start();
}

void OAuthAuthenticator::persist(std::function<void()> then)
{
    SecretJob *job = m_store->save(m_record);
    connect(job, &SecretJob::finished, this, [this, job, then] {
        if (!job->ok())
            Q_EMIT warning(QStringLiteral("The sign-in could not be saved (%1); it lasts for this run only.").arg(job->errorString()));
        then();
    });
}

void OAuthAuthenticator::resolve(bool retry, const Error &error)
{
    m_challengeInFlight = false;
    Q_EMIT challengeResolved(retry, error);
}

void OAuthAuthenticator::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace mcpc::oauth
