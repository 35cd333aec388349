#pragma once

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace mcpc {

// How one asynchronous protocol operation (RpcCall, InputRequiredLoop, TaskPoller) ended:
// a JSON result or an Error, set exactly once. succeed() and fail() return false when the
// operation had already ended, so the owner emits its finished() signal only once however
// many paths race to end it (a reply, a timeout, a cancel).
class Outcome
{
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_failed; }
    const nlohmann::json &result() const { return m_result; }
    const Error &error() const { return m_error; }

    bool succeed(nlohmann::json result)
    {
        if (m_finished)
            return false;
        m_finished = true;
        m_result = std::move(result);
        return true;
    }

    bool fail(Error error)
    {
        if (m_finished)
            return false;
        m_finished = true;
        m_failed = true;
        m_error = std::move(error);
        return true;
    }

private:
    nlohmann::json m_result;
    Error m_error;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace mcpc
