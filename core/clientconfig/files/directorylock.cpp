#include "clientconfig/files/directorylock.h"

#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace mcpc::clientconfig {

DirectoryLock::DirectoryLock(QString path)
    : m_path(std::move(path))
{
}

DirectoryLock::DirectoryLock(DirectoryLock &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
{
}

DirectoryLock &DirectoryLock::operator=(DirectoryLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

DirectoryLock::~DirectoryLock()
{
    release();
}

void DirectoryLock::release()
{
    if (!m_path.isEmpty())
        QDir().rmdir(m_path);
    m_path.clear();
}

Result<DirectoryLock> DirectoryLock::acquire(const QString &lockPath, ms timeout, ms stale)
{
    const QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(timeout.count());
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    while (true) {
        // mkdir is atomic: exactly one process succeeds.
        if (QDir().mkdir(lockPath))
            return DirectoryLock(lockPath);
        const QFileInfo fi(lockPath);
        if (!fi.exists()) {
            // Released between our mkdir and the stat (try again), or mkdir itself fails.
            if (QDateTime::currentDateTimeUtc() >= deadline)
                return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot create the lock %1.").arg(lockPath)));
            continue;
        }
        if (!fi.isDir())
            return std::unexpected(Error::make(ErrorKind::Io,
                QStringLiteral("%1 exists but is not a lock directory; not touching the file it guards.").arg(lockPath)));
        const qint64 age = fi.lastModified().msecsTo(QDateTime::currentDateTime());
        if (age > stale.count()) {
            qCInfo(lcClientConfig) << "taking over a stale lock" << lockPath << "age" << age << "ms";
            QDir().rmdir(lockPath);
            continue;
        }
        if (QDateTime::currentDateTimeUtc() >= deadline)
            return std::unexpected(Error::make(ErrorKind::Io,
                QStringLiteral("%1 is locked by another program (probably a running Claude Code session).").arg(lockPath),
                0, QStringLiteral("Try again in a moment.")));
        QThread::msleep(25);
    }
}

} // namespace mcpc::clientconfig
