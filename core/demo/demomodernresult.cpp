#include "demo/demomodernresult.h"

namespace mcpc::demo {

using nlohmann::json;

bool DemoModernResult::cacheable(const std::string &method)
{
    return method == "server/discover" || method == "tools/list" || method == "prompts/list"
        || method == "resources/list" || method == "resources/templates/list" || method == "resources/read";
}

json DemoModernResult::decorate(const std::string &method, json response, const json &serverInfo)
{
    if (!response.is_object() || !response.contains("result") || !response.at("result").is_object())
        return response;
    json &result = response["result"];
    if (!result.contains("resultType"))
        result["resultType"] = "complete";
    json &meta = result["_meta"];
    if (!meta.is_object())
        meta = json::object();
    meta["io.modelcontextprotocol/serverInfo"] = serverInfo;
    // Interim (input_required) results are not cacheable and carry no hints.
    if (result.at("resultType") == "complete" && cacheable(method)) {
        if (method == "resources/read") {
            result["ttlMs"] = ReadTtlMs;
            result["cacheScope"] = "private";
        } else {
            result["ttlMs"] = method == "server/discover" ? DiscoverTtlMs : ListTtlMs;
            result["cacheScope"] = "public";
        }
    }
    return response;
}

} // namespace mcpc::demo
