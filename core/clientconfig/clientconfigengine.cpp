#include "clientconfig/clientconfigengine.h"

#include "clientconfig/editing/unifieddiff.h"
#include "clientconfig/preparededit.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QThread>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {

// Our stand-in hash for "there is no file", so undo can check a deleted file too.
const QByteArray kAbsent = "absent";

// Only "did the file change since we wrote it": BLAKE2b hashes a 1 MiB file in a
// fraction of SHA-256's time here.
QByteArray contentHash(const FileSnapshot &s)
{
    return s.exists ? "blake2b:" + QCryptographicHash::hash(s.bytes, QCryptographicHash::Blake2b_256).toHex() : kAbsent;
}

Result<const ClientAdapter *> findAdapter(const ClientTarget &target)
{
    const ClientAdapter *adapter = clientAdapter(target.client);
    if (!adapter) {
        QStringList ids;
        for (const ClientAdapter *a : allClientAdapters())
            ids << a->id();
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"Unknown client '%1'. Known clients: %2."_s.arg(target.client, ids.join(u", "_s))));
    }
    if (!adapter->scopes().contains(target.scope)) {
        QStringList names;
        for (Scope s : adapter->scopes())
            names << scopeName(s);
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"%1 has no %2 scope (it has: %3)."_s.arg(adapter->displayName(), scopeName(target.scope), names.join(u", "_s))));
    }
    if (target.scope != Scope::User && target.projectDir.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"The %1 scope needs a project folder (--project DIR)."_s.arg(scopeName(target.scope))));
    return adapter;
}

Error refusal(const EditPlan &plan, bool removing)
{
    const QString verb = removing ? u"removing"_s : u"overwriting"_s;
    if (plan.state == EntryState::EditedByHand)
        return Error::make(ErrorKind::Usage,
            u"'%1' in %2 was changed by hand since MCP Connect wrote it; not %3 it."_s.arg(plan.name, plan.path, verb), 0,
            u"Check the entry, then pass --force to go ahead (a backup is kept; `undo %1` restores it)."_s.arg(plan.client));
    return Error::make(ErrorKind::Usage,
        u"%1 already has an entry '%2' that MCP Connect did not write; not %3 it."_s.arg(plan.path, plan.name, verb), 0,
        removing ? u"Pass --force to remove it anyway (a backup is kept)."_s
                 : u"Choose another name with --name, or pass --force to replace it (a backup is kept)."_s);
}

// Forget notes about containers that no longer exist, so a stale "we created it" can
// never apply to a container the user makes later.
QList<ContainerNote> liveNotes(const QList<ContainerNote> &notes, ConfigDialect dialect, const QByteArray &text)
{
    auto editor = ConfigEditor::open(dialect, text, QString());
    QList<ContainerNote> out;
    for (const ContainerNote &n : notes)
        if (editor && (*editor)->value(n.path))
            out.append(n);
    return out;
}

// After a compare-and-swap conflict: a random pause growing with the attempt (2^n ms,
// at most 200), so we do not collide with a client that saves in a burst.
void backOff(int attempt)
{
    const int cap = std::min(1 << std::min(attempt + 1, 8), 200);
    QThread::msleep(ulong(QRandomGenerator::global()->bounded(1, cap + 1)));
}

} // namespace

QByteArray entryHash(const JsonValue &entry)
{
    return QCryptographicHash::hash(entry.canonicalJson(), QCryptographicHash::Sha256).toHex();
}

EntryState entryState(const std::optional<JsonValue> &current, const OwnedEntry *owned)
{
    if (!current)
        return owned ? EntryState::Missing : EntryState::Absent;
    if (!owned)
        return EntryState::Foreign;
    return entryHash(*current) == owned->sha256 ? EntryState::Ours : EntryState::EditedByHand;
}

QString EditPlan::diff() const
{
    return unifiedDiff(before, after, fileExisted ? u"a"_s + path : u"/dev/null"_s,
                       action == PlanAction::DeleteFile ? u"/dev/null"_s : u"b"_s + path);
}

ClientConfigEngine::ClientConfigEngine(ClientEnvironment env)
    : m_env(std::move(env))
    , m_ownership(m_env.dataDir + u"/client-ownership.json"_s)
    , m_backups(m_env.dataDir + u"/backups"_s)
{
}

// Shared first half of connect and disconnect: locate, lock, read, parse.
static Result<PreparedEdit> openTarget(const ClientEnvironment &env, const OwnershipStore &ownership,
                                       const ClientTarget &target, std::optional<std::chrono::milliseconds> lock,
                                       std::unique_ptr<ConfigEditor> *editor)
{
    auto adapter = findAdapter(target);
    if (!adapter)
        return std::unexpected(adapter.error());
    PreparedEdit e;
    e.adapter = *adapter;
    auto location = e.adapter->location(env, target.scope, target.projectDir, target.variant);
    if (!location)
        return std::unexpected(location.error());
    e.location = *location;
    if (lock && e.location.claudeLock) {
        auto l = DirectoryLock::acquire(e.location.path + u".lock"_s, *lock);
        if (!l)
            return std::unexpected(l.error());
        e.lock.emplace(std::move(*l));
    }
    auto snapshot = SafeFile::read(e.location.path);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    e.snapshot = *snapshot;
    auto opened = ConfigEditor::open(e.location.dialect, e.snapshot.bytes, e.location.path);
    if (!opened)
        return std::unexpected(opened.error());
    *editor = std::move(*opened);
    e.location.container = e.adapter->resolveContainer(**editor, e.location);
    auto record = ownership.record(target.client, e.location.path);
    if (!record)
        return std::unexpected(record.error());
    e.record = *record;
    e.plan.client = target.client;
    e.plan.path = e.location.path;
    e.plan.container = e.location.container;
    e.plan.fileExisted = e.snapshot.exists;
    e.plan.before = e.snapshot.bytes;
    e.plan.after = e.snapshot.bytes;
    return e;
}

Result<PreparedEdit> ClientConfigEngine::prepareConnect(const ConnectRequest &request, bool lock) const
{
    const QString name = request.name.isEmpty() ? request.profile.name : request.name;
    if (!isValidServerName(name))
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"'%1' cannot be used as a server name: use 1 to 64 letters, digits, '-' or '_'."_s.arg(name), 0,
            u"Try --name %1."_s.arg(slugifyServerName(name))));
    std::unique_ptr<ConfigEditor> editor;
    auto e = openTarget(m_env, m_ownership, request.target,
                        lock ? std::optional(m_lockTimeout) : std::nullopt, &editor);
    if (!e)
        return e;
    auto desired = e->adapter->entry(request.profile, request.options, m_env);
    if (!desired)
        return std::unexpected(desired.error());
    EditPlan &plan = e->plan;
    plan.name = name;
    plan.desired = *desired;
    plan.current = editor->value(plan.container + QStringList{name});
    plan.state = entryState(plan.current, e->record.entry(plan.container, name));
    e->entryHash = entryHash(*desired);
    if (plan.current && *plan.current == *desired) {
        plan.summary = u"'%1' in %2 is already up to date."_s.arg(name, plan.path);
        return e;
    }
    plan.needsForce = plan.state == EntryState::EditedByHand || plan.state == EntryState::Foreign;
    auto change = editor->set(plan.container + QStringList{name}, *desired);
    if (!change)
        return std::unexpected(change.error());
    plan.after = change->text;
    e->notes = change->notes;
    plan.action = plan.current ? PlanAction::Update : PlanAction::Add;
    plan.summary = (plan.current ? u"Updates '%1' in %2."_s : u"Adds '%1' to %2."_s).arg(name, plan.path);
    return e;
}

Result<PreparedEdit> ClientConfigEngine::prepareDisconnect(const DisconnectRequest &request, bool lock) const
{
    std::unique_ptr<ConfigEditor> editor;
    auto e = openTarget(m_env, m_ownership, request.target,
                        lock ? std::optional(m_lockTimeout) : std::nullopt, &editor);
    if (!e)
        return e;
    EditPlan &plan = e->plan;
    plan.name = request.name;
    plan.current = editor->value(plan.container + QStringList{request.name});
    plan.state = entryState(plan.current, e->record.entry(plan.container, request.name));
    if (!plan.current) {
        plan.summary = u"%1 has no entry '%2'; nothing to remove."_s.arg(plan.path, request.name);
        return e;
    }
    plan.needsForce = plan.state != EntryState::Ours;
    auto change = editor->remove(plan.container + QStringList{request.name}, e->record.notes);
    if (!change)
        return std::unexpected(change.error());
    plan.after = change->text;
    // Our last entry in a file we created: the file goes too, as it was before us.
    const bool deleteFile = e->record.createdFile && change->text.isEmpty();
    plan.action = deleteFile ? PlanAction::DeleteFile : PlanAction::Remove;
    plan.summary = deleteFile ? u"Removes '%1' and deletes %2, which MCP Connect created."_s.arg(request.name, plan.path)
                              : u"Removes '%1' from %2."_s.arg(request.name, plan.path);
    return e;
}

Result<EditPlan> ClientConfigEngine::planConnect(const ConnectRequest &request) const
{
    auto e = prepareConnect(request, false);
    if (!e)
        return std::unexpected(e.error());
    return e->plan;
}

Result<EditPlan> ClientConfigEngine::planDisconnect(const DisconnectRequest &request) const
{
    auto e = prepareDisconnect(request, false);
    if (!e)
        return std::unexpected(e.error());
    return e->plan;
}

Result<bool> ClientConfigEngine::commitOnce(PreparedEdit &e, const QString &what, QString *backupId)
{
    const EditPlan &plan = e.plan;
    FileSnapshot after = e.snapshot;
    after.exists = plan.action != PlanAction::DeleteFile;
    after.bytes = plan.after;
    BackupRecord b;
    b.client = plan.client;
    b.path = plan.path;
    b.existed = e.snapshot.exists;
    b.mode = e.snapshot.mode;
    b.afterHash = contentHash(after);
    b.ownership = e.record.toJson();
    b.action = what;
    auto saved = m_backups.save(b, e.snapshot.bytes, e.snapshot.realPath);
    if (!saved)
        return std::unexpected(saved.error());
    auto outcome = plan.action == PlanAction::DeleteFile ? SafeFile::remove(e.snapshot)
                                                         : SafeFile::write(e.snapshot, plan.after, e.location.newFileMode);
    if (!outcome || *outcome == SafeFile::Outcome::Conflict) {
        (void)m_backups.drop(*saved);
        if (!outcome)
            return std::unexpected(outcome.error());
        return false;
    }
    *backupId = saved->id;

    FileRecord record = e.record;
    if (plan.action == PlanAction::Add || plan.action == PlanAction::Update) {
        record.setEntry({plan.container, plan.name, e.entryHash, QDateTime::currentDateTimeUtc()});
        record.mergeNotes(e.notes);
        record.createdFile = record.createdFile || !e.snapshot.exists;
    } else {
        record.removeEntry(plan.container, plan.name);
        record.notes = plan.action == PlanAction::DeleteFile ? QList<ContainerNote>()
                                                             : liveNotes(record.notes, e.location.dialect, plan.after);
        if (plan.action == PlanAction::DeleteFile)
            record.createdFile = false;
    }
    if (auto s = m_ownership.save(record); !s)
        return std::unexpected(s.error());
    qCInfo(lcClientConfig) << what << "in" << plan.path;
    return true;
}

Result<EditLock> ClientConfigEngine::lockEdits(const ClientTarget &target, const QString &what) const
{
    QString file = target.client;
    if (const ClientAdapter *adapter = clientAdapter(target.client)) {
        if (auto location = adapter->location(m_env, target.scope, target.projectDir, target.variant))
            file = location->path;
    }
    return EditLock::acquire(editLockPath(), u"%1 in %2"_s.arg(what, file), m_editLockTimeout);
}

Result<WriteReport> ClientConfigEngine::commit(const std::function<Result<PreparedEdit>()> &prepare, bool force,
                                               const QString &what)
{
    for (int attempt = 0; attempt < m_maxAttempts; ++attempt) {
        auto e = prepare();
        if (!e)
            return std::unexpected(e.error());
        WriteReport report;
        report.reloadHint = e->adapter->reloadHint();
        report.nextStep = e->adapter->nextStep(e->plan.name);
        report.notes = e->adapter->notes(m_env);
        if (e->plan.action == PlanAction::None) {
            report.plan = e->plan;
            return report;
        }
        if (e->plan.needsForce && !force)
            return std::unexpected(refusal(e->plan, e->plan.action != PlanAction::Add && e->plan.action != PlanAction::Update));
        auto written = commitOnce(*e, what, &report.backupId);
        if (!written)
            return std::unexpected(written.error());
        if (*written) {
            report.plan = e->plan;
            report.written = true;
            return report;
        }
        backOff(attempt);
    }
    return std::unexpected(Error::make(ErrorKind::Io,
        u"The file kept changing while MCP Connect was writing it (%1 attempts); nothing was written."_s.arg(m_maxAttempts),
        0, u"Close the client (it may be rewriting its config) and try again."_s));
}

Result<WriteReport> ClientConfigEngine::connect(const ConnectRequest &request)
{
    const QString name = request.name.isEmpty() ? request.profile.name : request.name;
    auto lock = lockEdits(request.target, u"connect "_s + name);
    if (!lock)
        return std::unexpected(lock.error());
    auto report = commit([&] { return prepareConnect(request, true); }, request.force, u"connect "_s + name);
    if (!report)
        return report;
    if (isInsecureRemoteUrl(request.profile.url))
        report->warnings << u"%1 uses plain HTTP to another machine: data and tokens travel unencrypted. Use HTTPS in production."_s
                                .arg(request.profile.url.toString());
    if (request.profile.auth == AuthMode::Header && request.options.headerEnv.isEmpty())
        report->warnings << u"The server expects headers (%1), and the entry has none: no token is ever written to the "
                            "client's file. Pass --header-env HEADER=VAR where the client supports it."_s
                                .arg(request.profile.headerNames.join(u", "_s));
    if (report->plan.desired && report->plan.desired->find(u"command") && m_env.findExecutable(u"npx"_s).isEmpty()
        && request.profile.isHttp())
        report->warnings << u"npx was not found on PATH: the mcp-remote bridge needs Node.js."_s;
    return report;
}

Result<WriteReport> ClientConfigEngine::disconnect(const DisconnectRequest &request)
{
    auto lock = lockEdits(request.target, u"disconnect "_s + request.name);
    if (!lock)
        return std::unexpected(lock.error());
    auto report = commit([&] { return prepareDisconnect(request, true); }, request.force, u"disconnect "_s + request.name);
    if (report && !report->written && report->plan.state == EntryState::Missing) {
        // The client already dropped our entry: forget it, so it is not reported as drift.
        auto record = m_ownership.record(request.target.client, report->plan.path);
        if (record) {
            record->removeEntry(report->plan.container, request.name);
            (void)m_ownership.save(*record);
        }
    }
    return report;
}

Result<UndoReport> ClientConfigEngine::undo(const QString &client, bool force)
{
    const ClientAdapter *adapter = clientAdapter(client);
    if (!adapter)
        return std::unexpected(findAdapter({client}).error());
    auto latest = m_backups.latest(client);
    if (!latest)
        return std::unexpected(latest.error());
    if (!*latest)
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"Nothing to undo for %1: MCP Connect has not changed its files (or all changes were undone)."_s.arg(adapter->displayName())));
    auto editLock = lockEdits({client}, u"undo"_s);
    if (!editLock)
        return std::unexpected(editLock.error());
    // Read the newest backup only under the lock: another run may have just added one.
    latest = m_backups.latest(client);
    if (!latest)
        return std::unexpected(latest.error());
    if (!*latest)
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"Nothing to undo for %1: another MCP Connect undid its last change meanwhile."_s.arg(adapter->displayName())));
    const BackupRecord b = **latest;
    auto content = m_backups.content(b);
    if (!content)
        return std::unexpected(content.error());
    for (int attempt = 0; attempt < m_maxAttempts; ++attempt) {
        std::optional<DirectoryLock> lock;
        if (client == u"claude-code" && b.path.endsWith(u"/.claude.json")) {
            auto l = DirectoryLock::acquire(b.path + u".lock"_s, m_lockTimeout);
            if (!l)
                return std::unexpected(l.error());
            lock.emplace(std::move(*l));
        }
        auto snapshot = SafeFile::read(b.path);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        if (contentHash(*snapshot) != b.afterHash && !force)
            return std::unexpected(Error::make(ErrorKind::Usage,
                u"%1 changed after MCP Connect's last write (%2); undoing would throw those changes away."_s.arg(b.path, b.action),
                0, u"Pass --force to restore the backup anyway."_s));
        auto outcome = b.existed ? SafeFile::write(*snapshot, *content, b.mode ? b.mode : 0644) : SafeFile::remove(*snapshot);
        if (!outcome)
            return std::unexpected(outcome.error());
        if (*outcome == SafeFile::Outcome::Conflict) {
            backOff(attempt);
            continue;
        }
        FileRecord record = FileRecord::fromJson(b.ownership);
        record.client = client;
        record.path = b.path;
        if (auto s = m_ownership.save(record); !s)
            return std::unexpected(s.error());
        if (auto d = m_backups.drop(b); !d)
            return std::unexpected(d.error());
        return UndoReport{client, b.path, b.id, b.action, !b.existed, adapter->reloadHint()};
    }
    return std::unexpected(Error::make(ErrorKind::Io,
        u"%1 kept changing while MCP Connect was restoring it (%2 attempts); nothing was written."_s.arg(b.path).arg(m_maxAttempts)));
}

} // namespace mcpc::clientconfig
