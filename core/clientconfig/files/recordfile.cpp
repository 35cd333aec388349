#include "clientconfig/files/recordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace mcpc::clientconfig {

Result<void> writeRecordFile(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile f(temp);
    bool opened = f.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    if (!opened && !QFileInfo::exists(QFileInfo(path).absolutePath())) {
        QDir().mkpath(QFileInfo(path).absolutePath()); // first record: make the folder
        opened = f.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    }
    if (!opened || f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.remove();
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot write %1: %2").arg(path, why)));
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.close();
    // QFile::rename refuses to replace; std::rename (POSIX rename) replaces atomically.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot replace %1.").arg(path)));
    }
    return {};
}

} // namespace mcpc::clientconfig
