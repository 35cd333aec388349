#include "clientconfig/files/safefile.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mcpc::clientconfig {

namespace {

SafeFile::Hook &beforeCommitHook()
{
    static SafeFile::Hook hook;
    return hook;
}

Error ioError(const QString &message, const QString &hint = {})
{
    return Error::make(ErrorKind::Io, message, 0, hint);
}

// Only the last component matters: rename() already goes through symlinked folders, but
// would replace a symlinked file. One lstat for the common case (syscalls are what an edit
// costs on a slow disk); a chain of links is followed even to a target not created yet.
QString resolveLinks(const QString &path)
{
    QFileInfo fi(path);
    if (!fi.isSymLink())
        return fi.absoluteFilePath();
    if (fi.exists())
        return fi.canonicalFilePath();
    QString cur = fi.absoluteFilePath();
    for (int hops = 0; hops < 32 && QFileInfo(cur).isSymLink(); ++hops)
        cur = QFileInfo(cur).symLinkTarget();
    return cur;
}

#ifdef Q_OS_UNIX
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A run killed between creating its temp file and the rename leaves the temp file behind
// (.NAME.mcpc-PID-RANDOM.tmp). Clean those up whose process is gone; a live one may be
// another MCP Connect mid-write (outside our edit lock only in tests) and is left alone.
void removeOrphanedTemps(const QString &dir, const QString &fileName)
{
    const QString prefix = u'.' + fileName + QStringLiteral(".mcpc-");
    const QStringList temps = QDir(dir).entryList({prefix + QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &t : temps) {
        const qint64 pid = t.mid(prefix.size()).section(u'-', 0, 0).toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            qCInfo(lcClientConfig) << "removing a temp file left by a killed run:" << t;
            ::unlink(QFile::encodeName(dir + u'/' + t).constData());
        }
    }
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems refuse fsync on directories
        ::close(fd);
    }
}
#endif

} // namespace

void SafeFile::setBeforeCommitHook(Hook hook)
{
    beforeCommitHook() = std::move(hook);
}

Result<FileSnapshot> SafeFile::read(const QString &path)
{
    FileSnapshot s;
    s.path = path;
    s.realPath = resolveLinks(path);
#ifdef Q_OS_UNIX
    // open + fstat: one path lookup for existence, type, mode and content.
    // O_NONBLOCK: a FIFO in the file's place must not hang us (refused below).
    const int fd = ::open(QFile::encodeName(s.realPath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0 && errno == ENOENT)
        return s;
    struct stat st{};
    if (fd >= 0 && ::fstat(fd, &st) != 0) {
        const QString why = errnoText();
        ::close(fd);
        return std::unexpected(ioError(QStringLiteral("Cannot read %1: %2").arg(path, why)));
    }
    if (fd >= 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return std::unexpected(ioError(QStringLiteral("%1 is a directory, not a file.").arg(path),
                                       QStringLiteral("Move the directory away if this is the client's config file.")));
    }
    if (fd >= 0 && !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::unexpected(ioError(QStringLiteral("%1 is not a regular file; it was left alone.").arg(path)));
    }
    QFile f;
    if (fd < 0 || !f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        const QString why = fd < 0 ? errnoText() : f.errorString();
        if (fd >= 0)
            ::close(fd);
        return std::unexpected(ioError(QStringLiteral("Cannot read %1: %2").arg(path, why)));
    }
    s.mode = uint(st.st_mode & 07777);
    s.bytes = f.read(qint64(st.st_size) + 1);
    s.bytes += f.readAll(); // a file growing while we read: take all of it
#else
    const QFileInfo fi(s.realPath);
    if (fi.isDir())
        return std::unexpected(ioError(QStringLiteral("%1 is a directory, not a file.").arg(path),
                                       QStringLiteral("Move the directory away if this is the client's config file.")));
    if (!fi.exists())
        return s;
    QFile f(s.realPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(ioError(QStringLiteral("Cannot read %1: %2").arg(path, f.errorString())));
    s.bytes = f.readAll();
    s.mode = fi.isWritable() ? 0644 : 0444;
#endif
    s.exists = true;
    return s;
}

bool SafeFile::unchanged(const FileSnapshot &snapshot)
{
    QFile f(snapshot.realPath);
    if (!f.open(QIODevice::ReadOnly))
        return !snapshot.exists && !f.exists();
    if (!snapshot.exists || f.size() != snapshot.bytes.size())
        return false;
    return f.readAll() == snapshot.bytes;
}

Result<SafeFile::Outcome> SafeFile::write(const FileSnapshot &snapshot, const QByteArray &bytes, uint newFileMode)
{
    // rename() would happily replace a read-only file; the user made it read-only for a reason.
    if (snapshot.exists && !(snapshot.mode & 0200))
        return std::unexpected(ioError(QStringLiteral("%1 is read-only; it was left untouched.").arg(snapshot.path),
                                       QStringLiteral("Make it writable (chmod u+w) if MCP Connect should edit it.")));
    const QFileInfo target(snapshot.realPath);
    const QString dir = target.absolutePath();
    if (!snapshot.exists && !QDir().mkpath(dir)) // "a missing file or folder is created"
        return std::unexpected(ioError(QStringLiteral("Cannot create the folder %1.").arg(dir)));
#ifdef Q_OS_UNIX
    removeOrphanedTemps(dir, target.fileName());
    const QString temp = QStringLiteral("%1/.%2.mcpc-%3-%4.tmp")
                             .arg(dir, target.fileName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray tempName = QFile::encodeName(temp);
    const uint mode = snapshot.exists ? snapshot.mode : newFileMode;
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(ioError(QStringLiteral("Cannot write in %1: %2").arg(dir, errnoText())));
    struct stat st;
    bool ok = writeAll(fd, bytes) && ::fchmod(fd, mode_t(mode)) == 0;
    if (ok && snapshot.exists && ::stat(QFile::encodeName(snapshot.realPath).constData(), &st) == 0 && st.st_uid != ::geteuid())
        (void)!::fchown(fd, st.st_uid, st.st_gid); // keep the owner when run with privileges
    ok = ok && ::fsync(fd) == 0;
    const QString writeError = errnoText();
    ::close(fd);
    if (!ok) {
        ::unlink(tempName.constData());
        return std::unexpected(ioError(QStringLiteral("Cannot write %1: %2").arg(snapshot.path, writeError)));
    }
    if (beforeCommitHook())
        beforeCommitHook()(snapshot.realPath);
    if (!unchanged(snapshot)) {
        ::unlink(tempName.constData());
        qCInfo(lcClientConfig) << "changed while we were writing, will retry:" << snapshot.path;
        return Outcome::Conflict;
    }
    if (::rename(tempName.constData(), QFile::encodeName(snapshot.realPath).constData()) != 0) {
        const QString err = errnoText();
        ::unlink(tempName.constData());
        return std::unexpected(ioError(QStringLiteral("Cannot replace %1: %2").arg(snapshot.path, err)));
    }
    syncDirectory(dir);
#else
    if (beforeCommitHook())
        beforeCommitHook()(snapshot.realPath);
    if (!unchanged(snapshot))
        return Outcome::Conflict;
    QSaveFile f(snapshot.realPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return std::unexpected(ioError(QStringLiteral("Cannot write %1: %2").arg(snapshot.path, f.errorString())));
#endif
    qCDebug(lcClientConfig) << "wrote" << snapshot.path << bytes.size() << "bytes";
    return Outcome::Written;
}

Result<SafeFile::Outcome> SafeFile::remove(const FileSnapshot &snapshot)
{
    if (!snapshot.exists)
        return Outcome::Written;
    if (beforeCommitHook())
        beforeCommitHook()(snapshot.realPath);
    if (!unchanged(snapshot))
        return Outcome::Conflict;
    if (!QFile::remove(snapshot.realPath))
        return std::unexpected(ioError(QStringLiteral("Cannot delete %1.").arg(snapshot.path)));
#ifdef Q_OS_UNIX
    syncDirectory(QFileInfo(snapshot.realPath).absolutePath());
#endif
    return Outcome::Written;
}

} // namespace mcpc::clientconfig
