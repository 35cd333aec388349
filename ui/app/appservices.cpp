#include "app/appservices.h"

#include "clients/clientconfigservice.h"
#include "monitor/statusmonitor.h"
#include "profiles/profilestore.h"
#include "secrets/fallbacksecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QFileInfo>
#include "http/client/httpclient.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace mcpc::ui {

AppServices::Config AppServices::defaults()
{
    Config c;
    c.profilePath = ProfileStore::defaultPath();
    c.settingsPath = QFileInfo(c.profilePath).absolutePath() + QStringLiteral("/gui.ini");
    // Same switch as the CLI (tests, kiosks): "memory" keeps secrets for this run only.
    // The CLI's plaintext opt-in is deliberately not offered here.
    if (qEnvironmentVariable("MCPC_SECRET_STORE") == u"memory")
        c.secrets = new MemorySecretStore;
    return c;
}

AppServices::AppServices(Config config, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_http(new http::HttpClient(this))
    , m_profiles(std::make_unique<ProfileStore>(config.profilePath))
    , m_secrets(config.secrets ? config.secrets : new FallbackSecretStore(new KeychainSecretStore()))
    , m_monitor(nullptr)
    , m_settings(std::make_unique<QSettings>(config.settingsPath, QSettings::IniFormat))
    , m_clientConfigs(new ClientConfigService(
          config.clientEnvironment ? *config.clientEnvironment : clientconfig::ClientEnvironment::fromSystem(), m_settings.get(),
          this))
{
    m_secrets->setParent(this);
    m_monitor = new StatusMonitor(m_http, m_secrets, config.monitor, this);
    m_clientConfigs->refreshWatcher(); // drift that happened while the app was closed
}

AppServices::~AppServices()
{
    // Connections first: their transports use the network manager.
    delete m_monitor;
    delete m_clientConfigs; // stops its thread before the settings go
    m_clientConfigs = nullptr;
}

} // namespace mcpc::ui
