#include "load/loadreport.h"

#include <nlohmann/json.hpp>

#include <cmath>

using nlohmann::json;

namespace mcpc::load {

double LoadReport::throughput() const
{
    return elapsedUs > 0 ? double(completed()) * 1e6 / double(elapsedUs) : 0.0;
}

double LoadReport::errorRate() const
{
    return completed() ? double(toolErrors + errors) / double(completed()) : 0.0;
}

namespace {
double ms(qint64 us, int places = 3)
{
    const double scale = std::pow(10.0, places);
    return std::round(double(us) / 1000.0 * scale) / scale;
}
double rounded(double v, int places)
{
    const double scale = std::pow(10.0, places);
    return std::round(v * scale) / scale;
}
} // namespace

json LoadReport::toJson() const
{
    json kinds = json::array();
    for (const ErrorTally &t : errorKinds)
        kinds.push_back({{"kind", t.kind.toStdString()}, {"count", t.count}, {"message", t.message.toStdString()}});
    json j = {{"tool", tool.toStdString()},
              {"era", era.toStdString()},
              {"concurrency", concurrency},
              {"sessions", sessions},
              {"requests", completed()},
              {"ok", ok},
              {"toolErrors", toolErrors},
              {"errors", errors},
              {"cancelled", cancelled},
              {"stopped", stopped},
              {"errorRate", rounded(errorRate(), 6)},
              {"elapsedMs", ms(elapsedUs)},
              {"setupMs", setupMs},
              {"throughput", rounded(throughput(), 2)},
              {"latencyMs", json(nullptr)},
              {"errorKinds", kinds}};
    if (durationLimitMs > 0)
        j["durationMs"] = durationLimitMs;
    if (requestLimit > 0)
        j["requestLimit"] = requestLimit;
    if (rate > 0)
        j["rate"] = rate;
    if (latency.count() > 0)
        j["latencyMs"] = {{"min", ms(latency.minimum())},
                          {"mean", ms(qint64(latency.mean()))},
                          {"p50", ms(latency.percentile(50))},
                          {"p90", ms(latency.percentile(90))},
                          {"p99", ms(latency.percentile(99))},
                          {"max", ms(latency.maximum())}};
    return j;
}

QString formatLatency(qint64 us)
{
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1000 * 1000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10000 ? 2 : 1);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

QString LoadReport::toText() const
{
    QString s;
    s += QStringLiteral("Load test of %1 (%2 era, concurrency %3, %4 session%5)\n")
             .arg(tool, era).arg(concurrency).arg(sessions).arg(sessions == 1 ? QString() : QStringLiteral("s"));
    s += QStringLiteral("Requests:    %1 in %2 s%3\n")
             .arg(completed()).arg(double(elapsedUs) / 1e6, 0, 'f', 2)
             .arg(stopped ? QStringLiteral(" (stopped early; %1 in flight cancelled)").arg(cancelled) : QString());
    s += QStringLiteral("Throughput:  %1 requests/s\n").arg(throughput(), 0, 'f', 1);
    if (latency.count() > 0)
        s += QStringLiteral("Latency:     p50 %1 · p90 %2 · p99 %3 · max %4 (min %5, mean %6)\n")
                 .arg(formatLatency(latency.percentile(50)), formatLatency(latency.percentile(90)),
                      formatLatency(latency.percentile(99)), formatLatency(latency.maximum()),
                      formatLatency(latency.minimum()), formatLatency(qint64(latency.mean())));
    s += QStringLiteral("OK:          %1\n").arg(ok);
    s += QStringLiteral("isError:     %1 (the tool reported an error)\n").arg(toolErrors);
    s += QStringLiteral("Errors:      %1 (%2 % of requests, tool errors included: %3 %)\n")
             .arg(errors).arg(completed() ? 100.0 * double(errors) / double(completed()) : 0.0, 0, 'f', 2)
             .arg(100.0 * errorRate(), 0, 'f', 2);
    for (const ErrorTally &t : errorKinds)
        s += QStringLiteral("  %1 × %2: %3\n").arg(t.count).arg(t.kind, t.message);
    return s;
}

QString errorKindLabel(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Server:
        return QStringLiteral("JSON-RPC %1").arg(e.code);
    case ErrorKind::Protocol:
    case ErrorKind::Unavailable:
        return e.code >= 100 && e.code < 600 ? QStringLiteral("HTTP %1").arg(e.code) : kindName(e.kind);
    case ErrorKind::Auth:
        return e.code ? QStringLiteral("sign-in (HTTP %1)").arg(e.code) : QStringLiteral("sign-in");
    default:
        return kindName(e.kind);
    }
}

} // namespace mcpc::load
