#pragma once
// Shared by the GUI tests: AppServices on a temp profile file and an in-memory secret
// store, so no test touches the user's config or keychain.
#include "app/appservices.h"
#include "secrets/memorysecretstore.h"

#include <QTemporaryDir>

#include <memory>

namespace uitest {

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
        services = std::make_unique<mcpc::ui::AppServices>(c);
    }
    QString profileFileText() const
    {
        QFile f(dir.filePath(QStringLiteral("profiles.json")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

} // namespace uitest
