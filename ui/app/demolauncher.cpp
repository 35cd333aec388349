#include "app/demolauncher.h"

#include "demo/demoauthserver.h"
#include "demo/demoserver.h"
#include "oauth/tokenstore.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"

namespace mcpc::ui {

namespace {
const QString kDemoName = QStringLiteral("demo");
const QString kFallbackName = QStringLiteral("mcp-connect-demo");
}

DemoLauncher::DemoLauncher(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

DemoLauncher::~DemoLauncher()
{
    cleanup();
}

DemoLauncher::Choice DemoLauncher::chooseProfile(const QList<ServerProfile> &saved, const QUrl &url)
{
    auto find = [&](const QString &name) -> const ServerProfile * {
        for (const ServerProfile &p : saved)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    const ServerProfile *demo = find(kDemoName);
    if (!demo)
        return {kDemoName, false, false};
    if (demo->transport != TransportKind::Stdio && demo->url == url)
        return {kDemoName, true, true};
    // "demo" is the user's and points elsewhere: leave it alone.
    const ServerProfile *ours = find(kFallbackName);
    return {kFallbackName, ours != nullptr, ours && ours->url == url};
}

Result<ServerProfile> DemoLauncher::start(quint16 preferredPort)
{
    if (isRunning())
        return m_profile;
    auto *server = new demo::DemoServer(this);
    demo::DemoAuthServer *auth = m_signIn ? new demo::DemoAuthServer(server) : nullptr; // a child of the server
    Result<void> listening = server->listen(QHostAddress::LocalHost, preferredPort);
    if (!listening && preferredPort != 0)
        listening = server->listen(QHostAddress::LocalHost, 0); // 3000 is busy (a dev server?): any free port
    if (!listening) {
        delete server;
        return std::unexpected(listening.error());
    }
    auto saved = m_store->profiles();
    if (!saved) {
        delete server;
        return std::unexpected(saved.error());
    }
    const Choice choice = chooseProfile(*saved, server->url());
    ServerProfile p;
    p.name = choice.name;
    p.url = server->url();
    p.auth = auth ? AuthMode::OAuth : AuthMode::None;
    const auto existing = choice.exists ? m_store->find(choice.name) : Result<std::optional<ServerProfile>>(std::nullopt);
    const bool sameAuth = existing && existing->has_value() && (*existing)->auth == p.auth;
    if (!choice.sameUrl || !sameAuth) {
        const Result<void> written = choice.exists ? m_store->update(p) : m_store->add(p);
        if (!written) {
            delete server;
            return std::unexpected(written.error());
        }
        m_createdProfile = !choice.exists || choice.name == kFallbackName;
    }
    m_server = server;
    m_auth = auth;
    m_profile = p;
    if (auth)
        forgetSignIn(p.name); // from an earlier session's authorization server: dead
    return p;
}

void DemoLauncher::cleanup()
{
    if (m_auth && !m_profile.name.isEmpty())
        forgetSignIn(m_profile.name); // best effort: start() deletes it again anyway
    if (m_createdProfile && !m_profile.name.isEmpty()) {
        // Only if it still points at this session's server (the user may have edited it).
        auto current = m_store->find(m_profile.name);
        if (current && current->has_value() && (*current)->url == m_profile.url)
            (void)m_store->remove(m_profile.name);
    }
    m_createdProfile = false;
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
        m_auth = nullptr;
    }
}

void DemoLauncher::forgetSignIn(const QString &profileName)
{
    if (!m_secrets)
        return;
    // Owned by the secret store, which outlives the launcher: when the app quits before the
    // job finishes, the store's deletion takes this with it (ASan found it leaked).
    auto *tokens = oauth::TokenStore::forProfile(m_secrets, m_store, profileName, m_secrets);
    SecretJob *job = tokens->clear(); // also drops the metadata mirrored into the profile
    connect(job, &SecretJob::finished, tokens, &QObject::deleteLater);
}

bool DemoLauncher::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl DemoLauncher::url() const
{
    return m_server ? m_server->url() : QUrl();
}

} // namespace mcpc::ui
