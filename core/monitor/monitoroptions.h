#pragma once

#include <QDateTime>

#include <functional>

namespace mcpc {

// Timings of the status monitor. Tests shrink them (and inject the clock) so they
// never wait for real-world intervals.
struct MonitorOptions
{
    int pingIntervalMs = 30000;    // between pings while the server is up
    int initialBackoffMs = 2000;   // first retry after a failure...
    int maxBackoffMs = 300000;     // ...doubling up to this cap
    int pingTimeoutMs = 10000;     // a ping unanswered this long counts as a failure
    int connectTimeoutMs = 20000;  // initialize handshake
    int slowThresholdMs = 2000;    // a slower ping makes the server Degraded
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

// Delay before retry number `failures` (1-based): initial * 2^(failures-1), capped.
int backoffDelayMs(const MonitorOptions &options, int failures);

} // namespace mcpc
