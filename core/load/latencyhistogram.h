#pragma once

#include <QtGlobal>

#include <vector>

namespace mcpc::load {

// Latencies in microseconds, kept as counts in log-linear buckets (64 steps per power of
// two, so any percentile is within 1.6 % of the true value) instead of one entry per
// request: a long run at thousands of requests a second stays a few kilobytes, and
// recording is a couple of instructions. min, max and the mean are exact; percentiles
// are clamped to [min, max], so p50 <= p90 <= p99 <= max always holds.
class LatencyHistogram
{
public:
    LatencyHistogram();

    void record(qint64 micros);
    void merge(const LatencyHistogram &other);
    void clear();

    qint64 count() const { return m_count; }
    qint64 minimum() const { return m_count ? m_min : 0; }
    qint64 maximum() const { return m_max; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The value at percentile p (0 < p <= 100): the smallest recorded latency with at
    // least p % of the requests at or below it (nearest rank), to bucket precision.
    qint64 percentile(double p) const;

    // Exposed for the tests: the bucket a value falls in, and that bucket's bounds.
    static int bucketOf(qint64 micros);
    static qint64 bucketLow(int bucket);
    static qint64 bucketHigh(int bucket); // inclusive

private:
    std::vector<qint64> m_buckets;
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};

} // namespace mcpc::load
