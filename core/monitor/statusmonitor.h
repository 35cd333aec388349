#pragma once

#include "monitor/monitoroptions.h"
#include "monitor/serverchecker.h"
#include "monitor/serverstatus.h"
#include "profiles/serverprofile.h"

#include <QList>
#include <QMap>
#include <QObject>


namespace mcpc {

namespace http {
class HttpClient;
}

class SecretStore;
class ServerChecker;

// The background status monitor: one ServerChecker per profile, keyed by profile name.
// The UI asks it for a server's checker (status, tools, live client) and listens to
// statusChanged for the list's dots.
class StatusMonitor : public QObject
{
    Q_OBJECT
public:
    StatusMonitor(http::HttpClient *network, SecretStore *secrets, MonitorOptions options = {},
                  QObject *parent = nullptr);
    ~StatusMonitor() override;

    // Every checker asks it for its authenticator before each connection attempt (set it
    // before the first profile is added; the GUI's sign-in controller does).
    void setAuthenticatorProvider(ServerChecker::AuthenticatorProvider provider);

    // Adds checkers for new profiles, reconnects changed ones, removes the ones gone.
    void setProfiles(const QList<ServerProfile> &profiles);
    void addProfile(const ServerProfile &profile);    // or update one with that name
    void removeProfile(const QString &name);          // closes its connection politely

    ServerChecker *checker(const QString &name) const;
    QStringList names() const { return m_checkers.keys(); }
    ServerStatus status(const QString &name) const;
    void checkAll();

    // Closes every connection politely, then emits shutDown() (at once if none is open).
    void shutdown();

Q_SIGNALS:
    void statusChanged(const QString &name, const mcpc::ServerStatus &status);
    void shutDown();

private:
    http::HttpClient *m_network;
    SecretStore *m_secrets;
    MonitorOptions m_options;
    ServerChecker::AuthenticatorProvider m_authProvider;
    QMap<QString, ServerChecker *> m_checkers;
};

} // namespace mcpc
