#pragma once

#include <QElapsedTimer>

namespace mcpc::load {

// Monotonic microseconds for a load run: latencies, the deadline and the rate schedule.
// Injected so the tests can move time by hand.
class LoadClock
{
public:
    virtual ~LoadClock() = default;
    virtual qint64 nowUs() const = 0;
};

class SteadyLoadClock : public LoadClock
{
public:
    SteadyLoadClock() { m_timer.start(); }
    qint64 nowUs() const override { return m_timer.nsecsElapsed() / 1000; }

private:
    QElapsedTimer m_timer;
};

} // namespace mcpc::load
