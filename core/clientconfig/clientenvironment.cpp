#include "clientconfig/clientenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace mcpc::clientconfig {

ClientEnvironment ClientEnvironment::fromSystem()
{
    const QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    ClientEnvironment env;
#if defined(Q_OS_WIN)
    env.os = HostOs::Windows;
#elif defined(Q_OS_MACOS)
    env.os = HostOs::MacOS;
#endif
    env.home = QDir::homePath(); // honours HOME (USERPROFILE on Windows)
    env.xdgConfigHome = pe.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (env.xdgConfigHome.isEmpty() || !QDir::isAbsolutePath(env.xdgConfigHome))
        env.xdgConfigHome = env.home + QStringLiteral("/.config");
    env.appData = pe.value(QStringLiteral("APPDATA"));
    if (env.appData.isEmpty())
        env.appData = env.home + QStringLiteral("/AppData/Roaming");
    env.localAppData = pe.value(QStringLiteral("LOCALAPPDATA"));
    if (env.localAppData.isEmpty())
        env.localAppData = env.home + QStringLiteral("/AppData/Local");
    env.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    env.pathDirs = pe.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const char *name : {"CLAUDE_CONFIG_DIR", "CODEX_HOME", "GEMINI_CLI_HOME"}) {
        const QString key = QString::fromLatin1(name);
        if (pe.contains(key) && !pe.value(key).isEmpty())
            env.vars.insert(key, pe.value(key));
    }
    return env;
}

QString ClientEnvironment::appConfigBase() const
{
    switch (os) {
    case HostOs::Linux: return xdgConfigHome;
    case HostOs::MacOS: return home + QStringLiteral("/Library/Application Support");
    case HostOs::Windows: return appData;
    }
    return xdgConfigHome;
}

QString ClientEnvironment::findExecutable(const QString &name) const
{
    QStringList names{name};
    if (os == HostOs::Windows)
        names = {name + QStringLiteral(".exe"), name + QStringLiteral(".cmd"), name};
    for (const QString &dir : pathDirs) {
        for (const QString &n : names) {
            const QFileInfo fi(dir + u'/' + n);
            if (fi.isFile() && fi.isExecutable())
                return fi.absoluteFilePath();
        }
    }
    return QString();
}

} // namespace mcpc::clientconfig
