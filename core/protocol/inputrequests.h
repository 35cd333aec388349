#pragma once

#include "protocol/inputprovider.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace mcpc {

// One inputRequests map (MCP 2026-07-28 MRTR results and Tasks' input_required state),
// checked in full before anything is asked: the elicitation forms a person must fill in,
// and the answers given at once (roots/list from the provider's configured roots).
struct CollectedInputs
{
    QList<ElicitationRequest> questions;
    nlohmann::json responses = nlohmann::json::object(); // key -> result, answered already
};

// Fails on a malformed map, more than `maxRequests` entries, a sampling request (we have
// no model), a URL elicitation or an unknown method. `provider` may be null (no roots).
Result<CollectedInputs> collectInputRequests(const nlohmann::json &requests, const InputProvider *provider,
                                             const QString &serverName, int maxRequests);

} // namespace mcpc
