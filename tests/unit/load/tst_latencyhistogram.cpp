// The load test's latency histogram: bucket bounds, exact small values, percentile
// precision against a sorted list, ordering of the percentiles, merge and clear.
#include "load/latencyhistogram.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using mcpc::load::LatencyHistogram;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyIsAllZero()
    {
        LatencyHistogram h;
        QCOMPARE(h.count(), 0);
        QCOMPARE(h.percentile(50), 0);
        QCOMPARE(h.maximum(), 0);
        QCOMPARE(h.mean(), 0.0);
    }

    void bucketsTileTheRangeWithoutGaps()
    {
        for (int b = 0; b < 128 + 20 * 64; ++b) {
            QVERIFY2(LatencyHistogram::bucketLow(b) <= LatencyHistogram::bucketHigh(b), qPrintable(QString::number(b)));
            QCOMPARE(LatencyHistogram::bucketOf(LatencyHistogram::bucketLow(b)), b);
            QCOMPARE(LatencyHistogram::bucketOf(LatencyHistogram::bucketHigh(b)), b);
            QCOMPARE(LatencyHistogram::bucketLow(b + 1), LatencyHistogram::bucketHigh(b) + 1);
            // 64 steps per power of two: a bucket is at most 1/64 of its values wide.
            const qint64 width = LatencyHistogram::bucketHigh(b) - LatencyHistogram::bucketLow(b) + 1;
            QVERIFY(width * 64 <= std::max<qint64>(64, LatencyHistogram::bucketLow(b)));
        }
        QCOMPARE(LatencyHistogram::bucketOf(-5), 0);
        QVERIFY(LatencyHistogram::bucketOf(std::numeric_limits<qint64>::max()) > 0); // clamps, no overflow
    }

    void smallValuesAreExact()
    {
        LatencyHistogram h;
        for (int v = 1; v <= 100; ++v)
            h.record(v);
        QCOMPARE(h.count(), 100);
        QCOMPARE(h.minimum(), 1);
        QCOMPARE(h.maximum(), 100);
        QCOMPARE(h.percentile(50), 50);
        QCOMPARE(h.percentile(90), 90);
        QCOMPARE(h.percentile(99), 99);
        QCOMPARE(h.percentile(100), 100);
        QCOMPARE(h.mean(), 50.5);
    }

    void percentilesAreWithinBucketPrecisionOfTheTruth()
    {
        QRandomGenerator rng(42);
        std::vector<qint64> values;
        LatencyHistogram h;
        for (int i = 0; i < 20000; ++i) {
            // Log-normal-ish: most calls around a millisecond, a long tail.
            const qint64 v = qint64(std::exp(7.0 + 1.2 * rng.generateDouble() * rng.generateDouble() * 4.0));
            values.push_back(v);
            h.record(v);
        }
        std::sort(values.begin(), values.end());
        for (double p : {50.0, 90.0, 99.0, 99.9}) {
            const qint64 truth = values[size_t(std::ceil(p / 100.0 * double(values.size()))) - 1];
            const qint64 got = h.percentile(p);
            QVERIFY2(std::abs(got - truth) <= truth / 64 + 1,
                     qPrintable(QStringLiteral("p%1: got %2, truth %3").arg(p).arg(got).arg(truth)));
        }
        QCOMPARE(h.maximum(), values.back());
        QCOMPARE(h.minimum(), values.front());
        QVERIFY(h.percentile(50) <= h.percentile(90));
        QVERIFY(h.percentile(90) <= h.percentile(99));
        QVERIFY(h.percentile(99) <= h.maximum());
    }

    void percentilesNeverExceedTheRecordedRange()
    {
        LatencyHistogram h;
        h.record(1000001); // a wide bucket: its middle would be above the only value
        QCOMPARE(h.percentile(50), 1000001);
        QCOMPARE(h.percentile(99), 1000001);
    }

    void mergeAndClear()
    {
        LatencyHistogram a, b;
        a.record(10);
        a.record(20);
        b.record(5000);
        a.merge(b);
        QCOMPARE(a.count(), 3);
        QCOMPARE(a.minimum(), 10);
        QCOMPARE(a.maximum(), 5000);
        QCOMPARE(a.percentile(34), 20);
        a.clear();
        QCOMPARE(a.count(), 0);
        QCOMPARE(a.maximum(), 0);
        a.record(7);
        QCOMPARE(a.minimum(), 7);
    }
};

QTEST_APPLESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
