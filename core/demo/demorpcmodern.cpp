// DemoRpc's MCP 2026-07-28 ("modern") half: dispatch, server/discover and MRTR input
// rounds. The 2025 session methods live in demorpc.cpp.
#include "demo/demomodernresult.h"
#include "demo/demorpc.h"

namespace mcpc::demo {

using nlohmann::json;

json DemoRpc::discoverResult() const
{
    json supported = json::array();
    for (const QString &v : DemoModernRequest::supportedVersions())
        supported.push_back(v.toStdString());
    // prompts.listChanged: the listen stream delivers prompt changes like tool changes.
    const json capabilities = {{"tools", {{"listChanged", true}}},
                               {"resources", json::object()},
                               {"prompts", {{"listChanged", true}}},
                               {"completions", json::object()},
                               {"logging", json::object()},
                               {"extensions", {{"io.modelcontextprotocol/tasks", json::object()}}}};
    return json{{"supportedVersions", supported},
                {"capabilities", capabilities},
                {"instructions", "A local demo server. Call get_user_data to see the signed-in user's "
                                 "profile; long_task shows progress; fail shows a tool error."}};
}

std::optional<http::HttpResponse> DemoRpc::handleModern(const json &id, const std::string &method, const json &params,
                                                        const DemoRequestContext &ctx, const Respond &respond)
{
    const json info = serverInfo();
    const Respond done = [respond, method, info](const json &response) {
        respond(response.is_null() ? response : DemoModernResult::decorate(method, response, info));
    };
    if (method == "server/discover")
        done(resultResponse(id, discoverResult()));
    else if (method == "tools/list")
        done(listTools(id, params, true));
    else if (method == "tools/call")
        return callTool(id, params, ctx, done);
    else if (method == "resources/list")
        done(listResources(id, params));
    else if (method == "resources/templates/list")
        done(listTemplates(id, params));
    else if (method == "resources/read")
        done(readResource(id, params, true));
    else if (method == "prompts/list")
        done(listPrompts(id, params, true));
    else if (method == "prompts/get")
        done(getPrompt(id, params, ctx));
    else if (method == "completion/complete")
        done(complete(id, params));
    else if (method == "tasks/get" || method == "tasks/update" || method == "tasks/cancel")
        done(handleTaskRequest(id, method, params, ctx));
    else // includes initialize, ping, logging/setLevel and resources/(un)subscribe: gone in 2026-07-28
        done(errorResponse(id, MethodNotFound, QStringLiteral("Method not found: %1").arg(QString::fromStdString(method))));
    return std::nullopt;
}

std::optional<QString> DemoRpc::readInputRound(const json &params, const QString &operation,
                                               const DemoRequestContext &ctx, DemoInputRound *round) const
{
    round->modern = true;
    if (ctx.modern)
        round->clientCapabilities = ctx.modern->clientCapabilities;
    if (auto it = params.find("inputResponses"); it != params.end()) {
        if (!it->is_object())
            return QStringLiteral("inputResponses must be an object");
        for (auto r = it->begin(); r != it->end(); ++r) {
            if (!r->is_object())
                return QStringLiteral("inputResponses.%1 must be an object (the client's result for that input request)")
                    .arg(QString::fromStdString(r.key()));
        }
        round->responses = *it;
    }
    if (auto it = params.find("requestState"); it != params.end()) {
        if (!it->is_string())
            return QStringLiteral("requestState must be a string");
        const std::optional<json> opened = m_states.open(operation, QString::fromStdString(it->get<std::string>()));
        if (!opened)
            return QStringLiteral("requestState integrity check failed (altered, expired or from another request)");
        round->state = *opened;
    }
    const DemoRequestState *states = &m_states;
    round->seal = [states, operation](const json &payload) { return states->seal(operation, payload); };
    return std::nullopt;
}

} // namespace mcpc::demo
