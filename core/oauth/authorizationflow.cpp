#include "oauth/authorizationflow.h"

#include "oauth/clock.h"
#include "oauth/loopbackredirectlistener.h"
#include "oauth/pkce.h"
#include "oauth/tokenclient.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "secrets/secretstore.h"
#include "util/logging.h"

#include <QTimer>
#include <QUrlQuery>

namespace mcpc::oauth {

QString selectScope(const AuthorizationOptions &options, const DiscoveryResult &discovery)
{
    QString chosen = options.scope;
    if (chosen.isEmpty())
        chosen = options.challenge.scope;
    if (chosen.isEmpty() && discovery.resourceMetadata)
        chosen = discovery.resourceMetadata->scopesSupported.join(u' ');
    if (options.currentScope.isEmpty())
        return chosen.simplified();
    QStringList all = options.currentScope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &s : chosen.split(u' ', Qt::SkipEmptyParts))
        if (!all.contains(s))
            all << s;
    return all.join(u' ');
}

AuthorizationFlow::AuthorizationFlow(QNetworkAccessManager *network, const Clock *clock, TokenStore *store,
                                     AuthorizationUserAgent *userAgent, AuthorizationOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_store(store)
    , m_agent(userAgent)
    , m_options(std::move(options))
{
}

AuthorizationFlow::~AuthorizationFlow() = default;

void AuthorizationFlow::start()
{
    Q_EMIT progress(QStringLiteral("Finding the authorization server"));
    auto *d = new OAuthDiscovery(m_network, m_options.serverUrl, m_options.challenge, this);
    connect(d, &OAuthDiscovery::finished, this, [this, d] { onDiscovered(d); });
    d->start();
}

void AuthorizationFlow::cancel()
{
    done(Error::make(ErrorKind::Cancelled, QStringLiteral("The sign-in was cancelled.")));
}

void AuthorizationFlow::deliverCallback(const QUrl &callbackUrl)
{
    if (m_listener)
        m_listener->deliver(callbackUrl);
}

void AuthorizationFlow::onDiscovered(OAuthDiscovery *d)
{
    d->deleteLater();
    for (const QString &a : d->attempts())
        qCDebug(lcOAuth) << a;
    if (!d->ok())
        return done(d->error());
    m_discovery = d->result();
    m_scope = selectScope(m_options, m_discovery);
    if (!m_options.identity.clientId.isEmpty())
        return onStoredClient(std::nullopt);
    // A client id the user gave for this profile earlier, at this same issuer.
    if (const auto pre = m_store->preRegisteredClient(); pre && sameIssuer(pre->issuer, m_discovery.issuer)) {
        qCInfo(lcOAuth) << "using the pre-registered client id remembered for this server";
        m_options.identity.clientId = pre->clientId;
        if (!pre->hasSecret)
            return onStoredClient(std::nullopt);
        SecretJob *job = m_store->loadPreRegisteredSecret();
        connect(job, &SecretJob::finished, this, [this, job] {
            if (!job->ok())
                return done(Error::make(ErrorKind::Auth,
                    QStringLiteral("The client secret of the pre-registered client could not be read: %1").arg(job->errorString()), 0,
                    QStringLiteral("Sign in again with --client-id ID --client-secret SECRET.")));
            m_options.identity.clientSecret = QString::fromUtf8(job->data());
            onStoredClient(std::nullopt);
        });
        return;
    }
    if (const auto pre = m_store->preRegisteredClient())
        // Bound to the AS it was issued by (SEP-2352): never shown to this one.
        qCInfo(lcOAuth) << "the remembered pre-registered client id belongs to another authorization server; not using it";
    SecretJob *job = m_store->loadClient(m_discovery.issuer);
    connect(job, &SecretJob::finished, this, [this, job] {
        std::optional<ClientCredentials> stored;
        if (job->ok())
            if (auto c = parseClient(job->data()))
                stored = *c;
        onStoredClient(stored);
    });
}

void AuthorizationFlow::onStoredClient(const std::optional<ClientCredentials> &stored)
{
    // Prefer the port of a stored registration: some servers match redirect URIs exactly,
    // port included. If it is busy we take another and register again (no silent mismatch).
    quint16 preferred = 0;
    if (stored && !stored->redirectUris.isEmpty())
        preferred = quint16(QUrl(stored->redirectUris.first()).port(0));
    m_listener = new LoopbackRedirectListener(this);
    m_listener->setTimeoutMs(m_options.callbackTimeoutMs);
    if (auto r = m_listener->listen(preferred); !r)
        return done(r.error());
    m_clientWasStored = stored.has_value();
    Q_EMIT progress(QStringLiteral("Identifying MCP Connect to the authorization server"));
    auto *reg = new ClientRegistration(m_network, m_store, m_discovery.authServer, m_discovery.issuer, m_options.identity,
                                       stored, m_listener->redirectUri(), m_scope, this);
    connect(reg, &ClientRegistration::finished, this, [this, reg] { onRegistered(reg); });
    reg->start();
}

void AuthorizationFlow::onRegistered(ClientRegistration *reg)
{
    reg->deleteLater();
    if (!reg->ok())
        return done(reg->error());
    m_client = reg->client();
    m_clientWasStored = m_clientWasStored && m_client.kind == RegistrationKind::Dynamic;

    m_verifier = pkce::generateVerifier();
    const QString state = QString::fromLatin1(pkce::randomToken(32));
    QUrl url = m_discovery.authServer.authorizationEndpoint;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_listener->redirectUri().toString());
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeS256(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    q.addQueryItem(QStringLiteral("state"), state);
    if (!m_scope.isEmpty())
        q.addQueryItem(QStringLiteral("scope"), m_scope);
    if (!m_discovery.resource.isEmpty())
        q.addQueryItem(QStringLiteral("resource"), m_discovery.resource);
    // QUrlQuery leaves '+', ':' and '/' alone by default; encode values strictly.
    QString encoded;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    m_authorizationUrl = url;

    m_listener->expect(state, m_discovery.authServer.issuer.isEmpty() ? m_discovery.issuer : m_discovery.authServer.issuer,
                       m_discovery.authServer.issParameterSupported);
    connect(m_listener, &LoopbackRedirectListener::finished, this, &AuthorizationFlow::onCallback);
    if (!m_agent)
        return done(Error::make(ErrorKind::Auth, QStringLiteral("No way to show the sign-in page.")));
    connect(m_agent, &AuthorizationUserAgent::failed, this, [this](const Error &e) {
        if (m_listener)
            m_listener->cancel(e);
    });
    connect(m_agent, &AuthorizationUserAgent::callbackReceived, this, &AuthorizationFlow::deliverCallback);
    Q_EMIT progress(QStringLiteral("Waiting for you to approve the access on the sign-in page"));
    m_agent->open(m_authorizationUrl, m_listener->redirectUri());
}

void AuthorizationFlow::onCallback()
{
    if (m_done)
        return;
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->close();
    }
    if (!m_listener->ok())
        return done(m_listener->error());
    Q_EMIT progress(QStringLiteral("Getting the access token"));
    TokenEndpoint ep{m_discovery.authServer.tokenEndpoint, m_client, m_discovery.authServer.tokenEndpointAuthMethodsSupported};
    auto *req = TokenRequest::exchangeCode(m_network, m_clock, ep, m_listener->code(), m_listener->redirectUri(), m_verifier,
                                           m_discovery.resource, m_scope, this);
    connect(req, &TokenRequest::finished, this, [this, req, ep] {
        req->deleteLater();
        if (!req->ok()) {
            Error e = req->error();
            if ((req->oauthError() == u"invalid_client" || req->oauthError() == u"unauthorized_client") && m_clientWasStored) {
                // The AS forgot our registration: drop it so the next sign-in registers anew.
                m_store->removeClient(m_discovery.issuer);
                e.hint = QStringLiteral("The stored client registration was rejected and has been removed; sign in again.");
            }
            return done(e);
        }
        m_record.tokens = req->tokens();
        m_record.client = m_client;
        m_record.issuer = m_discovery.issuer;
        m_record.resource = m_discovery.resource;
        m_record.serverUrl = m_options.serverUrl;
        m_record.tokenEndpoint = m_discovery.authServer.tokenEndpoint;
        m_record.revocationEndpoint = m_discovery.authServer.revocationEndpoint;
        m_record.tokenEndpointAuthMethods = ep.authMethods;
        m_record.obtainedAtMs = m_clock->nowMs();
        done();
    });
    req->start();
}

void AuthorizationFlow::done(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = error.message.isEmpty();
    m_error = error;
    if (m_listener && !m_ok)
        m_listener->cancel(error);
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->close();
    }
    qCInfo(lcOAuth) << "authorization flow" << (m_ok ? "succeeded" : "failed");
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace mcpc::oauth
