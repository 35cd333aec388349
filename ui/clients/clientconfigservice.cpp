#include "clients/clientconfigservice.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/editing/configeditor.h"

#include <QSettings>
#include <QThread>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;

namespace {

QString settingsKey(const QString &client, const QString &what)
{
    return u"clients/"_s + client + u'/' + what;
}

// The clients with install links (client-configs.md §4); the engine answers "no link"
// for the others.
bool hasDeeplinks(const QString &client)
{
    return client == u"cursor" || client == u"vscode" || client == u"vscode-insiders" || client == u"lmstudio";
}

} // namespace

ClientConfigService::Worker::Worker(const ClientEnvironment &env)
    : engine(env)
{
}

ClientConfigService::ClientConfigService(ClientEnvironment env, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_settings(settings)
    , m_thread(new QThread(this))
    , m_worker(new Worker(m_env))
{
    qRegisterMetaType<DriftReport>();
    m_thread->setObjectName(u"client-config"_s);
    m_worker->moveToThread(m_thread);
    // The engine and the watcher are deleted on their own thread, when it ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // The watcher's file watches and timers must belong to the worker thread: build it there.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, env = m_env] {
        worker->watcher = new ClientConfigWatcher(env, worker);
    }, Qt::BlockingQueuedConnection);
    connect(m_worker->watcher, &ClientConfigWatcher::driftDetected, this, &ClientConfigService::driftDetected,
            Qt::QueuedConnection);
}

ClientConfigService::~ClientConfigService()
{
    // After the job in progress, if any; jobs not started yet are dropped.
    m_thread->quit();
    m_thread->wait();
}

void ClientConfigService::finished()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void ClientConfigService::refreshWatcher()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->watcher->refresh(); }, Qt::QueuedConnection);
}

void ClientConfigService::checkDrift()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->watcher->check(); }, Qt::QueuedConnection);
    // An empty call after it: the same queue, so it finishes after the check's reports.
    start(this, [](ClientConfigEngine &) { return true; });
}

void ClientConfigService::setWatcherDebounce(int ms)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, ms] { worker->watcher->setDebounce(ms); }, Qt::QueuedConnection);
}

void ClientConfigService::notifyChanged(const QString &client)
{
    refreshWatcher();
    Q_EMIT filesChanged(client);
}

ClientTarget ClientConfigService::target(const QString &client) const
{
    if (auto it = m_targets.constFind(client); it != m_targets.cend())
        return *it;
    ClientTarget t{client};
    if (m_settings) {
        const auto scope = scopeFromName(m_settings->value(settingsKey(client, u"scope"_s)).toString());
        const QString project = m_settings->value(settingsKey(client, u"project"_s)).toString();
        const ClientAdapter *adapter = clientAdapter(client);
        if (scope && adapter && adapter->scopes().contains(*scope) && (*scope == Scope::User || !project.isEmpty())) {
            t.scope = *scope;
            t.projectDir = project;
        }
        t.variant = m_settings->value(settingsKey(client, u"variant"_s)).toString();
    }
    return t;
}

void ClientConfigService::setTarget(const ClientTarget &target)
{
    m_targets.insert(target.client, target);
    if (m_settings) {
        m_settings->setValue(settingsKey(target.client, u"scope"_s), scopeName(target.scope));
        m_settings->setValue(settingsKey(target.client, u"project"_s), target.projectDir);
        m_settings->setValue(settingsKey(target.client, u"variant"_s), target.variant);
    }
}

QString ClientConfigService::entryName(const QString &client, const ServerProfile &profile) const
{
    const QString key = client + u'/' + profile.name;
    if (auto it = m_names.constFind(key); it != m_names.cend())
        return *it;
    if (m_settings) {
        const QString name = m_settings->value(settingsKey(client, u"name/"_s + profile.name)).toString();
        if (isValidServerName(name))
            return name;
    }
    return isValidServerName(profile.name) ? profile.name : slugifyServerName(profile.name);
}

void ClientConfigService::setEntryName(const QString &client, const QString &server, const QString &name)
{
    m_names.insert(client + u'/' + server, name);
    if (m_settings)
        m_settings->setValue(settingsKey(client, u"name/"_s + server), name);
}

EntryOptions ClientConfigService::options(const QString &client, const QString &server) const
{
    const QString key = client + u'/' + server;
    if (auto it = m_options.constFind(key); it != m_options.cend())
        return *it;
    EntryOptions o;
    if (m_settings) {
        // Only variable names are kept here, never a header value.
        const QStringList pairs = m_settings->value(settingsKey(client, u"headerEnv/"_s + server)).toStringList();
        for (const QString &p : pairs) {
            const qsizetype eq = p.indexOf(u'=');
            if (eq > 0)
                o.headerEnv.append({p.left(eq), p.mid(eq + 1)});
        }
        o.bridge = m_settings->value(settingsKey(client, u"bridge/"_s + server), false).toBool();
    }
    return o;
}

void ClientConfigService::setOptions(const QString &client, const QString &server, const EntryOptions &options)
{
    m_options.insert(client + u'/' + server, options);
    if (m_settings) {
        QStringList pairs;
        for (const auto &[header, var] : options.headerEnv)
            pairs << header + u'=' + var;
        m_settings->setValue(settingsKey(client, u"headerEnv/"_s + server), pairs);
        m_settings->setValue(settingsKey(client, u"bridge/"_s + server), options.bridge);
    }
}

QString ClientConfigService::snippet(const ClientConfigEngine &engine, const ClientTarget &target, const ServerProfile &profile,
                                     const QString &name, const EntryOptions &options)
{
    const ClientAdapter *adapter = clientAdapter(target.client);
    if (!adapter || profile.name.isEmpty())
        return QString();
    auto location = adapter->location(engine.environment(), target.scope,
                                      target.projectDir.isEmpty() ? u"."_s : target.projectDir, target.variant);
    auto entry = adapter->entry(profile, options, engine.environment());
    if (!location || !entry)
        return QString();
    // A fresh file of the client's format holding only the entry: exactly the JSON or
    // TOML a person would paste.
    auto editor = ConfigEditor::open(location->dialect, QByteArray(), location->path);
    if (!editor)
        return QString();
    auto change = (*editor)->set(location->container + QStringList{name}, *entry);
    return change ? QString::fromUtf8(change->text) : QString();
}

ClientCardState ClientConfigService::cardState(ClientConfigEngine &engine, const ClientTarget &target,
                                               const ServerProfile &profile, const QString &name, const EntryOptions &options)
{
    ClientCardState c;
    c.target = target;
    const ClientAdapter *adapter = clientAdapter(target.client);
    if (adapter)
        c.scopes = adapter->scopes();
    const ServerProfile *p = profile.name.isEmpty() ? nullptr : &profile;
    auto status = engine.status(target, p, name);
    if (status) {
        c.status = *status;
    } else {
        c.error = status.error();
        c.status.id = target.client;
        c.status.displayName = adapter ? adapter->displayName() : target.client;
    }
    c.matches = c.status.matchesProfile;
    // The engine compares with the plain entry; with header variables or the bridge form
    // the entry we write differs, so ask the planner instead: "no change" = it matches.
    if (p && !c.status.problem && !c.error && (!options.headerEnv.isEmpty() || options.bridge)
        && (c.status.state == EntryState::Ours || c.status.state == EntryState::Foreign)) {
        auto plan = engine.planConnect({target, profile, name, options});
        c.matches = plan && plan->action == PlanAction::None;
    }
    if (auto latest = engine.backups().latest(target.client); latest && *latest) {
        c.undoAction = (*latest)->action;
        c.undoPath = (*latest)->path;
    }
    if (p && hasDeeplinks(target.client))
        if (auto links = engine.deeplinks(target.client, profile, name); links)
            c.links = *links;
    if (p) {
        c.snippet = snippet(engine, target, profile, name, options);
        if (adapter && profile.auth == AuthMode::Header) {
            EntryOptions probe;
            probe.headerEnv.append({u"Authorization"_s, u"MCPC_PROBE"_s});
            c.headerEnvSupported = adapter->entry(profile, probe, engine.environment()).has_value();
        }
    }
    return c;
}

} // namespace mcpc::ui
