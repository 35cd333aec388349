#include "oauth/discovery.h"

#include "oauth/oauthhttp.h"
#include "oauth/wellknownurls.h"
#include "util/logging.h"

#include <QTimer>

namespace mcpc::oauth {

namespace {
Error authError(const QString &message, const QString &hint = {})
{
    return Error::make(ErrorKind::Auth, message, 0, hint);
}

QString stripSlash(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}
} // namespace

bool sameIssuer(const QString &a, const QString &b)
{
    // RFC 8414 §3.3 wants identical strings; the one tolerance (as the SDKs have) is a
    // single trailing "/", which URL libraries add to an issuer without a path.
    return a == b || (a.endsWith(u'/') && a.chopped(1) == b) || (b.endsWith(u'/') && b.chopped(1) == a);
}

OAuthDiscovery::OAuthDiscovery(QNetworkAccessManager *network, QUrl serverUrl, BearerChallenge challenge, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_serverUrl(std::move(serverUrl))
    , m_challenge(std::move(challenge))
{
}

void OAuthDiscovery::start()
{
    QUrl fromChallenge;
    if (!m_challenge.resourceMetadata.isEmpty()) {
        fromChallenge = QUrl(m_challenge.resourceMetadata, QUrl::StrictMode);
        if (!fromChallenge.isValid() || fromChallenge.isRelative())
            fromChallenge = QUrl();
    }
    auto *fetch = new FirstFoundFetch(m_network, wellknown::protectedResourceUrls(m_serverUrl, fromChallenge), this);
    connect(fetch, &FirstFoundFetch::finished, this, [this, fetch] { onResourceMetadata(fetch); });
    fetch->start();
}

void OAuthDiscovery::onResourceMetadata(FirstFoundFetch *fetch)
{
    fetch->deleteLater();
    m_attempts += fetch->attempts();
    if (!fetch->found()) {
        if (fetch->stoppedOnFailure())
            return done(authError(QStringLiteral("The protected resource metadata could not be read: %1").arg(fetch->error().message)));
        // No PRM anywhere: a 2025-03-26 server, whose authorization server is its origin.
        qCInfo(lcOAuth) << "no protected resource metadata; using the 2025-03-26 fallback";
        m_result.legacy = true;
        m_result.resource = wellknown::canonicalResource(m_serverUrl);
        fetchAuthServer(wellknown::legacyAuthServer(m_serverUrl).toString());
        return;
    }
    auto prm = parseProtectedResourceMetadata(fetch->body());
    if (!prm)
        return done(authError(prm.error().message + QStringLiteral(" (from %1)").arg(fetch->foundUrl().toString()),
                              QStringLiteral("The server's protected resource metadata is broken; tell its operator.")));
    prm->sourceUrl = fetch->foundUrl();
    if (!wellknown::resourceMatchesServer(prm->resource, m_serverUrl))
        return done(authError(
            QStringLiteral("Refusing to sign in: the server's metadata is for a different resource (%1), not %2.")
                .arg(prm->resource, m_serverUrl.toString()),
            QStringLiteral("The protected resource metadata and the server URL are inconsistent. Check the URL, or tell the "
                           "server's operator: its `resource` must be the MCP endpoint's URL.")));
    if (prm->authorizationServers.isEmpty())
        return done(authError(QStringLiteral("The server's protected resource metadata names no authorization server."),
                              QStringLiteral("`authorization_servers` must list at least one issuer; tell the server's operator.")));
    m_result.resourceMetadata = *prm;
    m_result.resource = prm->resource; // verbatim, as the SDK does: strict servers compare strings
    // Several servers: we take the first, as the SDK does (RFC 9728 §7.6 leaves it to us).
    fetchAuthServer(prm->authorizationServers.first());
}

void OAuthDiscovery::fetchAuthServer(const QString &issuer)
{
    const QUrl issuerUrl(issuer, QUrl::StrictMode);
    if (!issuerUrl.isValid() || issuerUrl.host().isEmpty())
        return done(authError(QStringLiteral("The authorization server '%1' is not a valid URL.").arg(issuer)));
    if (!wellknown::isAllowedEndpoint(issuerUrl))
        return done(authError(QStringLiteral("Refusing to use the authorization server %1 over plain HTTP.").arg(issuer),
                              QStringLiteral("Authorization servers must use HTTPS (plain HTTP only on this machine).")));
    m_result.issuer = issuer;
    auto *fetch = new FirstFoundFetch(m_network, wellknown::authServerUrls(issuerUrl), this);
    connect(fetch, &FirstFoundFetch::finished, this, [this, fetch] { onAuthServerMetadata(fetch); });
    fetch->start();
}

void OAuthDiscovery::onAuthServerMetadata(FirstFoundFetch *fetch)
{
    fetch->deleteLater();
    m_attempts += fetch->attempts();
    AuthServerMetadata as;
    if (!fetch->found()) {
        if (!m_result.legacy || fetch->stoppedOnFailure())
            return done(authError(
                QStringLiteral("The authorization server metadata for %1 was not found.").arg(m_result.issuer),
                QStringLiteral("Neither RFC 8414 nor OpenID discovery documents answered; check the authorization server's "
                               "configuration (last error: %1).").arg(fetch->error().message)));
        // 2025-03-26 servers without metadata: the spec's default endpoints.
        const QString base = stripSlash(m_result.issuer);
        as.issuer = m_result.issuer;
        as.authorizationEndpoint = QUrl(base + QStringLiteral("/authorize"));
        as.tokenEndpoint = QUrl(base + QStringLiteral("/token"));
        as.registrationEndpoint = QUrl(base + QStringLiteral("/register"));
        as.fromDefaults = true;
    } else {
        auto parsed = parseAuthServerMetadata(fetch->body());
        if (!parsed)
            return done(authError(parsed.error().message + QStringLiteral(" (from %1)").arg(fetch->foundUrl().toString())));
        as = *parsed;
        as.sourceUrl = fetch->foundUrl();
        if (m_result.legacy) {
            // 2025-03-26 had no issuer rule for the origin-derived AS: accept a document that
            // stays on the MCP server's origin, and key credentials by what it calls itself.
            const QUrl named(as.issuer);
            if (named.host().compare(m_serverUrl.host(), Qt::CaseInsensitive) != 0 || named.port() != m_serverUrl.port())
                return done(authError(QStringLiteral("The authorization server metadata at %1 names another issuer (%2).")
                                          .arg(fetch->foundUrl().toString(), as.issuer)));
            m_result.issuer = as.issuer;
        } else if (!sameIssuer(as.issuer, m_result.issuer)) {
            // Spec 2026-07-28 (RFC 8414 §3.3): such a document MUST NOT be used at all, not
            // even its endpoints: it may be an attacker's copy of another server's metadata.
            return done(authError(
                QStringLiteral("Refusing to sign in: the authorization server metadata at %1 names issuer %2, but %3 was "
                               "expected (the issuer it was looked up for). Its endpoints were not used.")
                    .arg(fetch->foundUrl().toString(), as.issuer, m_result.issuer),
                QStringLiteral("The authorization server metadata is inconsistent (RFC 8414 §3.3); tell the server's operator.")));
        }
        if (!as.codeChallengeMethodsSupported.contains(QStringLiteral("S256")))
            return done(authError(
                QStringLiteral("Refusing to sign in: the authorization server does not list PKCE S256 in its metadata."),
                QStringLiteral("MCP requires PKCE with S256 (code_challenge_methods_supported); tell the server's operator.")));
        if (!as.responseTypesSupported.isEmpty() && !as.responseTypesSupported.contains(QStringLiteral("code")))
            return done(authError(QStringLiteral("The authorization server does not support the authorization code flow.")));
    }
    for (const QUrl &u : {as.authorizationEndpoint, as.tokenEndpoint}) {
        if (!wellknown::isAllowedEndpoint(u))
            return done(authError(QStringLiteral("Refusing to use the OAuth endpoint %1: it is not HTTPS.").arg(u.toString()),
                                  QStringLiteral("Use HTTPS in production; plain HTTP is only accepted on this machine.")));
    }
    m_result.authServer = as;
    done();
}

void OAuthDiscovery::done(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = error.message.isEmpty();
    m_error = error;
    if (!m_ok)
        qCInfo(lcOAuth) << "discovery failed:" << error.message;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace mcpc::oauth
