#pragma once

#include "clientconfig/clientenvironment.h"
#include "clientconfig/files/ownershipstore.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace mcpc::clientconfig {

// An entry we wrote that is no longer what we wrote.
struct DriftReport
{
    enum class Kind {
        Removed,     // the entry is gone (Claude Desktop drops mcpServers on update)
        Changed,     // the entry differs from what we wrote
        FileDeleted, // the whole file is gone
        Unreadable   // the file cannot be read or parsed any more
    };
    Kind kind = Kind::Removed;
    QString client;
    QString path;
    QString name;
    QString message; // one sentence for the user
};
QString driftKindName(DriftReport::Kind kind);

// Watches every client file MCP Connect has entries in (per the ownership sidecar) and
// reports when a client or the user removed or altered one of them. Watches the folders
// too: clients replace their files atomically, which drops a plain file watch, so the
// watch is re-added after each change. Each drift is reported once, until it changes.
class ClientConfigWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ClientConfigWatcher(const ClientEnvironment &env, QObject *parent = nullptr);

    // Re-reads the sidecar and watches its files; reports drift that already exists.
    // Called again by itself whenever the sidecar changes (a connect from the CLI, say).
    void refresh();
    QStringList watchedFiles() const { return m_files.values(); }
    // Checks every watched file now and returns the current drift (also emitted if new).
    QList<DriftReport> check();

    void setDebounce(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    void driftDetected(const mcpc::clientconfig::DriftReport &report);

private:
    void onChanged(const QString &path);
    void flush();
    QList<DriftReport> checkFile(const QString &path);
    void watch(const QString &file);

    OwnershipStore m_ownership;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QSet<QString> m_files;
    QSet<QString> m_pending;
    bool m_refreshPending = false;
    QHash<QString, int> m_reported; // client|path|name -> last reported Kind, absent when fine
};

} // namespace mcpc::clientconfig

Q_DECLARE_METATYPE(mcpc::clientconfig::DriftReport)
