#pragma once

#include "demo/demoauth.h"
#include "demo/democatalog.h"
#include "demo/demomodernrequest.h"
#include "demo/demorequeststate.h"
#include "demo/demotask.h"
#include "demo/demotool.h"
#include "http/httpresponse.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mcpc::http {
struct HttpRequest;
}

namespace mcpc::demo {

class DemoSession;

// What a request needs besides its JSON: the session, the HTTP request (for scope
// checks), who is calling, and where notifications tied to it (progress, log) go.
struct DemoRequestContext
{
    DemoSession *session = nullptr;
    const http::HttpRequest *http = nullptr;
    DemoAuthContext auth;
    DemoAuthGate *gate = nullptr;
    DemoToolCall::Sink notify;
    // MCP 2026-07-28 requests: what _meta said (null on the 2025 session path), and
    // where a started tool call is registered so closing the stream cancels it.
    const DemoModernMeta *modern = nullptr;
    std::function<void(DemoToolCall *call)> trackCall;
};

// The demo's JSON-RPC methods, independent of HTTP: ping, tools/*, resources/*,
// prompts/*, completion/complete, logging/setLevel; initialize's result is built here
// but sessions are created by the transport (DemoServer). Modern (2026-07-28) requests
// get server/discover, MRTR rounds (inputResponses, sealed requestState), -32602 for an
// unknown resource, and decorated results (DemoModernResult); the removed session
// methods are "method not found" for them.
class DemoRpc
{
public:
    // Receives the JSON-RPC response, or null when none is due (cancelled request).
    using Respond = std::function<void(const nlohmann::json &response)>;

    explicit DemoRpc(const DemoCatalog *catalog);

    void setPageSize(int pageSize) { m_pageSize = pageSize; } // <= 0: one page
    int pageSize() const { return m_pageSize; }

    // Answers through respond (now or later). Returns an HTTP response instead when the
    // whole HTTP exchange must be refused (403 insufficient_scope from the auth gate);
    // respond is then never called.
    std::optional<http::HttpResponse> handleRequest(const nlohmann::json &request, const DemoRequestContext &ctx,
                                                    Respond respond);
    void handleNotification(const nlohmann::json &notification, DemoSession *session);

    nlohmann::json initializeResult(const nlohmann::json &params, QString *negotiatedVersion) const;
    nlohmann::json discoverResult() const;
    static nlohmann::json serverInfo();
    const DemoRequestState &requestStates() const { return m_states; }

    static const QStringList &supportedVersions(); // newest first
    static QString negotiate(const QString &requested);
    static nlohmann::json errorResponse(const nlohmann::json &id, int code, const QString &message);
    static nlohmann::json resultResponse(const nlohmann::json &id, const nlohmann::json &result);

    // JSON-RPC and MCP error codes.
    static constexpr int ParseError = -32700;
    static constexpr int InvalidRequest = -32600;
    static constexpr int MethodNotFound = -32601;
    static constexpr int InvalidParams = -32602;
    static constexpr int InternalError = -32603;
    static constexpr int ResourceNotFound = -32002;

    struct Page
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString nextCursor;
    };

private:
    std::optional<http::HttpResponse> handleModern(const nlohmann::json &id, const std::string &method,
                                                   const nlohmann::json &params, const DemoRequestContext &ctx,
                                                   const Respond &respond);
    std::optional<Page> page(const nlohmann::json &params, qsizetype count) const; // nullopt: bad cursor
    nlohmann::json listTools(const nlohmann::json &id, const nlohmann::json &params, bool modern) const;
    nlohmann::json listResources(const nlohmann::json &id, const nlohmann::json &params) const;
    nlohmann::json listTemplates(const nlohmann::json &id, const nlohmann::json &params) const;
    nlohmann::json listPrompts(const nlohmann::json &id, const nlohmann::json &params, bool modern) const;
    nlohmann::json readResource(const nlohmann::json &id, const nlohmann::json &params, bool modern) const;
    nlohmann::json subscription(const nlohmann::json &id, const nlohmann::json &params, bool subscribe,
                                DemoSession *session) const;
    nlohmann::json getPrompt(const nlohmann::json &id, const nlohmann::json &params, const DemoRequestContext &ctx) const;
    // MRTR: checks inputResponses and opens requestState for `operation`; the error text
    // (for -32602) when they are malformed or the state fails its integrity check.
    std::optional<QString> readInputRound(const nlohmann::json &params, const QString &operation,
                                          const DemoRequestContext &ctx, DemoInputRound *round) const;
    nlohmann::json complete(const nlohmann::json &id, const nlohmann::json &params) const;
    // Tasks extension: tasks/get, tasks/update, tasks/cancel (demorpctasks.cpp).
    nlohmann::json handleTaskRequest(const nlohmann::json &id, const std::string &method, const nlohmann::json &params,
                                     const DemoRequestContext &ctx);
    // A task-capable tool on a modern request: the task, the sync fallback or -32021.
    // False when the call is not the task path's business (runs as a plain call).
    bool startTask(const nlohmann::json &id, const DemoTool &tool, const nlohmann::json &args, const DemoInputRound &round,
                   const DemoRequestContext &ctx, const Respond &respond);
    std::optional<http::HttpResponse> callTool(const nlohmann::json &id, const nlohmann::json &params,
                                               const DemoRequestContext &ctx, const Respond &respond);

    const DemoCatalog *m_catalog;
    DemoRequestState m_states; // random key per server instance
    std::shared_ptr<DemoTasks> m_tasks = std::make_shared<DemoTasks>();
    int m_pageSize = 0;
};

} // namespace mcpc::demo
