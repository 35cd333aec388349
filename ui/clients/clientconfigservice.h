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

    // Runs job(engine) on the worker thread, then done(result) on the GUI thread, unless
    // context was destroyed meanwhile. Call from the GUI thread.
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done);
    int pending() const { return m_pending; }

    // Re-reads which files to watch (after a write here or in the CLI) and reports drift.
    void refreshWatcher();
    void setWatcherDebounce(int ms);

    // Remembered per client: which file (scope, project folder, VS Code profile).
    clientconfig::ClientTarget target(const QString &client) const;
    void setTarget(const clientconfig::ClientTarget &target);
    // Remembered per client and server: header variables, Windsurf's bridge form.
    clientconfig::EntryOptions options(const QString &client, const QString &server) const;
    void setOptions(const QString &client, const QString &server, const clientconfig::EntryOptions &options);

    // The card's facts; runs on the worker (public for the page's jobs).
    static ClientCardState cardState(clientconfig::ClientConfigEngine &engine, const clientconfig::ClientTarget &target,
                                     const ServerProfile &profile, const clientconfig::EntryOptions &options);
    // The entry as the client's file would hold it, in a fresh file of its format.
    static QString snippet(const clientconfig::ClientConfigEngine &engine, const clientconfig::ClientTarget &target,
                           const ServerProfile &profile, const clientconfig::EntryOptions &options);

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
};

// Lives on the worker thread; owns the engine and the watcher.
class ClientConfigService::Worker : public QObject
{
public:
    explicit Worker(const clientconfig::ClientEnvironment &env);
    clientconfig::ClientConfigEngine engine;
    clientconfig::ClientConfigWatcher *watcher = nullptr; // created on the worker thread
};

template<typename Job, typename Done>
void ClientConfigService::run(QObject *context, Job job, Done done)
{
    using R = std::invoke_result_t<Job &, clientconfig::ClientConfigEngine &>;
    ++m_pending;
    QPointer<QObject> ctx(context);
    auto jobPtr = std::make_shared<Job>(std::move(job));
    auto donePtr = std::make_shared<Done>(std::move(done));
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, jobPtr, donePtr, ctx] {
        auto result = std::make_shared<R>((*jobPtr)(worker->engine));
        // Back through the service (alive as long as the thread is), which checks the
        // context on its own thread: the context may be gone by now.
        QMetaObject::invokeMethod(this, [this, donePtr, ctx, result] {
            if (ctx)
                (*donePtr)(std::move(*result));
            finished();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace mcpc::ui
