#pragma once

#include "util/error.h"

#include <QString>

#include <chrono>
#include <memory>

class QLockFile;

namespace mcpc::clientconfig {

// Serialises MCP Connect's own processes (CLI runs, the app) while one of them edits a
// client config file: an advisory lock file in our data folder, next to the backups, never
// in the client's folder. Taken before the read and held until the backup, the write and
// the ownership record are done, so our writers never trip each other's compare-and-swap
// (which stays, for foreign writers). On Unix it is flock(): the kernel releases it when the
// holder dies, even by kill -9, so a crashed run can never wedge the next one. The holder
// writes its pid and the file it edits into the lock file, so a waiter that gives up can say
// who holds it.
class EditLock
{
public:
    using ms = std::chrono::milliseconds;
    // Waits up to timeout (polling; the lock is held for milliseconds per edit).
    static Result<EditLock> acquire(const QString &lockPath, const QString &editing, ms timeout);

    EditLock(EditLock &&other) noexcept;
    EditLock &operator=(EditLock &&other) noexcept;
    EditLock(const EditLock &) = delete;
    EditLock &operator=(const EditLock &) = delete;
    ~EditLock();

private:
    EditLock() = default;
    void release();
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_qlock; // platforms without flock
};

} // namespace mcpc::clientconfig
