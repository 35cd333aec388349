#pragma once

#include "util/error.h"

#include <QString>

#include <chrono>

namespace mcpc::clientconfig {

// Claude Code's lock on ~/.claude.json: a *directory* ~/.claude.json.lock made with
// mkdir (proper-lockfile style; observed with strace on 2.1.332). Holding the same lock
// while we write serialises us with every running Claude session. A lock whose mtime is
// older than `stale` is a leftover from a crashed process and is taken over, as
// proper-lockfile does.
class DirectoryLock
{
public:
    using ms = std::chrono::milliseconds;
    static Result<DirectoryLock> acquire(const QString &lockPath, ms timeout = ms(5000), ms stale = ms(10000));

    DirectoryLock(DirectoryLock &&other) noexcept;
    DirectoryLock &operator=(DirectoryLock &&other) noexcept;
    DirectoryLock(const DirectoryLock &) = delete;
    DirectoryLock &operator=(const DirectoryLock &) = delete;
    ~DirectoryLock();

    void release();

private:
    explicit DirectoryLock(QString path);
    QString m_path;
};

} // namespace mcpc::clientconfig
