#include "tools/loadchartmodel.h"

#include <algorithm>

namespace mcpc::ui {

void LoadChartModel::add(const load::LoadInterval &point)
{
    m_points.append(point);
    if (m_points.size() > m_capacity)
        m_points.remove(0, m_points.size() - m_capacity);
}

qint64 LoadChartModel::endUs() const
{
    if (m_points.isEmpty())
        return 10'000'000;
    return std::max(m_points.last().atUs, startUs() + 10'000'000);
}

qint64 LoadChartModel::ceilingUs() const
{
    qint64 top = 0;
    for (const load::LoadInterval &p : m_points)
        top = std::max(top, p.p99Us);
    return niceCeiling(std::max<qint64>(top, 1000));
}

qint64 LoadChartModel::niceCeiling(qint64 us)
{
    qint64 decade = 1;
    while (decade * 10 <= us)
        decade *= 10;
    for (qint64 step : {1, 2, 5, 10})
        if (decade * step >= us)
            return decade * step;
    return decade * 10;
}

} // namespace mcpc::ui
