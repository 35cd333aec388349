#pragma once

#include "clientconfig/clientconfigtypes.h"
#include "clientconfig/clientenvironment.h"
#include "clientconfig/files/backupstore.h"
#include "clientconfig/files/editlock.h"
#include "clientconfig/files/ownershipstore.h"

#include <QList>

#include <chrono>
#include <functional>

namespace mcpc::clientconfig {

struct PreparedEdit;

// "Connect to <client>": adds, updates and removes one server entry in a client's config
// file with a minimal edit, a backup, an ownership record and a safe write, and undoes
// it. Calls are synchronous file I/O (milliseconds) and safe to run on a worker thread;
// one engine per thread.
//
// Typical GUI flow: statusAll(&profile) for the list; planConnect() for the preview
// (plan.diff(), plan.needsForce -> ask); connect() with force set after the user agreed;
// show report.reloadHint / nextStep / notes; undo() for "Undo".
class ClientConfigEngine
{
public:
    explicit ClientConfigEngine(ClientEnvironment env = ClientEnvironment::fromSystem());

    const ClientEnvironment &environment() const { return m_env; }
    OwnershipStore &ownership() { return m_ownership; }
    BackupStore &backups() { return m_backups; }
    QString ownershipFile() const { return m_ownership.filePath(); }

    Result<ClientStatus> status(const ClientTarget &target, const ServerProfile *profile = nullptr,
                                const QString &name = QString()) const;
    QList<ClientStatus> statusAll(const ServerProfile *profile = nullptr, const QString &name = QString()) const;

    Result<EditPlan> planConnect(const ConnectRequest &request) const;
    Result<WriteReport> connect(const ConnectRequest &request);
    Result<EditPlan> planDisconnect(const DisconnectRequest &request) const;
    Result<WriteReport> disconnect(const DisconnectRequest &request);
    // Restores the file of the client's most recent change from its backup (deleting the
    // file if we had created it). Refuses when the file changed since, unless force.
    Result<UndoReport> undo(const QString &client, bool force = false);

    // "Open in Cursor" / "Open in VS Code" links (client-configs.md §4); clients without
    // links get an Unavailable error whose hint is their CLI command.
    Result<QList<Deeplink>> deeplinks(const QString &client, const ServerProfile &profile,
                                      const QString &name = QString()) const;

    // Compare-and-swap retries when another program writes the file meanwhile.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // How long to wait for Claude Code's ~/.claude.json.lock before giving up.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    // How long to wait for another MCP Connect process's edit (EditLock) before giving up.
    void setEditLockTimeout(std::chrono::milliseconds timeout) { m_editLockTimeout = timeout; }
    QString editLockPath() const { return m_backups.dir() + QStringLiteral("/edit.lock"); }

private:
    // lock: take the client's lock (for a write; previews do not wait for it).
    Result<PreparedEdit> prepareConnect(const ConnectRequest &request, bool lock) const;
    Result<PreparedEdit> prepareDisconnect(const DisconnectRequest &request, bool lock) const;
    Result<WriteReport> commit(const std::function<Result<PreparedEdit>()> &prepare, bool force, const QString &what);
    Result<bool> commitOnce(PreparedEdit &edit, const QString &what, QString *backupId);
    Result<EditLock> lockEdits(const ClientTarget &target, const QString &what) const;

    ClientEnvironment m_env;
    OwnershipStore m_ownership;
    BackupStore m_backups;
    // Foreign writers (a client saving its own settings) can change the file between our
    // read and our swap; each conflict is retried after a growing random pause.
    int m_maxAttempts = 20;
    std::chrono::milliseconds m_lockTimeout{5000};
    std::chrono::milliseconds m_editLockTimeout{30000};
};

} // namespace mcpc::clientconfig
