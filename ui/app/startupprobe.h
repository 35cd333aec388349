#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mcpc::ui {

// For tests/bench (the hidden --bench-probe SECONDS): how long from launch to the first
// painted window (MCPC_BENCH_T0, the launcher's CLOCK_REALTIME in ns), the resident
// memory, and, from the first paint on, how late a 10 ms timer fires on the GUI thread
// (its worst lag is the longest stall) while the monitor checks every profile. After SECONDS it prints one
// JSON line on stdout and asks the app to close.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QWidget *window, int seconds, QObject *parent = nullptr);

    // Resident set size of this process in KiB (/proc/self/status VmRSS).
    static qint64 residentKiB();
    // Milliseconds since MCPC_BENCH_T0, or -1 without it.
    static double msSinceLaunch();

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTick();
    void report();

    QWidget *m_window;
    double m_firstPaintMs = -1;
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    qint64 m_maxLagNs = 0;
    qint64 m_maxBusyNs = 0; // the part of a late tick the GUI thread spent on the CPU
    qint64 m_lastCpuNs = 0;
    int m_ticks = 0;
    int m_stallsOver50ms = 0;
};

} // namespace mcpc::ui
