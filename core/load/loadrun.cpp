#include "load/loadrun.h"
#include "util/jsonfield.h"

#include "http/client/httpclient.h"
#include "load/loadclock.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/serverconnector.h"
#include "protocol/types.h"
#include "transport/transport.h"
#include "util/logging.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

using nlohmann::json;

namespace mcpc::load {

namespace {
// Error kinds beyond this many are counted under "other": a flood of distinct messages
// must not grow the report without bound.
constexpr int MaxErrorKinds = 10;
} // namespace

LoadRun::LoadRun(McpClient *client, LoadOptions options, const LoadClock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_params = {{"name", m_options.tool.toStdString()}, {"arguments", m_options.arguments}};
    m_report.tool = m_options.tool;
    m_report.concurrency = m_options.concurrency;
    m_report.durationLimitMs = m_options.durationMs;
    m_report.requestLimit = m_options.requests;
    m_report.rate = m_options.rate;
}

LoadRun::~LoadRun()
{
    if (m_http && m_previousPoolLimit > 0)
        m_http->setMaxConnectionsPerOrigin(m_previousPoolLimit);
}

void LoadRun::setHttpClient(http::HttpClient *http)
{
    m_http = http;
}

void LoadRun::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_setupStartUs = m_clock->nowUs();
    if (!m_client) {
        m_failed = true;
        m_error = Error::make(ErrorKind::Connection, QStringLiteral("Not connected to the server."));
        m_phase = Phase::Done;
        QTimer::singleShot(0, this, &LoadRun::finished);
        return;
    }
    const bool modern = m_client->era() == ProtocolEra::Modern;
    m_report.era = modern ? QStringLiteral("modern") : QStringLiteral("legacy");
    int sessions = 1;
    if (!modern && m_factory && m_client->transport()->isHttp())
        sessions = m_options.sessions > 0 ? m_options.sessions : m_options.concurrency;
    m_report.sessions = sessions;
    // Every call in flight needs its own keep-alive connection; the pool's default (6 per
    // origin, like browsers) would quietly turn concurrency 50 into 6.
    if (m_http && m_http->maxConnectionsPerOrigin() < m_options.concurrency + 4) {
        m_previousPoolLimit = m_http->maxConnectionsPerOrigin();
        m_http->setMaxConnectionsPerOrigin(m_options.concurrency + 4);
    }
    m_sessions.append(m_client);
    m_phase = Phase::Opening;
    if (sessions == 1) {
        QTimer::singleShot(0, this, &LoadRun::warmUp);
        return;
    }
    m_sessionsPending = sessions - 1;
    for (int i = 1; i < sessions; ++i) {
        m_sessions.append(nullptr);
        ServerConnector *connector = m_factory(this);
        connect(connector, &ServerConnector::finished, this, [this, connector, i] { onSessionOpened(connector, i); });
        connector->start();
    }
}

void LoadRun::onSessionOpened(ServerConnector *connector, int index)
{
    connector->deleteLater();
    --m_sessionsPending;
    if (connector->ok()) {
        McpClient *c = connector->takeClient(this);
        m_sessions[index] = c;
        m_ownSessions.append(c);
    } else if (!m_failed) {
        m_failed = true;
        m_error = connector->error();
        m_error.message = QStringLiteral("Could not open session %1 of %2: %3").arg(index + 1).arg(m_report.sessions).arg(m_error.message);
        if (m_error.hint.isEmpty())
            m_error.hint = QStringLiteral("The server may limit its sessions; try fewer with --sessions N.");
    }
    if (m_sessionsPending > 0)
        return;
    if (m_failed || m_phase != Phase::Opening) { // failed, or stopped while opening
        closeSessions();
        return;
    }
    warmUp();
}

void LoadRun::warmUp()
{
    if (m_phase != Phase::Opening)
        return;
    if (!m_options.warmUp || !m_client->transport()->isHttp())
        return beginRunning();
    // Best effort: a server that refuses the request still got the connection opened.
    const QString method = m_client->era() == ProtocolEra::Modern ? QStringLiteral("server/discover") : QStringLiteral("ping");
    CallOptions opts;
    opts.timeoutMs = m_options.callTimeoutMs;
    for (int w = 0; w < m_options.concurrency; ++w) {
        McpClient *c = m_sessions.at(w % m_sessions.size());
        if (!c)
            continue;
        RpcCall *call = c->call(method, nullptr, opts);
        m_warmCalls.append(call);
        connect(call, &RpcCall::finished, this, [this, call] {
            m_warmCalls.removeAll(call);
            if (!m_warmCalls.isEmpty())
                return;
            if (m_phase == Phase::Opening)
                beginRunning();
            else if (m_phase == Phase::Draining) // stopped while warming up
                closeSessions();
        });
    }
    if (m_warmCalls.isEmpty())
        beginRunning();
}

void LoadRun::beginRunning()
{
    if (m_phase != Phase::Opening)
        return;
    m_phase = Phase::Running;
    m_startUs = m_clock->nowUs();
    m_report.setupMs = (m_startUs - m_setupStartUs) / 1000;
    m_lastDoneUs = m_startUs;
    m_nextStartUs = m_startUs;
    m_deadlineUs = m_options.durationMs > 0 ? m_startUs + m_options.durationMs * 1000 : 0;
    m_intervalUs = m_options.rate > 0 ? std::max<qint64>(1, qint64(std::llround(1e6 / m_options.rate))) : 0;
    qCInfo(lcLoad) << "running" << m_options.concurrency << "workers over" << m_sessions.size() << "session(s)";
    m_workers.resize(m_options.concurrency);
    for (int w = 0; w < m_options.concurrency; ++w)
        m_workers[w].client = m_sessions.at(w % m_sessions.size());
    for (int w = 0; w < m_options.concurrency; ++w)
        next(w);
    maybeDone();
}

void LoadRun::next(int w)
{
    Worker &worker = m_workers[w];
    const qint64 now = m_clock->nowUs();
    const bool more = m_phase == Phase::Running && (m_options.requests == 0 || m_report.started < m_options.requests)
                      && (m_deadlineUs == 0 || now < m_deadlineUs);
    if (!more) {
        worker.idle = true;
        return;
    }
    if (m_intervalUs > 0) {
        const qint64 scheduled = std::max(m_nextStartUs, now);
        if (m_deadlineUs && scheduled >= m_deadlineUs) {
            worker.idle = true;
            return;
        }
        if (scheduled > now) { // wait for this worker's turn in the rate schedule
            if (!worker.wait) {
                worker.wait = new QTimer(this);
                worker.wait->setSingleShot(true);
                worker.wait->setTimerType(Qt::PreciseTimer);
                connect(worker.wait, &QTimer::timeout, this, [this, w] {
                    next(w);
                    maybeDone();
                });
            }
            worker.wait->start(int((scheduled - now + 999) / 1000));
            return;
        }
        // Behind schedule by more than one interval: don't burst to catch up.
        m_nextStartUs = now - m_nextStartUs < m_intervalUs ? m_nextStartUs + m_intervalUs : now + m_intervalUs;
    }
    fire(w);
}

void LoadRun::fire(int w)
{
    Worker &worker = m_workers[w];
    if (!worker.client) {
        worker.idle = true;
        return;
    }
    CallOptions opts;
    opts.timeoutMs = m_options.callTimeoutMs;
    ++m_report.started;
    ++m_inFlight;
    worker.startedUs = m_clock->nowUs();
    RpcCall *call = worker.client->call(QStringLiteral("tools/call"), m_params, opts);
    worker.call = call;
    connect(call, &RpcCall::finished, this, [this, w, call] { onCallFinished(w, call); });
}

void LoadRun::onCallFinished(int w, RpcCall *call)
{
    Worker &worker = m_workers[w];
    worker.call = nullptr;
    --m_inFlight;
    const qint64 now = m_clock->nowUs();
    if (!call->ok() && call->error().kind == ErrorKind::Cancelled && m_report.stopped) {
        ++m_report.cancelled;
    } else {
        const qint64 latency = now - worker.startedUs;
        m_report.latency.record(latency);
        m_interval.record(latency);
        m_lastDoneUs = std::max(m_lastDoneUs, now);
        if (!call->ok()) {
            countError(call->error());
        } else if (!isCompleteResult(call->result())) {
            // A modern server asking for input (MRTR): nobody answers during a load test.
            countError(Error::make(ErrorKind::InputNeeded,
                QStringLiteral("The tool asked for input (resultType \"%1\"), which a load test cannot give.")
                    .arg(jsonString(call->result(), "resultType"))));
        } else if (jsonBool(call->result(), "isError", false)) {
            ++m_report.toolErrors;
            ++m_intervalFailed;
        } else {
            ++m_report.ok;
        }
    }
    next(w);
    maybeDone();
}

void LoadRun::countError(const Error &error)
{
    ++m_report.errors;
    ++m_intervalFailed;
    const QString kind = errorKindLabel(error);
    auto it = std::find_if(m_report.errorKinds.begin(), m_report.errorKinds.end(), [&](const ErrorTally &t) { return t.kind == kind; });
    if (it == m_report.errorKinds.end() && m_report.errorKinds.size() >= MaxErrorKinds) {
        it = std::find_if(m_report.errorKinds.begin(), m_report.errorKinds.end(), [](const ErrorTally &t) { return t.kind == u"other"; });
        if (it == m_report.errorKinds.end()) {
            m_report.errorKinds.last() = ErrorTally{QStringLiteral("other"), m_report.errorKinds.last().count, QStringLiteral("(several kinds)")};
            it = m_report.errorKinds.end() - 1;
        }
    }
    if (it == m_report.errorKinds.end()) {
        m_report.errorKinds.append(ErrorTally{kind, 1, error.message});
    } else {
        ++it->count;
    }
    std::stable_sort(m_report.errorKinds.begin(), m_report.errorKinds.end(),
                     [](const ErrorTally &a, const ErrorTally &b) { return a.count > b.count; });
}

void LoadRun::maybeDone()
{
    if (m_phase != Phase::Running && m_phase != Phase::Draining)
        return;
    if (m_inFlight > 0)
        return;
    for (const Worker &w : std::as_const(m_workers))
        if (!w.idle)
            return;
    m_report.elapsedUs = m_lastDoneUs - m_startUs;
    qCInfo(lcLoad) << "done:" << m_report.completed() << "calls";
    closeSessions();
}

void LoadRun::stop()
{
    if (m_phase == Phase::Opening) {
        m_report.stopped = true;
        m_phase = Phase::Draining;
        if (!m_warmCalls.isEmpty()) { // the last one to finish closes the sessions
            for (const QPointer<RpcCall> &c : QList<QPointer<RpcCall>>(m_warmCalls))
                if (c)
                    c->cancel(QStringLiteral("The load test was stopped."));
            return;
        }
        if (m_sessionsPending == 0)
            closeSessions();
        return; // the sessions still opening close when they answer
    }
    if (m_phase != Phase::Running)
        return;
    m_report.stopped = true;
    m_phase = Phase::Draining;
    for (int w = 0; w < m_workers.size(); ++w) {
        Worker &worker = m_workers[w];
        if (worker.wait)
            worker.wait->stop();
        if (!worker.call)
            worker.idle = true;
    }
    // Cancelling finishes the calls (synchronously or soon); each then finds the run over.
    for (Worker &worker : m_workers)
        if (RpcCall *c = worker.call)
            c->cancel(QStringLiteral("The load test was stopped."));
    maybeDone();
}

void LoadRun::closeSessions()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Done)
        return;
    m_phase = Phase::Closing;
    m_closesPending = int(m_ownSessions.size());
    if (m_closesPending == 0) {
        QTimer::singleShot(0, this, &LoadRun::done);
        return;
    }
    for (McpClient *c : std::as_const(m_ownSessions)) {
        connect(c, &McpClient::closed, this, [this] {
            if (--m_closesPending == 0)
                done();
        });
        c->close();
    }
}

void LoadRun::done()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    if (m_http && m_previousPoolLimit > 0) {
        m_http->setMaxConnectionsPerOrigin(m_previousPoolLimit);
        m_previousPoolLimit = 0;
    }
    Q_EMIT finished();
}

LoadReport LoadRun::report() const
{
    LoadReport r = m_report;
    if (m_phase == Phase::Running || m_phase == Phase::Draining)
        r.elapsedUs = m_clock->nowUs() - m_startUs;
    return r;
}

LoadInterval LoadRun::takeInterval()
{
    LoadInterval i;
    i.atUs = m_phase == Phase::Idle || m_phase == Phase::Opening ? 0 : m_clock->nowUs() - m_startUs;
    i.completed = m_interval.count();
    i.failed = m_intervalFailed;
    i.p50Us = m_interval.percentile(50);
    i.p99Us = m_interval.percentile(99);
    i.maxUs = m_interval.maximum();
    m_interval.clear();
    m_intervalFailed = 0;
    return i;
}

} // namespace mcpc::load
