#pragma once

#include "clientconfig/jsonc/jsoncmodifier.h"
#include "util/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpc::clientconfig {

// One entry we wrote: where, and a hash of exactly what, so "the user edited it since"
// can be told from "still ours" without putting any marker into the client's file
// (opencode and Codex reject unknown keys, client-configs.md §1.3).
struct OwnedEntry
{
    QStringList container; // e.g. {"mcpServers"} or {"projects", "/abs", "mcpServers"}
    QString name;
    QByteArray sha256;     // hex SHA-256 of the entry's canonical JSON
    QDateTime writtenAt;
};

// Everything we know about one client file.
struct FileRecord
{
    QString client;
    QString path;
    bool createdFile = false;   // the file did not exist before our first write
    QList<ContainerNote> notes; // how to take our insertions back byte for byte
    QList<OwnedEntry> entries;

    bool isEmpty() const { return !createdFile && notes.isEmpty() && entries.isEmpty(); }
    const OwnedEntry *entry(const QStringList &container, const QString &name) const;
    void setEntry(const OwnedEntry &entry);
    void removeEntry(const QStringList &container, const QString &name);
    void mergeNotes(const QList<ContainerNote> &fresh);

    QJsonObject toJson() const;
    static FileRecord fromJson(const QJsonObject &o);
};

// The ownership sidecar: <data dir>/client-ownership.json. Re-read on every call, since
// the GUI and the CLI may both be writing.
class OwnershipStore
{
public:
    explicit OwnershipStore(QString filePath);

    QString filePath() const { return m_filePath; }
    Result<FileRecord> record(const QString &client, const QString &path) const;
    Result<QList<FileRecord>> all() const;
    // Replaces the record for (client, path); an empty record is dropped.
    Result<void> save(const FileRecord &record);

private:
    Result<QList<FileRecord>> load() const;

    QString m_filePath;
};

} // namespace mcpc::clientconfig
