#include "oauth/clock.h"

#include <QDateTime>

namespace mcpc::oauth {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace mcpc::oauth
