#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace mcpc::clientconfig {

// A client config file as we read it: the bytes the edit is based on, and where they
// really live. A dotfile manager's symlink is followed, so the link stays a link.
struct FileSnapshot
{
    QString path;      // the path the client reads
    QString realPath;  // symlinks resolved: the file we replace
    bool exists = false;
    QByteArray bytes;
    uint mode = 0;     // permission bits of the existing file (0 when missing)
};

// Reads and replaces client config files without ever leaving a half-written or
// clobbered file: temp file in the same directory (O_EXCL), fsync, compare-and-swap
// against the snapshot, rename, fsync the directory. Mode (e.g. 0600) is kept.
class SafeFile
{
public:
    enum class Outcome { Written, Conflict };

    // A missing file (or folder) is not an error: exists = false. A directory where the
    // file should be, or an unreadable file, is.
    static Result<FileSnapshot> read(const QString &path);

    // Replaces the file with bytes if it still holds snapshot.bytes; Conflict when it
    // changed meanwhile (the caller re-reads and recomputes). newFileMode applies only
    // when the file does not exist yet. Missing folders are created.
    static Result<Outcome> write(const FileSnapshot &snapshot, const QByteArray &bytes, uint newFileMode = 0644);
    // Deletes the file if it is unchanged since the snapshot (undoing a file we created).
    static Result<Outcome> remove(const FileSnapshot &snapshot);

    // For tests: runs after the temp file is complete and before the compare-and-swap,
    // with the real path, so a test can play "another program wrote the file".
    using Hook = std::function<void(const QString &realPath)>;
    static void setBeforeCommitHook(Hook hook);

private:
    static bool unchanged(const FileSnapshot &snapshot);
};

} // namespace mcpc::clientconfig
