#include "tray/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace mcpc::ui {

namespace {
const char kMarker[] = "X-MCP-Connect-Autostart=true";
}

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/mcp-connect.desktop");
}

QByteArray Autostart::entryText(const QString &executable)
{
    // Exec quoting (Desktop Entry spec): the path in double quotes, with \ " ` $ escaped.
    QString quoted = executable;
    for (const char *c : {"\\", "\"", "`", "$"})
        quoted.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
    return QByteArray("[Desktop Entry]\n"
                      "Type=Application\n"
                      "Name=MCP Connect\n"
                      "Comment=Keep an eye on your MCP servers\n"
                      "Exec=\"") + quoted.toUtf8() + "\"\n"
        "Icon=mcp-connect\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n" + QByteArray(kMarker) + "\n";
}

bool Autostart::isEnabled()
{
    QFile f(entryPath());
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(kMarker);
}

Result<void> Autostart::setEnabled(bool enabled, const QString &executable)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path))
            return {};
        if (!isEnabled())
            return std::unexpected(Error::make(ErrorKind::Io,
                QCoreApplication::translate("Autostart", "%1 was not written by MCP Connect; it was left as it is.").arg(path)));
        if (!QFile::remove(path))
            return std::unexpected(Error::make(ErrorKind::Io, QCoreApplication::translate("Autostart", "Could not remove %1.").arg(path)));
        return {};
    }
    if (QFileInfo::exists(path) && !isEnabled())
        return std::unexpected(Error::make(ErrorKind::Io,
            QCoreApplication::translate("Autostart", "%1 already exists and was not written by MCP Connect; it was left as it is.").arg(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(Error::make(ErrorKind::Io, QCoreApplication::translate("Autostart", "Could not create %1.").arg(QFileInfo(path).absolutePath())));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(entryText(executable)) < 0 || !f.commit())
        return std::unexpected(Error::make(ErrorKind::Io, QCoreApplication::translate("Autostart", "Could not write %1: %2").arg(path, f.errorString())));
    return {};
}

} // namespace mcpc::ui
