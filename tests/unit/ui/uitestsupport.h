#pragma once
// Shared by the GUI tests: AppServices on a temp profile file, an in-memory secret store
// and a temp home for the AI clients' config files, so no test touches the user's
// config, keychain or client files.
#include "../clientconfig/clientconfigtesthelpers.h"
#include "app/appservices.h"
#include "secrets/memorysecretstore.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace uitest {

// The AI clients' files live under a temp home (see clientconfigtesthelpers.h).
inline mcpc::clientconfig::ClientEnvironment clientEnv(const QString &root)
{
    return testhelpers::tempEnv(root);
}

struct Env
{
    QTemporaryDir dir;
    mcpc::MemorySecretStore *secrets = nullptr; // owned by services
    std::unique_ptr<mcpc::ui::AppServices> services;

    explicit Env(mcpc::MonitorOptions monitor = {})
    {
        mcpc::ui::AppServices::Config c;
        c.profilePath = dir.filePath(QStringLiteral("profiles.json"));
        c.settingsPath = dir.filePath(QStringLiteral("gui.ini"));
        secrets = new mcpc::MemorySecretStore;
        c.secrets = secrets;
        c.monitor = monitor;
        c.clientEnvironment = clientEnv(dir.path());
        services = std::make_unique<mcpc::ui::AppServices>(c);
    }
    QString profileFileText() const
    {
        QFile f(dir.filePath(QStringLiteral("profiles.json")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

} // namespace uitest
