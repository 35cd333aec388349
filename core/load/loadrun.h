#pragma once

#include "load/latencyhistogram.h"
#include "load/loadoptions.h"
#include "load/loadreport.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace mcpc {
class McpClient;
class RpcCall;
class ServerConnector;
namespace http {
class HttpClient;
}
} // namespace mcpc

namespace mcpc::load {

class LoadClock;

// Latency of the calls completed since the previous takeInterval(): one point of a live chart.
struct LoadInterval
{
    qint64 atUs = 0;      // end of the interval, from the start of the run
    qint64 completed = 0;
    qint64 failed = 0;    // isError results and errors
    qint64 p50Us = 0;
    qint64 p99Us = 0;
    qint64 maxUs = 0;
};

// One load run: `concurrency` workers on one event loop (no threads), each starting its
// next tools/call as soon as the last one is answered (or when the --rate schedule says).
// Modern-era servers get stateless requests through the given client; legacy servers get
// one session per worker (or options.sessions), opened through the connector factory,
// all sharing the client's HTTP connection pool and sign-in. Over HTTP, every worker first
// sends one cheap request (see LoadOptions::warmUp), outside the measured time. Emits finished() once: after
// the last call came back and the extra sessions were closed, or when the sessions could
// not be opened (ok() false).
class LoadRun : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Opening, Running, Draining, Closing, Done };
    Q_ENUM(Phase)
    using ConnectorFactory = std::function<ServerConnector *(QObject *parent)>;

    // `client` is connected and stays the caller's; `options` are validated already.
    LoadRun(McpClient *client, LoadOptions options, const LoadClock *clock, QObject *parent = nullptr);
    ~LoadRun() override;

    // Legacy era: how to open another session to the same server (same sign-in).
    void setConnectorFactory(ConnectorFactory factory) { m_factory = std::move(factory); }
    // The pool the sessions use: its per-origin connection limit is raised for the run,
    // so it never silently caps the concurrency, and restored afterwards.
    void setHttpClient(http::HttpClient *http);

    void start();
    // Starts no more calls and cancels those in flight (counted as cancelled).
    void stop();

    Phase phase() const { return m_phase; }
    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }
    // The figures so far; after finished(), the final report.
    LoadReport report() const;
    qint64 inFlight() const { return m_inFlight; }
    LoadInterval takeInterval();

Q_SIGNALS:
    void finished();

private:
    struct Worker
    {
        McpClient *client = nullptr;
        QPointer<RpcCall> call;
        qint64 startedUs = 0;
        QTimer *wait = nullptr;
        bool idle = false;
    };

    void openSessions();
    void onSessionOpened(ServerConnector *connector, int index);
    void warmUp();
    void beginRunning();
    void next(int worker);
    void fire(int worker);
    void onCallFinished(int worker, RpcCall *call);
    void countError(const Error &error);
    void maybeDone();
    void closeSessions();
    void done();

    QPointer<McpClient> m_client;
    LoadOptions m_options;
    const LoadClock *m_clock;
    ConnectorFactory m_factory;
    QPointer<http::HttpClient> m_http;
    int m_previousPoolLimit = 0;
    nlohmann::json m_params;

    Phase m_phase = Phase::Idle;
    bool m_failed = false;
    Error m_error;
    QList<QPointer<McpClient>> m_sessions;   // [0] is the caller's client
    QList<McpClient *> m_ownSessions;        // the ones this run opened (and closes)
    int m_sessionsPending = 0;
    int m_closesPending = 0;
    QList<QPointer<RpcCall>> m_warmCalls;    // the warm-up requests still unanswered
    QList<Worker> m_workers;

    qint64 m_setupStartUs = 0;
    qint64 m_startUs = 0;
    qint64 m_deadlineUs = 0;   // 0: none
    qint64 m_intervalUs = 0;   // 0: no rate limit
    qint64 m_nextStartUs = 0;
    qint64 m_lastDoneUs = 0;
    qint64 m_inFlight = 0;
    LoadReport m_report;
    LatencyHistogram m_interval;
    qint64 m_intervalFailed = 0;
};

} // namespace mcpc::load
