#include "cli/connectedcommand.h"

#include "cli/args.h"

#include "cli/output.h"
#include "cli/services.h"
#include "oauth/clock.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenstore.h"
#include "oauth/useragent.h"
#include "profiles/profilestore.h"
#include "protocol/eracache.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"

#include <QTimer>

namespace mcpc::cli {

Result<ServerProfile> resolveTarget(Services *services, const QString &target, bool allowHttp, bool *adHoc)
{
    if (adHoc)
        *adHoc = false;
    if (target.contains(QStringLiteral("://"))) {
        auto url = parseServerUrl(target);
        if (!url)
            return std::unexpected(url.error());
        // A saved profile with exactly this URL: use it, so `login URL` and `tools NAME` agree.
        if (auto all = services->profiles()->profiles(); all) {
            for (const ServerProfile &p : *all)
                if (p.isHttp() && p.url == *url)
                    return p;
        }
        ServerProfile p;
        p.name = slugifyServerName(url->host());
        p.url = *url;
        p.allowInsecureHttp = allowHttp;
        p.auth = AuthMode::OAuth; // signs in only if the server asks (401)
        if (auto ok = validateProfile(p); !ok)
            return std::unexpected(ok.error());
        if (adHoc)
            *adHoc = true;
        return p;
    }
    auto found = services->profiles()->find(target);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("No server named '%1'. Give a URL, or add it with `mcp-connect-cli servers add`.").arg(target)));
    return **found;
}

oauth::TokenStore *tokenStoreFor(Services *services, const ServerProfile &profile, bool adHoc, QObject *parent)
{
    if (adHoc)
        return oauth::TokenStore::forUrl(services->secrets(), profile.url, parent);
    return oauth::TokenStore::forProfile(services->secrets(), services->profiles(), profile.name, parent);
}

QString loginCommandFor(const ServerProfile &profile, bool adHoc)
{
    return QStringLiteral("mcp-connect-cli login %1").arg(adHoc ? profile.url.toString() : profile.name);
}

QString eraOptionHelp()
{
    return QStringLiteral(
        "Protocol era:\n"
        "  --protocol-era auto|modern|legacy\n"
        "                 auto (default) detects the server's protocol era and remembers it;\n"
        "                 modern speaks only MCP 2026-07-28; legacy only the initialize handshake\n"
        "Server logs:\n"
        "  --log-level LEVEL\n"
        "                 ask the server for its log messages at LEVEL or above (debug, info,\n"
        "                 notice, warning, error, critical, alert, emergency) and print them\n"
        "                 to stderr (MCP 2026-07-28: in each request; older servers that offer\n"
        "                 logging: logging/setLevel after the handshake)\n");
}

bool ConnectedCommand::parseTarget(QCommandLineParser &parser, const QString &synopsis, int positional)
{
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"));
    const QCommandLineOption era(QStringLiteral("protocol-era"), {}, QStringLiteral("auto|modern|legacy"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), {}, QStringLiteral("level"));
    parser.addOption(allowHttp);
    parser.addOption(era);
    parser.addOption(logLevel);
    addOAuthOptions(parser);
    QString e = parseArgs(parser, m_ctx.args);
    if (e.isEmpty())
        e = expectPositional(parser, positional, positional, synopsis);
    if (e.isEmpty() && parser.isSet(era)) {
        const auto pref = eraPreferenceFromName(parser.value(era));
        if (pref)
            m_eraPreference = *pref;
        else
            e = QStringLiteral("--protocol-era must be auto, modern or legacy.");
    }
    if (e.isEmpty() && parser.isSet(logLevel)) {
        m_logLevel = parser.value(logLevel);
        if (!logLevels().contains(m_logLevel))
            e = QStringLiteral("--log-level must be one of %1.").arg(logLevels().join(QStringLiteral(", ")));
    }
    if (e.isEmpty())
        e = readOAuthOptions(parser, &m_oauth);
    if (!e.isEmpty()) {
        finish(m_ctx.out->usage(e));
        return false;
    }
    return resolve(parser.positionalArguments().first(), parser.isSet(allowHttp));
}

bool ConnectedCommand::resolve(const QString &target, bool allowHttp)
{
    auto profile = resolveTarget(m_ctx.services, target, allowHttp, &m_adHoc);
    if (!profile) {
        finish(m_ctx.out->fail(profile.error()));
        return false;
    }
    m_profile = *profile;
    return true;
}

void ConnectedCommand::connectTo(const ServerProfile &profile)
{
    m_profile = profile;
    if (isInsecureRemoteUrl(profile.url) && profile.isHttp())
        m_ctx.out->info(QStringLiteral("warning: %1 uses plain HTTP to another machine; use HTTPS in production.")
                            .arg(profile.url.toString()));
    auto *connector = new ServerConnector(profile, m_ctx.services->httpClient(), m_ctx.services->secrets(), this);
    ClientOptions options;
    options.eraPreference = m_eraPreference;
    if (m_eraPreference != EraPreference::Legacy)
        options.cachedEra = cachedEra();
    // Servers send logs only when asked: --log-level, else MCPC_LOG_LEVEL.
    options.logLevel = m_logLevel.isEmpty() ? qEnvironmentVariable("MCPC_LOG_LEVEL") : m_logLevel;
    const bool printLogs = !options.logLevel.isEmpty();
    options.inputProvider = inputProvider();
    connector->setClientOptions(options);
    connect(connector, &ServerConnector::clientCreated, this, [this, printLogs](McpClient *client) {
        connect(client, &McpClient::warning, this, [this](const QString &line) { m_ctx.out->info(QStringLiteral("warning: ") + line); });
        if (printLogs)
            connect(client, &McpClient::logMessage, this, [this](const QString &level, const QString &text) {
                m_ctx.out->info(QStringLiteral("server %1: %2").arg(level.isEmpty() ? QStringLiteral("log") : level, text));
            });
        connect(client, &McpClient::eraDetected, this, [this](const EraHint &hint) { rememberEra(hint); });
    });
    if (profile.isHttp() && profile.auth == AuthMode::OAuth) {
        oauth::AuthenticatorOptions opts;
        opts.serverUrl = profile.url;
        opts.ignoreStoredTokens = forceFreshSignIn();
        opts.loginCommand = loginCommandFor(profile, m_adHoc);
        opts.flow.scope = m_oauth.scope;
        opts.flow.identity.clientId = m_oauth.clientId;
        opts.flow.identity.clientSecret = m_oauth.clientSecret;
        opts.flow.identity.clientMetadataUrl = QUrl(m_oauth.clientMetadataUrl);
        opts.flow.callbackTimeoutMs = m_oauth.loginTimeoutMs;
        auto *store = tokenStoreFor(m_ctx.services, profile, m_adHoc, this);
        opts.loadOnChallenge = m_adHoc || store->profileMetadata().empty();
        auto *auth = new oauth::OAuthAuthenticator(m_ctx.services->network(), oauth::SystemClock::instance(), store, opts, this);
        Output *out = m_ctx.out;
        connect(auth, &oauth::OAuthAuthenticator::warning, this, [out](const QString &m) { out->info(QStringLiteral("warning: ") + m); });
        connect(auth, &oauth::OAuthAuthenticator::progress, this, [out](const QString &m) { out->info(m + QStringLiteral("…")); });
        if (m_oauth.allowsInteractiveLogin() || forceFreshSignIn()) {
            const QString mode = m_oauth.browser.isEmpty() && !isInteractiveRun() ? QStringLiteral("print") : m_oauth.effectiveBrowser();
            Services *services = m_ctx.services;
            auth->setUserAgentFactory([mode, out, services](QObject *parent) -> oauth::AuthorizationUserAgent * {
                auto notify = [out](const QString &m) { out->info(m); };
                if (mode == u"http")
                    return new oauth::HttpFollowUserAgent(services->network(), parent);
                if (mode == u"print")
                    return new oauth::PrintUserAgent(notify, parent);
                return new oauth::SystemBrowserUserAgent(notify, parent);
            });
        }
        configureAuthenticator(auth);
        m_authenticator = auth;
        connector->setAuthenticator(auth);
    }
    connect(connector, &ServerConnector::diagnostic, this, [this](const QString &line) {
        if (qEnvironmentVariableIsSet("MCPC_VERBOSE"))
            m_ctx.out->info(QStringLiteral("note: ") + line);
    });
    connect(connector, &ServerConnector::finished, this, [this, connector] {
        connector->deleteLater();
        if (!connector->ok()) {
            finish(m_ctx.out->fail(connector->error()));
            return;
        }
        m_client = connector->takeClient(this);
        onConnected(m_client);
    });
    connector->start();
}

EraHint ConnectedCommand::cachedEra() const
{
    if (m_adHoc)
        return EraCache().lookup(EraCache::keyFor(m_profile));
    return EraCache::forProfile(m_ctx.services->profiles(), m_profile.name);
}

void ConnectedCommand::rememberEra(const EraHint &hint)
{
    if (m_eraPreference != EraPreference::Auto)
        return; // a forced era says nothing about what the server prefers
    // A cache: failing to write it costs one extra request next time, nothing more.
    const Result<void> ok = m_adHoc ? EraCache().store(EraCache::keyFor(m_profile), hint)
                                    : EraCache::storeForProfile(m_ctx.services->profiles(), m_profile.name, hint);
    if (!ok && qEnvironmentVariableIsSet("MCPC_VERBOSE"))
        m_ctx.out->info(QStringLiteral("note: could not remember the protocol era: ") + ok.error().message);
}

void ConnectedCommand::closeAndFinish(int exitCode)
{
    if (!m_client) {
        finish(exitCode);
        return;
    }
    connect(m_client, &McpClient::closed, this, [this, exitCode] { finish(exitCode); });
    m_client->close();
}

int ConnectedCommand::failAndClose(const Error &error)
{
    const int code = m_ctx.out->fail(error);
    closeAndFinish(code);
    return code;
}

} // namespace mcpc::cli
