#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace mcpc::demo {

// What every modern (MCP 2026-07-28) result carries besides its payload: resultType
// ("complete" unless the handler asked for input), the server's identity in
// _meta io.modelcontextprotocol/serverInfo, and SEP-2549 caching hints (ttlMs,
// cacheScope) on complete results of the cacheable operations.
class DemoModernResult
{
public:
    // Stamps a JSON-RPC response in place of `response`; errors pass through untouched.
    static nlohmann::json decorate(const std::string &method, nlohmann::json response, const nlohmann::json &serverInfo);

    static bool cacheable(const std::string &method);

    // Lists and discovery are the same for every caller, and listChanged covers changes.
    static constexpr int ListTtlMs = 60'000;
    static constexpr int DiscoverTtlMs = 300'000;
    // Resource contents may be the signed-in user's own data.
    static constexpr int ReadTtlMs = 30'000;
};

} // namespace mcpc::demo
