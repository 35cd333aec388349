#include "app/startupprobe.h"

#include "auth/consentviewloader.h"

#include <QEvent>
#include <QFile>
#include <QApplication>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace mcpc::ui {

namespace {
constexpr int kTickMs = 10;
}

StartupProbe::StartupProbe(QWidget *window, int seconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    // The first Paint of any widget in the window (the main window itself may never get
    // one: its children cover it).
    qApp->installEventFilter(this);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &StartupProbe::onTick);
    m_tick.start();
    m_sinceTick.start();
    QTimer::singleShot(seconds * 1000, this, &StartupProbe::report);
}

qint64 StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double StartupProbe::msSinceLaunch()
{
    const QByteArray t0 = qgetenv("MCPC_BENCH_T0");
    if (t0.isEmpty())
        return -1;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const double nowNs = double(now.tv_sec) * 1e9 + double(now.tv_nsec);
    return (nowNs - t0.toDouble()) / 1e6;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_firstPaintMs < 0 && event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window) {
            m_firstPaintMs = msSinceLaunch();
            qApp->removeEventFilter(this);
            // Stalls count from the first paint on: building the window is start-up time.
            m_maxLagNs = 0;
            m_maxBusyNs = 0;
            m_ticks = 0;
            m_stallsOver50ms = 0;
            m_sinceTick.restart();
        }
    }
    return QObject::eventFilter(watched, event);
}

namespace {
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000LL + t.tv_nsec;
}
} // namespace

void StartupProbe::onTick()
{
    const qint64 lag = m_sinceTick.nsecsElapsed() - qint64(kTickMs) * 1000000;
    m_sinceTick.restart();
    // The GUI thread's own work in that interval: on a loaded machine a late timer may
    // only mean the thread was not scheduled; its CPU time says how much was ours.
    const qint64 cpu = threadCpuNs();
    const qint64 busy = m_lastCpuNs ? qMin(lag, cpu - m_lastCpuNs) : 0;
    m_lastCpuNs = cpu;
    ++m_ticks;
    m_maxLagNs = qMax(m_maxLagNs, lag);
    m_maxBusyNs = qMax(m_maxBusyNs, busy);
    if (lag > 50 * 1000000LL)
        ++m_stallsOver50ms;
}

void StartupProbe::report()
{
    m_tick.stop();
    std::printf("{\"probe\":true,\"firstPaintMs\":%.1f,\"rssKiB\":%lld,\"maxStallMs\":%.1f,\"stallsOver50ms\":%d,"
                "\"maxBusyStallMs\":%.1f,\"ticks\":%d,\"webEngineMapped\":%s}\n",
                m_firstPaintMs, static_cast<long long>(residentKiB()), double(m_maxLagNs) / 1e6, m_stallsOver50ms,
                double(m_maxBusyNs) / 1e6, m_ticks, ConsentViewLoader::webEngineMapped() ? "true" : "false");
    std::fflush(stdout);
    Q_EMIT finished();
}

} // namespace mcpc::ui
