#include "apps/appbridge.h"

#include "apps/appslog.h"
#include "util/boundedjson.h"

#include <QPointer>

Q_LOGGING_CATEGORY(lcApps, "mcpc.apps")

using json = nlohmann::json;

namespace mcpc::ui {

namespace {

// The ext-apps protocol revision we implement; an App that asks for another gets ours
// (the App SDK negotiates from the answer).
constexpr char kAppsProtocolVersion[] = "2026-01-26";

constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;

bool validId(const json &id)
{
    return id.is_string() || id.is_number_integer();
}

QString text(const json &v, int max = 2000)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()).left(max) : QString();
}

} // namespace

AppBridge::AppBridge(QObject *parent)
    : QObject(parent)
{
}

void AppBridge::setHostInfo(const QString &name, const QString &version)
{
    m_hostName = name;
    m_hostVersion = version;
}

void AppBridge::setHostContext(const json &context)
{
    m_hostContext = context.is_object() ? context : json::object();
}

void AppBridge::setHostCapabilities(const json &capabilities)
{
    m_hostCapabilities = capabilities.is_object() ? capabilities : json::object();
}

void AppBridge::receive(const QByteArray &message)
{
    // Bounded like every other outside document: an App is a web page we do not control.
    const json m = parseBoundedJson(message).value;
    if (!m.is_object() || m.value("jsonrpc", json()) != "2.0") {
        Q_EMIT protocolError(tr("the App sent something that is not a JSON-RPC 2.0 message"));
        return;
    }
    const auto method = m.find("method");
    if (method == m.end()) {
        handleResponse(m);
        return;
    }
    const json params = m.value("params", json::object());
    if (!method->is_string() || (!params.is_object() && !params.is_null())) {
        if (m.contains("id") && validId(m["id"]))
            respondError(m["id"], kInvalidRequest, tr("invalid request"));
        Q_EMIT protocolError(tr("the App sent a request without a method name or with non-object params"));
        return;
    }
    const QString name = QString::fromStdString(method->get<std::string>());
    if (m.contains("id")) {
        if (!validId(m["id"])) {
            Q_EMIT protocolError(tr("the App sent a request with an invalid id"));
            return;
        }
        handleRequest(m["id"], name, params.is_object() ? params : json::object());
    } else {
        handleNotification(name, params.is_object() ? params : json::object());
    }
}

void AppBridge::handleRequest(const json &id, const QString &method, const json &params)
{
    if (method == u"ui/initialize") {
        if (std::exchange(m_initializeAnswered, true)) {
            respondError(id, kInvalidRequest, tr("already initialized"));
            return;
        }
        m_appInfo = params.value("appInfo", json::object());
        json hostInfo = {{"name", m_hostName.toStdString()}, {"version", m_hostVersion.toStdString()}};
        respond(id, {{"protocolVersion", kAppsProtocolVersion},
                     {"hostInfo", hostInfo},
                     {"hostCapabilities", m_hostCapabilities},
                     {"hostContext", m_hostContext}});
        return;
    }
    if (!m_initializeAnswered) {
        respondError(id, kInvalidRequest, tr("send ui/initialize first"));
        return;
    }
    if (method == u"tools/call") {
        callTool(id, params);
    } else if (method == u"ui/open-link") {
        const QUrl url(text(params.value("url", json()), 4096), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            respondError(id, kInvalidParams, tr("only http and https links can be opened"));
            return;
        }
        const bool opened = m_openLink && m_openLink(url);
        respond(id, opened ? json::object() : json{{"isError", true}});
    } else if (method == u"ui/message") {
        QStringList parts;
        if (const auto c = params.find("content"); c != params.end() && c->is_array()) {
            for (const json &block : *c) {
                if (block.is_object() && block.value("type", json()) == "text")
                    parts << text(block.value("text", json()));
            }
        }
        if (parts.isEmpty()) {
            respondError(id, kInvalidParams, tr("ui/message needs text content"));
            return;
        }
        Q_EMIT messageFromApp(parts.join(QLatin1Char('\n')));
        respond(id, json::object());
    } else if (method == u"ui/request-display-mode") {
        respond(id, {{"mode", "inline"}}); // the only mode this host has
    } else if (method == u"ui/update-model-context") {
        respond(id, json::object()); // no model here: accepted and dropped
    } else if (method == u"ping") {
        respond(id, json::object());
    } else {
        respondError(id, kMethodNotFound, tr("method not supported by this host: %1").arg(method.left(100)));
    }
}

void AppBridge::handleNotification(const QString &method, const json &params)
{
    if (method == u"ui/notifications/initialized") {
        if (!m_initializeAnswered || std::exchange(m_initialized, true))
            return;
        Q_EMIT appInitialized();
        const QList<json> queued = std::exchange(m_queued, {});
        for (const json &n : queued)
            post(n);
    } else if (method == u"ui/notifications/size-changed") {
        auto dim = [&params](const char *k) {
            const auto v = params.find(k);
            return v != params.end() && v->is_number() ? int(qBound(0.0, v->get<double>(), 100000.0)) : -1;
        };
        Q_EMIT sizeChanged(dim("width"), dim("height"));
    } else if (method == u"ui/notifications/request-teardown") {
        Q_EMIT teardownRequested();
    } else if (method == u"notifications/message") {
        const json data = params.value("data", json());
        Q_EMIT appLog(text(params.value("level", json()), 20), data.is_string() ? text(data) : QString::fromStdString(data.dump()).left(2000));
    }
    // Anything else is a notification we do not act on (the spec lets hosts ignore them).
}

void AppBridge::handleResponse(const json &message)
{
    const auto id = message.find("id");
    if (id == message.end() || !id->is_number_integer())
        return;
    if (auto done = m_pending.take(id->get<qint64>()))
        done();
}

void AppBridge::callTool(const json &id, const json &params)
{
    const QString tool = text(params.value("name", json()), 200);
    if (tool.isEmpty()) {
        respondError(id, kInvalidParams, tr("tools/call needs a tool name"));
        return;
    }
    if (params.contains("arguments") && !params["arguments"].is_object()) {
        respondError(id, kInvalidParams, tr("tools/call arguments must be an object"));
        return;
    }
    auto proceed = [this, id, params, tool](bool allowed) {
        Q_EMIT toolCalled(tool, allowed);
        if (!allowed) {
            respondError(id, kInvalidRequest, tr("the user did not allow this App to call tools"));
            return;
        }
        if (!m_callTool) {
            respondError(id, kInternalError, tr("not connected to the server"));
            return;
        }
        json forwarded = {{"name", tool.toStdString()}, {"arguments", params.value("arguments", json::object())}};
        QPointer<AppBridge> self(this);
        m_callTool(forwarded, [self, id](const json &reply) {
            if (!self)
                return;
            if (reply.contains("error"))
                self->post({{"jsonrpc", "2.0"}, {"id", id}, {"error", reply["error"]}});
            else
                self->respond(id, reply.value("result", json::object()));
        });
    };
    if (m_consent) {
        proceed(*m_consent);
        return;
    }
    m_waitingForConsent << proceed;
    if (m_waitingForConsent.size() > 1)
        return; // one question at a time: later calls wait for the same answer
    if (!m_askConsent) {
        m_consent = false;
    } else {
        QPointer<AppBridge> self(this);
        m_askConsent(tool, [self](bool allowed) {
            if (!self || self->m_consent)
                return;
            self->m_consent = allowed;
            const auto waiting = std::exchange(self->m_waitingForConsent, {});
            for (const auto &w : waiting)
                w(allowed);
        });
        return;
    }
    const auto waiting = std::exchange(m_waitingForConsent, {});
    for (const auto &w : waiting)
        w(false);
}

void AppBridge::sendToolInput(const json &arguments)
{
    notifyOrQueue("ui/notifications/tool-input", {{"arguments", arguments.is_object() ? arguments : json::object()}});
}

void AppBridge::sendToolResult(const json &result)
{
    notifyOrQueue("ui/notifications/tool-result", result.is_object() ? result : json::object());
}

void AppBridge::sendHostContextChanged(const json &changed)
{
    for (auto it = changed.begin(); it != changed.end(); ++it)
        m_hostContext[it.key()] = it.value();
    if (m_initialized)
        post({{"jsonrpc", "2.0"}, {"method", "ui/notifications/host-context-changed"}, {"params", changed}});
}

void AppBridge::teardown(std::function<void()> done)
{
    if (!m_initializeAnswered) {
        done();
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(done));
    post({{"jsonrpc", "2.0"}, {"id", id}, {"method", "ui/resource-teardown"}, {"params", json::object()}});
}

void AppBridge::notifyOrQueue(const char *method, const json &params)
{
    json n = {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
    if (m_initialized)
        post(n);
    else
        m_queued << n;
}

void AppBridge::respond(const json &id, const json &result)
{
    post({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
}

void AppBridge::respondError(const json &id, int code, const QString &message)
{
    post({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message.toStdString()}}}});
}

void AppBridge::post(const json &message)
{
    Q_EMIT sendToApp(QByteArray::fromStdString(message.dump(-1, ' ', false, json::error_handler_t::replace)));
}

} // namespace mcpc::ui
