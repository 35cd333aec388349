#include "auth/profilesignin.h"
#include "util/jsonfield.h"

#include "oauth/clock.h"
#include "oauth/tokenclient.h"
#include "oauth/tokenstore.h"
#include "oauth/wellknownurls.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "secrets/secretstore.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::ui {

namespace {

bool sameServer(const QUrl &a, const QUrl &b)
{
    return oauth::wellknown::canonicalResource(a) == oauth::wellknown::canonicalResource(b);
}

bool metadataHasRefreshToken(const std::string &metadata)
{
    const json j = parseJson(QByteArrayView(metadata), QCoreApplication::translate("ProfileSignIn", "The sign-in metadata")).value_or(json());
    return jsonBool(j, "has_refresh_token", false);
}

} // namespace

QString accountFromAccessToken(const QString &accessToken)
{
    const QStringList parts = accessToken.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding
                                                                                   | QByteArray::OmitTrailingEquals
                                                                                   | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const json claims = parseJson(decoded.decoded, QCoreApplication::translate("ProfileSignIn", "The access token")).value_or(json());
    if (!claims.is_object())
        return {};
    for (const char *key : {"email", "preferred_username", "upn", "name", "sub"}) {
        auto it = claims.find(key);
        if (it != claims.end() && it->is_string() && !it->get<std::string>().empty())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

QString signInFailureText(const Error &error)
{
    if (error.kind == ErrorKind::Cancelled)
        return QCoreApplication::translate("ProfileSignIn", "Sign-in was cancelled. Nothing was stored.");
    // The loopback listener's wording for error=access_denied (core/oauth).
    if (error.message.startsWith(QCoreApplication::translate("ProfileSignIn", "Access was denied")))
        return QCoreApplication::translate("ProfileSignIn", "The server denied access, so MCP Connect received no token and stored nothing. "
                              "If you chose Deny by mistake, press Sign in and choose Allow.");
    QString text = error.message;
    // Hints written for the command line ("Run: mcp-connect-cli login x", "--browser") do
    // not help here.
    if (!error.hint.isEmpty() && !error.hint.contains(QStringLiteral("mcp-connect-cli")) && !error.hint.contains(QStringLiteral("--")))
        text += u' ' + error.hint;
    return text;
}

ProfileSignIn::ProfileSignIn(Services services, ServerProfile profile, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profile(std::move(profile))
    , m_store(oauth::TokenStore::forProfile(services.secrets, services.profiles, m_profile.name, this))
{
    if (!m_services.clock)
        m_services.clock = oauth::SystemClock::instance();
    m_wasSignedIn = summary().signedIn;
}

ProfileSignIn::~ProfileSignIn() = default;

oauth::OAuthAuthenticator *ProfileSignIn::makeAuthenticator(bool interactive)
{
    oauth::AuthenticatorOptions opts;
    opts.serverUrl = m_profile.url;
    opts.ignoreStoredTokens = interactive; // Sign in always means a fresh authorization
    opts.loginCommand = tr("mcp-connect-cli login %1").arg(m_profile.name);
    opts.flow.callbackTimeoutMs = m_services.callbackTimeoutMs;
    // Never signed in here: read the keychain only if the server asks (as the CLI does).
    opts.loadOnChallenge = !interactive && m_store->profileMetadata().empty();
    return new oauth::OAuthAuthenticator(m_services.network, m_services.clock, m_store, opts, this);
}

void ProfileSignIn::setProfile(const ServerProfile &profile)
{
    const bool moved = !sameServer(profile.url, m_profile.url);
    m_profile = profile;
    if (moved && m_auth) {
        m_auth->deleteLater(); // its tokens belong to the old URL
        m_auth = nullptr;
        m_wasSignedIn = summary().signedIn;
        Q_EMIT changed();
    }
}

oauth::OAuthAuthenticator *ProfileSignIn::authenticatorFor(const ServerProfile &profile)
{
    setProfile(profile);
    if (!m_auth) {
        m_auth = makeAuthenticator(false);
        watch(m_auth);
        m_wasSignedIn = summary().signedIn;
        Q_EMIT changed();
    }
    return m_auth;
}

void ProfileSignIn::watch(oauth::OAuthAuthenticator *auth)
{
    connect(auth, &oauth::OAuthAuthenticator::stateChanged, this, [this](oauth::OAuthAuthenticator::State s) {
        if (s == oauth::OAuthAuthenticator::State::SignedIn)
            m_wasSignedIn = true;
        Q_EMIT changed();
    });
    connect(auth, &oauth::OAuthAuthenticator::warning, this, [this](const QString &text) { Q_EMIT notice(text, true); });
}

void ProfileSignIn::install(oauth::OAuthAuthenticator *auth)
{
    oauth::OAuthAuthenticator *old = m_auth;
    m_auth = auth;
    watch(auth);
    Q_EMIT authenticatorReplaced(auth);
    if (old && old != auth)
        old->deleteLater(); // the transports hold it by QPointer
}

ProfileSignIn::Phase ProfileSignIn::phase() const
{
    if (m_signingOut)
        return Phase::SigningOut;
    if (m_connector || m_signInAuth)
        return Phase::SigningIn;
    if (m_failed)
        return Phase::Failed;
    if (m_auth && m_auth->state() == oauth::OAuthAuthenticator::State::SignInRequired && m_wasSignedIn)
        return Phase::SignInAgain;
    return summary().signedIn ? Phase::SignedIn : Phase::NotSignedIn;
}

SignInSummary ProfileSignIn::summary() const
{
    SignInSummary s;
    s.storage = m_services.secrets->backendName();
    s.persistent = m_services.secrets->persistent();
    oauth::SignInRecord r;
    bool have = false;
    if (m_auth && !m_auth->record().isEmpty()) {
        r = m_auth->record();
        have = true;
        s.refreshable = !r.tokens.refreshToken.isEmpty();
        s.account = accountFromAccessToken(r.tokens.accessToken);
    } else if (const std::string meta = m_store->profileMetadata(); !meta.empty()) {
        if (auto parsed = oauth::parseRecord(QByteArray::fromStdString(meta))) {
            r = *parsed;
            have = true;
            s.refreshable = metadataHasRefreshToken(meta);
        }
    }
    // A sign-in made for another URL (the profile was edited) is not this server's.
    if (!have || !sameServer(r.serverUrl, m_profile.url))
        return s;
    if (m_auth && m_auth->state() == oauth::OAuthAuthenticator::State::SignInRequired)
        return s;
    s.signedIn = true;
    s.issuer = r.issuer;
    s.scope = r.tokens.scope;
    s.expiresAtMs = r.tokens.expiresAtMs;
    s.obtainedAtMs = r.obtainedAtMs;
    s.registration = r.client.kind;
    s.clientId = r.client.clientId;
    s.revocable = r.revocationEndpoint.isValid() && !r.revocationEndpoint.isEmpty();
    return s;
}

void ProfileSignIn::setMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
}

QString ProfileSignIn::who() const
{
    return m_profile.name;
}

void ProfileSignIn::signIn(oauth::OAuthAuthenticator::UserAgentFactory factory)
{
    if (m_signInAuth || m_signingOut)
        return;
    m_failed = false;
    m_gotSignedIn = false;
    oauth::OAuthAuthenticator *auth = makeAuthenticator(true);
    auth->setUserAgentFactory(std::move(factory));
    m_signInAuth = auth;
    connect(auth, &oauth::OAuthAuthenticator::progress, this, [this](const QString &step) {
        setMessage(step + QStringLiteral("…"), false);
        Q_EMIT changed();
    });
    connect(auth, &oauth::OAuthAuthenticator::signedIn, this, [this] { m_gotSignedIn = true; });
    connect(auth, &oauth::OAuthAuthenticator::warning, this, [this](const QString &text) { Q_EMIT notice(text, true); });

    auto *connector = new ServerConnector(m_profile, m_services.http, m_services.secrets, this);
    ClientOptions options;
    // The handshake waits while the user is on the consent page.
    options.initializeTimeoutMs = m_services.callbackTimeoutMs + 2 * 60 * 1000;
    connector->setClientOptions(options);
    connector->setAuthenticator(auth);
    m_connector = connector;
    connect(connector, &ServerConnector::finished, this, &ProfileSignIn::onSignInConnected);
    setMessage(tr("Contacting %1…").arg(m_profile.url.host()), false);
    qCInfo(lcOAuth) << "GUI sign-in started for" << m_profile.name;
    connector->start();
    Q_EMIT changed();
}

void ProfileSignIn::onSignInConnected()
{
    ServerConnector *connector = m_connector;
    if (!connector)
        return;
    connector->deleteLater();
    m_connector = nullptr;
    if (!connector->ok()) {
        // Signed in, but the connection then failed for another reason: the sign-in
        // stands; the server's own status shows the rest.
        if (m_gotSignedIn)
            return finishSignIn(std::nullopt);
        return finishSignIn(connector->error());
    }
    McpClient *client = connector->takeClient(this);
    if (m_gotSignedIn)
        return finishSignIn(std::nullopt, client);
    probeTools(client); // some servers only protect the operations, not the handshake
}

void ProfileSignIn::probeTools(McpClient *client)
{
    auto *op = new ListOperation(client, QStringLiteral("tools/list"), "tools", this);
    connect(op, &ListOperation::finished, this, [this, op, client] {
        op->deleteLater();
        if (m_gotSignedIn)
            return finishSignIn(std::nullopt, client);
        if (!op->ok() && op->error().kind == ErrorKind::Auth)
            return finishSignIn(op->error(), client);
        finishSignIn(std::nullopt, client);
    });
    op->start();
}

void ProfileSignIn::finishSignIn(const std::optional<Error> &error, McpClient *client)
{
    if (client) {
        connect(client, &McpClient::closed, client, &QObject::deleteLater);
        client->close();
    }
    oauth::OAuthAuthenticator *auth = m_signInAuth;
    m_signInAuth = nullptr;
    if (!auth)
        return;
    auth->disconnect(this);
    if (!error && m_gotSignedIn) {
        qCInfo(lcOAuth) << "GUI sign-in succeeded for" << m_profile.name;
        auth->setUserAgentFactory({}); // from now on a background check never opens a page
        m_wasSignedIn = true;
        setMessage({}, false);
        install(auth);
        Q_EMIT notice(tr("Signed in to %1.").arg(who()), false);
    } else {
        auth->deleteLater();
        if (!error) {
            setMessage(tr("%1 did not ask for sign-in; nothing to do.").arg(m_profile.url.toString()), false);
        } else if (error->kind == ErrorKind::Cancelled) {
            setMessage(signInFailureText(*error), false);
        } else {
            qCInfo(lcOAuth).noquote() << "GUI sign-in failed for" << m_profile.name << ":" << error->message;
            m_failed = true;
            setMessage(signInFailureText(*error), true);
        }
        // Also in the window's banner: the card may be on a tab that is not showing.
        Q_EMIT notice(QStringLiteral("%1: %2").arg(who(), m_message), error.has_value());
    }
    Q_EMIT changed();
}

void ProfileSignIn::cancelSignIn()
{
    if (!m_signInAuth)
        return;
    if (oauth::AuthorizationFlow *flow = m_signInAuth->currentFlow()) {
        flow->cancel(); // the connection then fails with Cancelled and finishes the attempt
        return;
    }
    if (m_connector)
        m_connector->deleteLater();
    m_connector = nullptr;
    finishSignIn(Error::make(ErrorKind::Cancelled, tr("The sign-in was cancelled.")));
}

void ProfileSignIn::signOut()
{
    if (m_signingOut)
        return;
    cancelSignIn();
    m_signingOut = true;
    m_failed = false;
    setMessage(tr("Signing out…"), false);
    Q_EMIT changed();
    SecretJob *job = m_store->load();
    connect(job, &SecretJob::finished, this, [this, job] {
        oauth::SignInRecord record;
        QString problem;
        if (job->ok()) {
            if (auto r = oauth::parseRecord(job->data()))
                record = *r;
        } else if (job->status() != SecretJob::Status::NotFound) {
            problem = tr("the keychain could not be read (%1)").arg(job->errorString());
        }
        if (record.isEmpty() && m_auth)
            record = m_auth->record(); // e.g. kept in memory only
        // RFC 7009 where offered: the refresh token first (it ends the grant), then the access token.
        QList<QPair<QString, QString>> tokens;
        if (record.revocationEndpoint.isValid() && !record.revocationEndpoint.isEmpty()) {
            if (!record.tokens.refreshToken.isEmpty())
                tokens.append({record.tokens.refreshToken, QStringLiteral("refresh_token")});
            if (!record.tokens.accessToken.isEmpty())
                tokens.append({record.tokens.accessToken, QStringLiteral("access_token")});
        }
        revokeNext(record, tokens, false, problem);
    });
}

void ProfileSignIn::revokeNext(oauth::SignInRecord record, QList<QPair<QString, QString>> tokens, bool revoked, QString problem)
{
    if (tokens.isEmpty())
        return deleteLocal(record, revoked, problem);
    const auto [token, hint] = tokens.takeFirst();
    oauth::TokenEndpoint auth{record.tokenEndpoint, record.client, record.tokenEndpointAuthMethods};
    auto *rev = new oauth::TokenRevocation(m_services.network, record.revocationEndpoint, auth, token, hint, this);
    connect(rev, &oauth::TokenRevocation::finished, this, [this, rev, record, tokens, revoked, problem]() mutable {
        rev->deleteLater();
        if (rev->ok())
            revoked = true;
        else
            problem = tr("the server did not confirm the revocation (%1)").arg(rev->error().message);
        revokeNext(record, tokens, revoked, problem);
    });
    rev->start();
}

void ProfileSignIn::deleteLocal(const oauth::SignInRecord &record, bool revoked, const QString &problem)
{
    // Local secrets go whatever the server said.
    SecretJob *job = m_store->clear();
    connect(job, &SecretJob::finished, this, [this, job, record, revoked, problem] {
        m_signingOut = false;
        m_wasSignedIn = false;
        const bool cleared = job->ok() || job->status() == SecretJob::Status::NotFound;
        install(makeAuthenticator(false)); // no tokens: the server shows Needs login again
        if (!cleared) {
            m_failed = true;
            setMessage(tr("Could not delete the stored sign-in: %1").arg(job->errorString()), true);
            Q_EMIT notice(m_message, true);
        } else {
            QString text;
            if (record.isEmpty())
                text = tr("Not signed in to %1; nothing to sign out of.").arg(who());
            else if (revoked)
                text = tr("Signed out of %1. The server revoked the tokens and the local copy is deleted.").arg(who());
            else if (record.revocationEndpoint.isEmpty())
                text = tr("Signed out of %1. The server offers no revocation, so the local tokens were deleted; "
                                      "they stay valid at the server until they expire.").arg(who());
            else
                text = tr("Signed out of %1; the local tokens were deleted.").arg(who());
            if (!problem.isEmpty())
                text += tr(" Note: %1.").arg(problem);
            setMessage({}, false);
            Q_EMIT notice(text, !problem.isEmpty());
        }
        Q_EMIT changed();
    });
}

} // namespace mcpc::ui
