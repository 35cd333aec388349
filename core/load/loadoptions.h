#pragma once

#include "util/error.h"

#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace mcpc::load {

// What a load run does: call one tool with the same arguments, `concurrency` calls in
// flight, until `durationMs` has passed or `requests` calls were started (whichever comes
// first), at most `rate` starts per second.
struct LoadOptions
{
    QString tool;
    nlohmann::json arguments = nlohmann::json::object();
    int concurrency = 10;
    qint64 durationMs = 0;   // 0: no time limit (then requests must be set)
    qint64 requests = 0;     // 0: no request limit (then durationMs must be set)
    double rate = 0;         // starts per second; 0: as fast as the calls come back
    int sessions = 0;        // legacy era: sessions to spread the calls over; 0: one per worker
    // HTTP targets: one cheap request per worker (ping; server/discover for MCP 2026-07-28)
    // before the clock starts, so every worker's connection is open and accepted. A busy
    // server may accept new connections slowly (Node: one per turn of its event loop, so
    // the last of 50 waited seconds), which would count as the first calls' latency.
    bool warmUp = true;
    int callTimeoutMs = 30000;
};

// The safety rules: a load test against someone else's server is an attack, so a target
// that is not this machine gets hard caps (and, in the front ends, a confirmation).
struct LoadLimits
{
    static constexpr int MaxConcurrency = 1000;
    static constexpr qint64 MaxDurationMs = 24LL * 3600 * 1000;
    static constexpr int RemoteMaxConcurrency = 20;
    static constexpr qint64 RemoteMaxDurationMs = 60 * 1000;
};

// True when the target runs on this machine: a loopback URL, or a stdio server.
bool isLocalTarget(const QUrl &url, bool stdio);

// Checks the values (and, for remote targets, the caps). The error names the option as
// the front ends call it (--concurrency...), with what is allowed.
Result<void> validate(const LoadOptions &options, bool localTarget);

// Remote targets: a run given only --requests still stops after the remote time cap.
qint64 effectiveDurationMs(const LoadOptions &options, bool localTarget);

} // namespace mcpc::load
