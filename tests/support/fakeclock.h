#pragma once

#include "oauth/clock.h"

namespace mcpc::test {

// A clock the test moves by hand: token expiry without waiting.
class FakeClock : public oauth::Clock
{
public:
    explicit FakeClock(qint64 nowMs = 1'700'000'000'000) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace mcpc::test
