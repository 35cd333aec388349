#include "clientconfig/files/editlock.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {

Error busy(const QString &lockPath, const QString &holder, EditLock::ms timeout)
{
    const QString who = holder.trimmed().isEmpty() ? u"Another MCP Connect"_s : u"Another MCP Connect (%1)"_s.arg(holder.trimmed());
    return Error::make(ErrorKind::Io,
        u"%1 is editing a client config file; waited %2 s for it, nothing was written."_s.arg(who).arg(timeout.count() / 1000.0),
        0, u"Try again when it has finished. The lock is %1; it is freed when that process exits."_s.arg(lockPath));
}

} // namespace

EditLock::EditLock(EditLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_qlock(std::move(other.m_qlock))
{
}

EditLock &EditLock::operator=(EditLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_qlock = std::move(other.m_qlock);
    }
    return *this;
}

EditLock::~EditLock()
{
    release();
}

void EditLock::release()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        (void)!::ftruncate(m_fd, 0); // no stale "who" for the next waiter to report
        ::close(m_fd);               // closing drops the flock
    }
#endif
    m_fd = -1;
    if (m_qlock)
        m_qlock->unlock();
    m_qlock.reset();
}

Result<EditLock> EditLock::acquire(const QString &lockPath, const QString &editing, ms timeout)
{
    const QString dir = QFileInfo(lockPath).absolutePath();
    if (!QDir().mkpath(dir))
        return std::unexpected(Error::make(ErrorKind::Io, u"Cannot create the folder %1 for MCP Connect's edit lock."_s.arg(dir)));
    const QString who = u"pid %1, editing %2"_s.arg(QCoreApplication::applicationPid()).arg(editing);
    QDeadlineTimer deadline(timeout);
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(Error::make(ErrorKind::Io, u"Cannot open MCP Connect's edit lock %1."_s.arg(lockPath)));
    int pause = 1;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(fd);
            return std::unexpected(Error::make(ErrorKind::Io, u"Cannot lock %1 (flock failed)."_s.arg(lockPath)));
        }
        if (deadline.hasExpired()) {
            QFile f(lockPath);
            const QString holder = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(4096)) : QString();
            ::close(fd);
            return std::unexpected(busy(lockPath, holder, timeout));
        }
        // Holders keep it for a few ms; grow the pause so 50 waiters do not spin.
        QThread::msleep(ulong(std::min<qint64>(pause, deadline.remainingTime())));
        pause = std::min(pause * 2, 32);
    }
    const QByteArray text = who.toUtf8();
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, text.constData(), size_t(text.size()), 0);
    EditLock lock;
    lock.m_fd = fd;
    return lock;
#else
    auto q = std::make_unique<QLockFile>(lockPath);
    q->setStaleLockTime(0); // stale only when its holder is gone (pid check), never by age
    if (!q->tryLock(int(timeout.count()))) {
        qint64 pid = 0;
        QString host, app;
        q->getLockInfo(&pid, &host, &app);
        return std::unexpected(busy(lockPath, pid ? u"pid %1"_s.arg(pid) : QString(), timeout));
    }
    EditLock lock;
    lock.m_qlock = std::move(q);
    return lock;
#endif
}

} // namespace mcpc::clientconfig
