#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpc::clientconfig {

enum class HostOs { Linux, MacOS, Windows };

// Where things are on this machine: the home folder, the per-OS application config base
// and the variables clients honour (CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_CLI_HOME). All
// client paths derive from this, so tests (and the CLI) run against a temp HOME.
struct ClientEnvironment
{
    HostOs os = HostOs::Linux;
    QString home;           // $HOME (%USERPROFILE% on Windows)
    QString xdgConfigHome;  // $XDG_CONFIG_HOME, else ~/.config
    QString appData;        // %APPDATA% (Windows only)
    QString localAppData;   // %LOCALAPPDATA% (Windows only): Store (MSIX) apps' virtualised folders
    QString dataDir;        // ours: backups and the ownership sidecar
    QStringList pathDirs;   // $PATH, for "is the client installed"
    QMap<QString, QString> vars;

    // From the process environment; dataDir = QStandardPaths::AppDataLocation.
    static ClientEnvironment fromSystem();

    QString var(const QString &name) const { return vars.value(name); }
    // The folder desktop apps keep their settings in: ~/.config (Linux, honouring
    // XDG_CONFIG_HOME), ~/Library/Application Support (macOS), %APPDATA% (Windows).
    QString appConfigBase() const;
    // Absolute path of an executable found on pathDirs, or empty.
    QString findExecutable(const QString &name) const;
};

} // namespace mcpc::clientconfig
