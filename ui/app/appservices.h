#pragma once

#include "clientconfig/clientenvironment.h"
#include "monitor/monitoroptions.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mcpc::http {
class HttpClient;
}
class QSettings;

namespace mcpc {
class ProfileStore;
class SecretStore;
class StatusMonitor;
}

namespace mcpc::ui {

class ClientConfigService;

// The engine objects the GUI shares: one network manager, the profile file, the secret
// store, the status monitor, the client-config engine ("Connect to <client>", on its own
// thread, with the drift watcher) and the GUI settings. Injected into the windows, so tests
// run on a temp profile file and an in-memory secret store.
class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString profilePath;            // profiles.json
        QString settingsPath;           // gui.ini (window geometry...; never secrets)
        SecretStore *secrets = nullptr; // taken over; nullptr = keychain with memory fallback
        MonitorOptions monitor;
        // Where the AI clients' config files are; nullopt = this computer's (HOME...).
        std::optional<clientconfig::ClientEnvironment> clientEnvironment;
    };
    // The real locations ($XDG_CONFIG_HOME/mcp-connect) and the OS keychain.
    static Config defaults();

    explicit AppServices(Config config, QObject *parent = nullptr);
    ~AppServices() override;

    QNetworkAccessManager *network() const { return m_network; } // OAuth and one-off requests
    http::HttpClient *httpClient() const { return m_http; }          // MCP traffic
    ProfileStore *profiles() const { return m_profiles.get(); }
    SecretStore *secrets() const { return m_secrets; }
    StatusMonitor *monitor() const { return m_monitor; }
    QSettings *settings() const { return m_settings.get(); }
    ClientConfigService *clientConfigs() const { return m_clientConfigs; }

private:
    QNetworkAccessManager *m_network;
    http::HttpClient *m_http;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets;
    StatusMonitor *m_monitor;
    std::unique_ptr<QSettings> m_settings;
    ClientConfigService *m_clientConfigs;
};

} // namespace mcpc::ui
