#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mcpc::clientconfig {

// A copy of a client file taken just before we changed it.
struct BackupRecord
{
    QString id;
    QString client;
    QString path;
    bool existed = false;      // false: "the file did not exist", undo deletes it
    uint mode = 0;             // permission bits, to recreate a deleted file as it was
    QDateTime time;
    QByteArray afterHash;      // hash of what we wrote (or "absent"): undo refuses if the file moved on
    QJsonObject ownership;     // our sidecar record for the file before the change
    QString action;            // "connect NAME", "disconnect NAME": shown by the UI
};

// Backups under our own data directory (<data>/backups/<client>/), never next to the
// client's file, the last `keep` per file. Folder 0700 and files 0600: client configs
// can hold tokens.
class BackupStore
{
public:
    explicit BackupStore(QString dir, int keepPerFile = 10);

    QString dir() const { return m_dir; }
    // linkFrom: the file the content was read from. The backup is then a hard link to it
    // (no copy of a 1 MiB file on every edit): we replace files by rename, so the old inode
    // lives on only in the backup. Falls back to writing content (other file system, ...).
    Result<BackupRecord> save(BackupRecord record, const QByteArray &content, const QString &linkFrom = QString());
    Result<QList<BackupRecord>> list(const QString &client) const; // oldest first
    Result<std::optional<BackupRecord>> latest(const QString &client) const;
    Result<QByteArray> content(const BackupRecord &record) const;
    Result<void> drop(const BackupRecord &record);

private:
    QString clientDir(const QString &client) const;
    Result<void> writeIndex(const QString &client, const QList<BackupRecord> &records);

    QString m_dir;
    int m_keep;
};

} // namespace mcpc::clientconfig
