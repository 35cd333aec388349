#pragma once

#include "load/loadrun.h"

#include <QList>

namespace mcpc::ui {

// The points of the Load tab's live chart: one LoadInterval per tick (p50, p99, calls),
// the last `capacity` of them, and the axes' ranges: time from the first kept point, and
// a latency ceiling rounded up to 1-2-5 steps so the grid lines land on round numbers.
class LoadChartModel
{
public:
    explicit LoadChartModel(int capacity = 600) : m_capacity(capacity) {}

    void clear() { m_points.clear(); }
    void add(const load::LoadInterval &point);
    const QList<load::LoadInterval> &points() const { return m_points; }
    bool isEmpty() const { return m_points.isEmpty(); }

    qint64 startUs() const { return m_points.isEmpty() ? 0 : m_points.first().atUs; }
    // At least 10 s wide, so a fresh run does not stretch two points over the chart.
    qint64 endUs() const;
    // The y axis top: above every kept p99, at least 1 ms.
    qint64 ceilingUs() const;
    static qint64 niceCeiling(qint64 micros);

private:
    int m_capacity;
    QList<load::LoadInterval> m_points;
};

} // namespace mcpc::ui
