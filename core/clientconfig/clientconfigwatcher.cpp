#include "clientconfig/clientconfigwatcher.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/files/safefile.h"
#include "clientconfig/preparededit.h"
#include "util/logging.h"

#include <QFileInfo>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString driftKindName(DriftReport::Kind kind)
{
    switch (kind) {
    case DriftReport::Kind::Removed: return u"removed"_s;
    case DriftReport::Kind::Changed: return u"changed"_s;
    case DriftReport::Kind::FileDeleted: return u"file-deleted"_s;
    case DriftReport::Kind::Unreadable: return u"unreadable"_s;
    }
    return u"removed"_s;
}

ClientConfigWatcher::ClientConfigWatcher(const ClientEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_ownership(env.dataDir + u"/client-ownership.json"_s)
{
    qRegisterMetaType<DriftReport>();
    // Clients write in bursts (temp file, rename, chmod): look once it has settled.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &ClientConfigWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ClientConfigWatcher::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ClientConfigWatcher::onChanged);
}

void ClientConfigWatcher::refresh()
{
    auto records = m_ownership.all();
    if (!records) {
        qCWarning(lcClientConfig) << "drift watcher:" << records.error().message;
        return;
    }
    QSet<QString> wanted;
    for (const FileRecord &r : *records)
        if (!r.entries.isEmpty())
            wanted.insert(r.path);
    for (const QString &gone : m_files - wanted) {
        m_watcher.removePath(gone);
        m_files.remove(gone);
    }
    for (const QString &file : wanted)
        watch(file);
    // Our own sidecar: a connect or disconnect (here or in the CLI) changes what to watch.
    const QString sidecarDir = QFileInfo(m_ownership.filePath()).absolutePath();
    if (QFileInfo::exists(sidecarDir) && !m_watcher.directories().contains(sidecarDir))
        m_watcher.addPath(sidecarDir);
    check();
}

void ClientConfigWatcher::watch(const QString &file)
{
    m_files.insert(file);
    // Always re-attach: after a rename-over the old watch may still be "there" but follow the
    // replaced inode (alive as our hard-link backup, or a client's own backup), not the file.
    if (m_watcher.files().contains(file))
        m_watcher.removePath(file);
    if (QFileInfo::exists(file))
        m_watcher.addPath(file);
    const QString dir = QFileInfo(file).absolutePath();
    if (QFileInfo::exists(dir) && !m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
}

void ClientConfigWatcher::onChanged(const QString &path)
{
    if (path == QFileInfo(m_ownership.filePath()).absolutePath())
        m_refreshPending = true;
    if (m_files.contains(path)) {
        m_pending.insert(path);
    } else {
        // A folder changed: any of our files in it may have been replaced or deleted.
        for (const QString &f : std::as_const(m_files))
            if (QFileInfo(f).absolutePath() == path)
                m_pending.insert(f);
    }
    m_debounce.start();
}

void ClientConfigWatcher::flush()
{
    if (std::exchange(m_refreshPending, false))
        refresh();
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &file : pending) {
        watch(file); // an atomic replace dropped or orphaned the old watch
        checkFile(file);
    }
}

QList<DriftReport> ClientConfigWatcher::check()
{
    QList<DriftReport> out;
    for (const QString &file : std::as_const(m_files))
        out += checkFile(file);
    return out;
}

QList<DriftReport> ClientConfigWatcher::checkFile(const QString &path)
{
    auto records = m_ownership.all();
    if (!records)
        return {};
    QList<DriftReport> drift;
    for (const FileRecord &r : *records) {
        if (r.path != path || r.entries.isEmpty())
            continue;
        const ClientAdapter *adapter = clientAdapter(r.client);
        if (!adapter)
            continue;
        auto snapshot = SafeFile::read(path);
        std::unique_ptr<ConfigEditor> editor;
        QString problem;
        if (!snapshot) {
            problem = snapshot.error().message;
        } else if (snapshot->exists) {
            auto opened = ConfigEditor::open(adapter->dialect(), snapshot->bytes, path);
            if (opened)
                editor = std::move(*opened);
            else
                problem = opened.error().message;
        }
        for (const OwnedEntry &e : r.entries) {
            const QString key = r.client + u'|' + path + u'|' + e.name;
            DriftReport d{DriftReport::Kind::Removed, r.client, path, e.name, {}};
            bool drifted = true;
            if (!problem.isEmpty()) {
                d.kind = DriftReport::Kind::Unreadable;
                d.message = problem;
            } else if (!snapshot->exists) {
                d.kind = DriftReport::Kind::FileDeleted;
                d.message = u"%1 was deleted; the %2 entry '%3' went with it."_s.arg(path, adapter->displayName(), e.name);
            } else {
                const auto current = editor->value(e.container + QStringList{e.name});
                const EntryState state = entryState(current, &e);
                drifted = state != EntryState::Ours;
                d.kind = state == EntryState::Missing ? DriftReport::Kind::Removed : DriftReport::Kind::Changed;
                d.message = state == EntryState::Missing
                    ? u"%1 removed the entry '%2' from %3 (clients such as Claude Desktop drop entries on update); connect again to restore it."_s
                          .arg(adapter->displayName(), e.name, path)
                    : u"The entry '%1' in %2 is no longer what MCP Connect wrote."_s.arg(e.name, path);
            }
            if (!drifted) {
                m_reported.remove(key);
                continue;
            }
            drift.append(d);
            if (m_reported.value(key, -1) != int(d.kind)) {
                m_reported.insert(key, int(d.kind));
                qCInfo(lcClientConfig) << "drift:" << driftKindName(d.kind) << r.client << e.name;
                Q_EMIT driftDetected(d);
            }
        }
    }
    return drift;
}

} // namespace mcpc::clientconfig
