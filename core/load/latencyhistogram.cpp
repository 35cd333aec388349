#include "load/latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace mcpc::load {

namespace {
constexpr int SubBits = 6;                 // 64 sub-buckets per power of two
constexpr int Sub = 1 << SubBits;
constexpr int Linear = 2 * Sub;            // 0..127 us are exact
constexpr int MaxShift = 40;               // beyond 2^47 us (4 years) everything lands in the last bucket
constexpr int BucketCount = Linear + MaxShift * Sub;
} // namespace

LatencyHistogram::LatencyHistogram()
    : m_buckets(BucketCount, 0)
{
}

int LatencyHistogram::bucketOf(qint64 micros)
{
    if (micros < Linear)
        return int(std::max<qint64>(micros, 0));
    const int shift = int(std::bit_width(quint64(micros))) - (SubBits + 1); // micros >> shift is in [64, 127]
    if (shift > MaxShift)
        return BucketCount - 1;
    return Linear + (shift - 1) * Sub + int((micros >> shift) - Sub);
}

qint64 LatencyHistogram::bucketLow(int bucket)
{
    if (bucket < Linear)
        return bucket;
    const int shift = (bucket - Linear) / Sub + 1;
    return qint64(Sub + (bucket - Linear) % Sub) << shift;
}

qint64 LatencyHistogram::bucketHigh(int bucket)
{
    if (bucket < Linear)
        return bucket;
    const int shift = (bucket - Linear) / Sub + 1;
    return bucketLow(bucket) + (qint64(1) << shift) - 1;
}

void LatencyHistogram::record(qint64 micros)
{
    micros = std::max<qint64>(micros, 0);
    ++m_buckets[size_t(bucketOf(micros))];
    m_min = m_count ? std::min(m_min, micros) : micros;
    m_max = std::max(m_max, micros);
    m_sum += micros;
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (!other.m_count)
        return;
    for (size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = std::max(m_max, other.m_max);
    m_sum += other.m_sum;
    m_count += other.m_count;
}

void LatencyHistogram::clear()
{
    std::fill(m_buckets.begin(), m_buckets.end(), 0);
    m_count = m_sum = m_min = m_max = 0;
}

qint64 LatencyHistogram::percentile(double p) const
{
    if (!m_count)
        return 0;
    p = std::clamp(p, 0.0, 100.0);
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank) {
            // The middle of the bucket, within what was actually recorded.
            const int b = int(i);
            const qint64 mid = bucketLow(b) + (bucketHigh(b) - bucketLow(b)) / 2;
            return std::clamp(mid, m_min, m_max);
        }
    }
    return m_max;
}

} // namespace mcpc::load
