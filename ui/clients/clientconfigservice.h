#pragma once

#include "clientconfig/clientconfigengine.h"
#include "clientconfig/clientconfigwatcher.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <type_traits>

class QSettings;
class QThread;

namespace mcpc::ui {

// Everything one client card shows, gathered on the worker thread in one go.
struct ClientCardState
{
    clientconfig::ClientTarget target;
    clientconfig::ClientStatus status;
    std::optional<Error> error;            // status() itself failed (e.g. a bad project folder)
    QList<clientconfig::Scope> scopes;     // the scopes this client has
    bool matches = false;                  // connect would change nothing (with the chosen options)
    QString undoAction;                    // "connect acme" when there is a backup to restore
    QString undoPath;                      // the file that undo would restore
    QList<clientconfig::Deeplink> links;   // "Open in Cursor", ...
    QString snippet;                       // the entry as it would be written, in the file's format
    bool headerEnvSupported = false;       // the client can read a header from an environment variable
};

// The "Connect to <client>" engine for the GUI. The engine does synchronous file I/O
// (a 1 MiB ~/.claude.json takes tens of milliseconds), so it lives on one worker thread
// together with the drift watcher: every engine call and every drift check runs there,
// one at a time, and results come back to the GUI thread. The README's rule "one
// engine at a time" holds for the whole app, across all server pages.
// One engine call in flight: made per operation by ClientConfigService::start(), owned
// by the object that asked (so a card or dialog that goes away takes its pending answers
// with it). Emits finished() once, on the GUI thread, then deletes itself.
class ClientConfigCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void finished();
};

// The typed answer of one call; valid inside finished().
template<typename R>
class ClientConfigResult : public ClientConfigCall
{
public:
    using ClientConfigCall::ClientConfigCall;
    R &result() { return *m_result; }
    std::optional<R> m_result;
};

class ClientConfigService : public QObject
{
    Q_OBJECT
public:
    // settings: where per-client choices (scope, project folder, header variables) are
    // remembered; nullptr = for this run only.
    explicit ClientConfigService(clientconfig::ClientEnvironment env, QSettings *settings = nullptr,
                                 QObject *parent = nullptr);
    ~ClientConfigService() override;

    const clientconfig::ClientEnvironment &environment() const { return m_env; }

    // Runs job(engine) on the worker thread; the call it returns (a child of context)
    // emits finished() with the result on the GUI thread. Call from the GUI thread.
    template<typename Job>
    auto start(QObject *context, Job job) -> ClientConfigResult<std::invoke_result_t<Job &, clientconfig::ClientConfigEngine &>> *;
    // start() with the result handed to done(result), unless context went away meanwhile.
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done);
    // Calls started and not answered yet (tests wait for 0).
    int pending() const { return m_pending; }

    // Re-reads which files to watch (after a write here or in the CLI) and reports drift.
    void refreshWatcher();
    // Checks the watched files now (drift is reported through driftDetected as usual);
    // counts as pending until done, so tests can wait for it instead of for a timer.
    void checkDrift();
    void setWatcherDebounce(int ms);

    // Remembered per client: which file (scope, project folder, VS Code profile).
    clientconfig::ClientTarget target(const QString &client) const;
    void setTarget(const clientconfig::ClientTarget &target);
    // Remembered per client and server: the entry's name in the client's file (default:
    // the profile's name, or its slug when the name is not one every client accepts).
    QString entryName(const QString &client, const ServerProfile &profile) const;
    void setEntryName(const QString &client, const QString &server, const QString &name);
    // Remembered per client and server: header variables, Windsurf's bridge form.
    clientconfig::EntryOptions options(const QString &client, const QString &server) const;
    void setOptions(const QString &client, const QString &server, const clientconfig::EntryOptions &options);

    // The card's facts; runs on the worker (public for the page's jobs).
    static ClientCardState cardState(clientconfig::ClientConfigEngine &engine, const clientconfig::ClientTarget &target,
                                     const ServerProfile &profile, const QString &name,
                                     const clientconfig::EntryOptions &options);
    // The entry as the client's file would hold it, in a fresh file of its format.
    static QString snippet(const clientconfig::ClientConfigEngine &engine, const clientconfig::ClientTarget &target,
                           const ServerProfile &profile, const QString &name, const clientconfig::EntryOptions &options);

    // Tell every page that a client's files changed (after a write from any page).
    void notifyChanged(const QString &client);

Q_SIGNALS:
    void driftDetected(const mcpc::clientconfig::DriftReport &report);
    void filesChanged(const QString &client);
    void idle();

private:
    class Worker;
    void finished();

    clientconfig::ClientEnvironment m_env;
    QSettings *m_settings;
    QThread *m_thread;
    Worker *m_worker;
    int m_pending = 0;
    QHash<QString, clientconfig::ClientTarget> m_targets;
    QHash<QString, clientconfig::EntryOptions> m_options;
    QHash<QString, QString> m_names;
};

// Lives on the worker thread; owns the engine and the watcher.
class ClientConfigService::Worker : public QObject
{
public:
    explicit Worker(const clientconfig::ClientEnvironment &env);
    clientconfig::ClientConfigEngine engine;
    clientconfig::ClientConfigWatcher *watcher = nullptr; // created on the worker thread
};

template<typename Job>
auto ClientConfigService::start(QObject *context, Job job)
    -> ClientConfigResult<std::invoke_result_t<Job &, clientconfig::ClientConfigEngine &>> *
{
    using R = std::invoke_result_t<Job &, clientconfig::ClientConfigEngine &>;
    auto *call = new ClientConfigResult<R>(context);
    auto guard = std::make_shared<QPointer<ClientConfigResult<R>>>(call); // read on the GUI thread only
    ++m_pending;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, job = std::move(job), guard]() mutable {
        auto result = std::make_shared<R>(job(worker->engine));
        // Back through the service (alive as long as the thread is), which checks the
        // call on its own thread: its owner may be gone by now.
        QMetaObject::invokeMethod(this, [this, guard, result] {
            if (ClientConfigResult<R> *c = *guard) {
                c->m_result.emplace(std::move(*result));
                Q_EMIT c->finished();
                c->deleteLater();
            }
            finished();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return call;
}

template<typename Job, typename Done>
void ClientConfigService::run(QObject *context, Job job, Done done)
{
    auto *call = start(context, std::move(job));
    connect(call, &ClientConfigCall::finished, call, [call, done = std::move(done)]() mutable { done(std::move(call->result())); });
}

} // namespace mcpc::ui
