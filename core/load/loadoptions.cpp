#include "load/loadoptions.h"

#include "profiles/serverprofile.h"

#include <cmath>

namespace mcpc::load {

bool isLocalTarget(const QUrl &url, bool stdio)
{
    return stdio || isLoopbackHost(url.host());
}

Result<void> validate(const LoadOptions &o, bool local)
{
    auto usage = [](const QString &m, const QString &hint = {}) {
        return std::unexpected(Error::make(ErrorKind::Usage, m, 0, hint));
    };
    if (o.tool.isEmpty())
        return usage(QStringLiteral("Name the tool to call."));
    if (!o.arguments.is_object())
        return usage(QStringLiteral("The tool's arguments must be a JSON object."));
    if (o.concurrency < 1 || o.concurrency > LoadLimits::MaxConcurrency)
        return usage(QStringLiteral("--concurrency must be between 1 and %1 (got %2).").arg(LoadLimits::MaxConcurrency).arg(o.concurrency));
    if (o.durationMs < 0 || o.durationMs > LoadLimits::MaxDurationMs)
        return usage(QStringLiteral("--duration must be between 0.1 and %1 seconds.").arg(LoadLimits::MaxDurationMs / 1000));
    if (o.requests < 0)
        return usage(QStringLiteral("--requests must be a positive whole number."));
    if (o.durationMs == 0 && o.requests == 0)
        return usage(QStringLiteral("Say how long to run: --duration SECONDS or --requests N."));
    if (o.rate < 0 || !std::isfinite(o.rate))
        return usage(QStringLiteral("--rate must be a positive number of calls per second."));
    if (o.sessions < 0 || o.sessions > o.concurrency)
        return usage(QStringLiteral("--sessions must be between 1 and the concurrency (%1).").arg(o.concurrency));
    if (local)
        return {};
    const QString why = QStringLiteral("The target is not on this machine, and a load test against someone else's server is an attack.");
    if (o.concurrency > LoadLimits::RemoteMaxConcurrency)
        return usage(QStringLiteral("--concurrency is at most %1 for a server on another machine (got %2).")
                         .arg(LoadLimits::RemoteMaxConcurrency).arg(o.concurrency), why);
    if (o.durationMs > LoadLimits::RemoteMaxDurationMs)
        return usage(QStringLiteral("--duration is at most %1 s for a server on another machine.").arg(LoadLimits::RemoteMaxDurationMs / 1000), why);
    return {};
}

qint64 effectiveDurationMs(const LoadOptions &o, bool local)
{
    if (local)
        return o.durationMs;
    return o.durationMs > 0 ? std::min(o.durationMs, LoadLimits::RemoteMaxDurationMs) : LoadLimits::RemoteMaxDurationMs;
}

} // namespace mcpc::load
