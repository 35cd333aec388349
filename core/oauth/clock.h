#pragma once

#include <QtGlobal>

namespace mcpc::oauth {

// Wall-clock time for token expiry. Injected so tests can make a token "expire" without
// waiting (a fake returns whatever the test sets).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch
};

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override;
    static SystemClock *instance();
};

} // namespace mcpc::oauth
