#pragma once

#include "load/latencyhistogram.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace mcpc::load {

// Failed calls of one kind ("timeout", "HTTP 503", "JSON-RPC -32603"...), with the
// first message seen, so a report says what went wrong without a line per failure.
struct ErrorTally
{
    QString kind;
    qint64 count = 0;
    QString message;
};

// What a load run measured so far (live) or in the end.
struct LoadReport
{
    QString tool;
    QString era;              // "modern" or "legacy"
    int concurrency = 0;
    int sessions = 0;
    qint64 durationLimitMs = 0;
    qint64 requestLimit = 0;
    double rate = 0;
    qint64 setupMs = 0;       // opening the sessions and the warm-up, not part of the figures
    qint64 elapsedUs = 0;     // first start to last completion (live: to now)
    qint64 started = 0;
    qint64 ok = 0;            // complete results without isError
    qint64 toolErrors = 0;    // results with isError: the server answered, the tool failed
    qint64 errors = 0;        // no result: transport, HTTP, JSON-RPC, timeout...
    qint64 cancelled = 0;     // in flight when the run was stopped; in no other count
    bool stopped = false;     // stopped early by the user
    QList<ErrorTally> errorKinds; // most frequent first
    LatencyHistogram latency; // every completed call (ok, isError or error)

    qint64 completed() const { return ok + toolErrors + errors; }
    double throughput() const; // completed calls per second
    double errorRate() const;  // (toolErrors + errors) / completed

    nlohmann::json toJson() const;
    QString toText() const;
};

// The tally kind of a failed call.
QString errorKindLabel(const Error &error);

// "1.23 ms", "850 µs", "2.5 s".
QString formatLatency(qint64 micros);

} // namespace mcpc::load
