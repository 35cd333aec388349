#include "demo/demorpc.h"

#include "demo/demosession.h"
#include "demo/jsonschemacheck.h"
#include "http/httprequest.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace mcpc::demo {

using nlohmann::json;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

DemoRpc::DemoRpc(const DemoCatalog *catalog)
    : m_catalog(catalog)
{
}

const QStringList &DemoRpc::supportedVersions()
{
    static const QStringList v = {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                  QStringLiteral("2025-03-26")};
    return v;
}

QString DemoRpc::negotiate(const QString &requested)
{
    return supportedVersions().contains(requested) ? requested : supportedVersions().first();
}

json DemoRpc::errorResponse(const json &id, int code, const QString &message)
{
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", str(message)}}}};
}

json DemoRpc::resultResponse(const json &id, const json &result)
{
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}};
}

json DemoRpc::serverInfo()
{
    return json{{"name", "mcp-connect-demo"},
                {"title", "MCP Connect demo server"},
                {"version", QCoreApplication::applicationVersion().isEmpty()
                                ? std::string(MCPC_VERSION)
                                : str(QCoreApplication::applicationVersion())}};
}

json DemoRpc::initializeResult(const json &params, QString *negotiatedVersion) const
{
    const QString version = negotiate(qstr(params, "protocolVersion"));
    if (negotiatedVersion)
        *negotiatedVersion = version;
    json capabilities = {{"tools", {{"listChanged", true}}},
                         {"resources", {{"subscribe", true}}},
                         {"prompts", json::object()},
                         {"completions", json::object()},
                         {"logging", json::object()}};
    return json{{"protocolVersion", str(version)},
                {"capabilities", capabilities},
                {"serverInfo", serverInfo()},
                {"instructions", "A local demo server. Call get_user_data to see the signed-in user's "
                                 "profile; long_task shows progress; fail shows a tool error."}};
}

std::optional<http::HttpResponse> DemoRpc::handleRequest(const json &request, const DemoRequestContext &ctx,
                                                         Respond respond)
{
    const json id = request.at("id");
    const std::string method = request.at("method").get<std::string>();
    const json params = request.contains("params") ? request.at("params") : json::object();
    if (!params.is_object()) {
        respond(errorResponse(id, InvalidParams, QStringLiteral("params must be an object")));
        return std::nullopt;
    }
    if (ctx.modern)
        return handleModern(id, method, params, ctx, respond);
    if (method == "ping")
        respond(resultResponse(id, json::object()));
    else if (method == "tools/list")
        respond(listTools(id, params, false));
    else if (method == "tools/call")
        return callTool(id, params, ctx, respond);
    else if (method == "resources/list")
        respond(listResources(id, params));
    else if (method == "resources/templates/list")
        respond(listTemplates(id, params));
    else if (method == "resources/read")
        respond(readResource(id, params, false));
    else if (method == "resources/subscribe" || method == "resources/unsubscribe")
        respond(subscription(id, params, method == "resources/subscribe", ctx.session));
    else if (method == "prompts/list")
        respond(listPrompts(id, params, false));
    else if (method == "prompts/get")
        respond(getPrompt(id, params, ctx));
    else if (method == "completion/complete")
        respond(complete(id, params));
    else if (method == "logging/setLevel") {
        if (ctx.session && ctx.session->setLogLevel(qstr(params, "level")))
            respond(resultResponse(id, json::object()));
        else
            respond(errorResponse(id, InvalidParams, QStringLiteral("unknown log level")));
    } else if (method == "initialize")
        respond(errorResponse(id, InvalidRequest, QStringLiteral("the session is already initialized")));
    else
        respond(errorResponse(id, MethodNotFound,
                              QStringLiteral("Method not found: %1").arg(QString::fromStdString(method))));
    return std::nullopt;
}

void DemoRpc::handleNotification(const json &notification, DemoSession *session)
{
    const std::string method = notification.at("method").get<std::string>();
    if (!session)
        return;
    if (method == "notifications/initialized") {
        session->setInitialized();
    } else if (method == "notifications/cancelled") {
        const json params = notification.value("params", json::object());
        if (params.is_object() && params.contains("requestId")) {
            const bool stopped = session->cancel(params.at("requestId"));
            qCDebug(lcDemo) << "cancel request" << QString::fromStdString(params.at("requestId").dump())
                            << (stopped ? "stopped" : "not running");
        }
    }
    // Everything else (roots/list_changed, progress from the client, ...) needs nothing.
}

std::optional<DemoRpc::Page> DemoRpc::page(const json &params, qsizetype count) const
{
    qsizetype begin = 0;
    if (params.contains("cursor") && !params.at("cursor").is_null()) {
        // Cursors are opaque to clients; ours are base64url("o:<offset>").
        if (!params.at("cursor").is_string())
            return std::nullopt;
        const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(params.at("cursor").get<std::string>()),
                                                      QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = raw.startsWith("o:");
        begin = ok ? raw.mid(2).toLongLong(&ok) : 0;
        if (!ok || begin <= 0 || begin >= count)
            return std::nullopt;
    }
    Page p;
    p.begin = begin;
    p.end = m_pageSize > 0 ? std::min<qsizetype>(count, begin + m_pageSize) : count;
    if (p.end < count)
        p.nextCursor = QString::fromLatin1(QByteArray("o:" + QByteArray::number(p.end)).toBase64(QByteArray::Base64UrlEncoding));
    return p;
}

namespace {
template<typename List>
json pagedList(const json &id, const List &items, const char *key, const std::optional<DemoRpc::Page> &p)
{
    if (!p)
        return DemoRpc::errorResponse(id, DemoRpc::InvalidParams, QStringLiteral("Invalid cursor"));
    json arr = json::array();
    for (qsizetype i = p->begin; i < p->end; ++i)
        arr.push_back(items[i].toJson());
    json result = {{key, arr}};
    if (!p->nextCursor.isEmpty())
        result["nextCursor"] = p->nextCursor.toStdString();
    return DemoRpc::resultResponse(id, result);
}

// The items an era sees: modern-only fixtures are hidden from 2025 sessions.
template<typename Item>
QList<Item> forEra(const QList<Item> &items, bool modern)
{
    QList<Item> visible;
    for (const Item &i : items) {
        bool hidden = !modern && i.modernOnly;
        if constexpr (requires { i.legacyOnly; })
            hidden = hidden || (modern && i.legacyOnly);
        if (!hidden)
            visible.append(i);
    }
    return visible;
}
} // namespace

// These forward to pagedList, which needs the private Page type through page().
json DemoRpc::listTools(const json &id, const json &params, bool modern) const
{
    QList<DemoTool> tools = forEra(m_catalog->tools, modern);
    if (modern) // a deterministic order (SEP-2549), whatever the order tools were added in
        std::sort(tools.begin(), tools.end(), [](const DemoTool &a, const DemoTool &b) { return a.name < b.name; });
    return pagedList(id, tools, "tools", page(params, tools.size()));
}

json DemoRpc::listResources(const json &id, const json &params) const
{
    return pagedList(id, m_catalog->resources, "resources", page(params, m_catalog->resources.size()));
}

json DemoRpc::listTemplates(const json &id, const json &params) const
{
    return pagedList(id, m_catalog->templates, "resourceTemplates", page(params, m_catalog->templates.size()));
}

json DemoRpc::listPrompts(const json &id, const json &params, bool modern) const
{
    const QList<DemoPrompt> prompts = forEra(m_catalog->prompts, modern);
    return pagedList(id, prompts, "prompts", page(params, prompts.size()));
}

json DemoRpc::readResource(const json &id, const json &params, bool modern) const
{
    const QString uri = qstr(params, "uri");
    if (uri.isEmpty())
        return errorResponse(id, InvalidParams, QStringLiteral("uri is required"));
    const std::optional<DemoResource> r = m_catalog->resource(uri);
    if (!r) {
        // 2026-07-28 (SEP-2164) standardises on -32602; 2025 sessions keep -32002.
        json e = errorResponse(id, modern ? InvalidParams : ResourceNotFound, QStringLiteral("Resource not found"));
        e["error"]["data"] = {{"uri", str(uri)}};
        return e;
    }
    return resultResponse(id, json{{"contents", json::array({r->contents()})}});
}

json DemoRpc::subscription(const json &id, const json &params, bool subscribe, DemoSession *session) const
{
    const QString uri = qstr(params, "uri");
    if (uri.isEmpty())
        return errorResponse(id, InvalidParams, QStringLiteral("uri is required"));
    if (!session)
        return errorResponse(id, InvalidRequest, QStringLiteral("subscriptions need a session"));
    if (!subscribe) { // unsubscribing from something never subscribed is harmless
        session->subscriptions().remove(uri);
        return resultResponse(id, json::object());
    }
    if (!m_catalog->resource(uri)) {
        json e = errorResponse(id, ResourceNotFound, QStringLiteral("Resource not found"));
        e["error"]["data"] = {{"uri", str(uri)}};
        return e;
    }
    // Bounded: one entry per catalog resource or template instance, at most this many.
    if (session->subscriptions().size() >= 256 && !session->subscriptions().contains(uri))
        return errorResponse(id, InvalidRequest, QStringLiteral("too many subscriptions in this session (256)"));
    session->subscriptions().insert(uri);
    return resultResponse(id, json::object());
}

json DemoRpc::getPrompt(const json &id, const json &params, const DemoRequestContext &ctx) const
{
    const QString name = qstr(params, "name");
    const DemoPrompt *p = m_catalog->prompt(name);
    if (p && p->modernOnly && !ctx.modern)
        p = nullptr;
    if (!p)
        return errorResponse(id, InvalidParams, QStringLiteral("Unknown prompt: %1").arg(name));
    QMap<QString, QString> args;
    const json given = params.value("arguments", json::object());
    if (!given.is_object() && !given.is_null())
        return errorResponse(id, InvalidParams, QStringLiteral("arguments must be an object of strings"));
    if (given.is_object()) {
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (!it->is_string())
                return errorResponse(id, InvalidParams, QStringLiteral("argument values must be strings"));
            args.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        }
    }
    for (const DemoPromptArgument &a : p->arguments) {
        if (a.required && args.value(a.name).isEmpty())
            return errorResponse(id, InvalidParams, QStringLiteral("Missing required argument: %1").arg(a.name));
    }
    if (p->interactive) {
        DemoInputRound round;
        if (auto problem = readInputRound(params, QStringLiteral("prompts/get:") + name, ctx, &round))
            return errorResponse(id, InvalidParams, *problem);
        return resultResponse(id, p->interactive(args, round));
    }
    json result = {{"messages", p->render ? p->render(args) : json::array()}};
    if (!p->description.isEmpty())
        result["description"] = str(p->description);
    return resultResponse(id, result);
}

json DemoRpc::complete(const json &id, const json &params) const
{
    const json ref = params.value("ref", json::object());
    const json argument = params.value("argument", json::object());
    if (!ref.is_object() || !argument.is_object())
        return errorResponse(id, InvalidParams, QStringLiteral("ref and argument are required"));
    json values = json::array();
    if (qstr(ref, "type") == u"ref/prompt") {
        if (const DemoPrompt *p = m_catalog->prompt(qstr(ref, "name"))) {
            const QString argName = qstr(argument, "name");
            const QString prefix = qstr(argument, "value");
            for (const DemoPromptArgument &a : p->arguments) {
                if (a.name != argName)
                    continue;
                for (const QString &s : a.suggestions) {
                    if (s.startsWith(prefix, Qt::CaseInsensitive))
                        values.push_back(str(s));
                }
            }
        }
    }
    const auto total = values.size();
    return resultResponse(id, json{{"completion", {{"values", values}, {"total", total}, {"hasMore", false}}}});
}

std::optional<http::HttpResponse> DemoRpc::callTool(const json &id, const json &params, const DemoRequestContext &ctx,
                                                    const Respond &respond)
{
    const QString name = qstr(params, "name");
    const DemoTool *tool = m_catalog->tool(name);
    if (tool && ((tool->modernOnly && !ctx.modern) || (tool->legacyOnly && ctx.modern)))
        tool = nullptr;
    if (!tool) {
        respond(errorResponse(id, InvalidParams, QStringLiteral("Unknown tool: %1").arg(name)));
        return std::nullopt;
    }
    if (!tool->requiredScopes.isEmpty() && ctx.gate && ctx.http) {
        if (auto refusal = ctx.gate->checkScopes(*ctx.http, ctx.auth, tool->requiredScopes))
            return refusal;
    }
    DemoInputRound round;
    if (ctx.modern) {
        for (const QString &cap : tool->requiredClientCapabilities) {
            if (!ctx.modern->hasCapability(cap.toLatin1().constData())) {
                json e = errorResponse(id, DemoModernRequest::MissingRequiredClientCapability,
                                       QStringLiteral("Tool %1 needs the client capability '%2'").arg(name, cap));
                e["error"]["data"] = {{"requiredCapabilities", {{str(cap), json::object()}}}};
                respond(e);
                return std::nullopt;
            }
        }
        if (auto problem = readInputRound(params, QStringLiteral("tools/call:") + name, ctx, &round)) {
            respond(errorResponse(id, InvalidParams, *problem));
            return std::nullopt;
        }
    }
    json args = params.contains("arguments") && !params.at("arguments").is_null() ? params.at("arguments")
                                                                                    : json::object();
    // MCP 2025-11-25: bad arguments are a tool result the model can act on, not a protocol error.
    QStringList problems = args.is_object() ? checkJsonSchema(tool->inputSchema, args)
                                            : QStringList{QStringLiteral("/: arguments must be an object")};
    if (!problems.isEmpty()) {
        respond(resultResponse(id, textResult(QStringLiteral("Invalid arguments for tool %1: %2")
                                                  .arg(name, problems.join(QStringLiteral("; "))),
                                              true)));
        return std::nullopt;
    }
    if (ctx.modern && tool->taskSupport != DemoTool::TaskSupport::None && startTask(id, *tool, args, round, ctx, respond))
        return std::nullopt;
    json token;
    if (auto meta = params.find("_meta"); meta != params.end() && meta->is_object()) {
        if (auto t = meta->find("progressToken"); t != meta->end() && (t->is_string() || t->is_number()))
            token = *t;
    }
    auto *call = new DemoToolCall(args, ctx.auth, token, ctx.session);
    call->setNotificationSink(ctx.notify);
    call->setInput(std::move(round));
    if (ctx.modern) {
        // Modern: logs only when this request's _meta asked for a level.
        const int threshold = ctx.modern->logLevel.isEmpty() ? -1 : DemoSession::levelRank(ctx.modern->logLevel);
        call->setLogFilter([threshold](const QString &level) {
            return threshold >= 0 && DemoSession::levelRank(level) >= threshold;
        });
    } else {
        QPointer<DemoSession> session = ctx.session;
        call->setLogFilter([session](const QString &level) { return session && session->logAllowed(level); });
        if (session)
            call->setClientCapabilities(session->clientCapabilities());
        // Requests to the client travel on this POST's SSE stream; a JSON-only client cannot get them.
        if (session && ctx.http && ctx.http->accepts("text/event-stream")) {
            const DemoToolCall::Sink notify = ctx.notify;
            call->setClientRequester([session, notify](const QString &method, const json &p, DemoToolCall::Sink onResponse) {
                if (!session) {
                    onResponse(clientRequestError(nullptr, QStringLiteral("the session ended")));
                    return;
                }
                const json request = session->clientRequests().open(method, p, onResponse);
                if (!request.is_null())
                    notify(request);
            });
        }
    }
    call->setResultSink([id, respond](const json &result) {
        respond(result.is_null() ? json() : resultResponse(id, result));
    });
    QObject::connect(call, &DemoToolCall::done, call, &QObject::deleteLater);
    if (ctx.session)
        ctx.session->track(id, call);
    else if (ctx.trackCall)
        ctx.trackCall(call);
    tool->run(call);
    return std::nullopt;
}

} // namespace mcpc::demo
