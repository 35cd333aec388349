#pragma once

#include "demo/demoauth.h"
#include "demo/democatalog.h"
#include "demo/demolisten.h"
#include "demo/demorpc.h"
#include "http/hostguard.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "util/error.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace mcpc::demo {

class DemoSession;

// The built-in demo MCP server: Streamable HTTP at /mcp on a loopback address, dual-era.
// 2025 clients (revision 2025-11-25, also 2025-06-18 and 2025-03-26) open with
// `initialize` and get sessions, SSE for progress and a GET stream for list_changed
// notifications. MCP 2026-07-28 ("modern") requests carry their version in _meta and
// are served statelessly (DemoModernRequest validates them; subscriptions/listen
// replaces the GET stream; GET/DELETE without a session get 405). Tools, resources and
// prompts come from catalog(); who the caller is comes from the auth gate (open by default).
//
// Open by default (every caller is the demo user). DemoAuthServer (demoauthserver.h)
// turns sign-in on through the extension points: setAuthGate() (every /mcp request, plus
// per-tool scopes), router() for /.well-known/..., /authorize, /token, ... and
// DemoTool::requiredScopes. get_user_data reports the gate's DemoAuthContext::user.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close(); // ends every session and connection
    bool isListening() const { return m_http.isListening(); }
    quint16 port() const { return m_http.port(); }
    QUrl url() const; // "http://127.0.0.1:PORT/mcp"
    static QString endpointPath() { return QStringLiteral("/mcp"); }

    http::HttpServer &httpServer() { return m_http; }
    http::HttpRouter &router() { return m_http.router(); }
    http::HostGuard &hostGuard() { return m_hostGuard; }

    void setAuthGate(std::shared_ptr<DemoAuthGate> gate); // nullptr = open (no sign-in)
    DemoAuthGate *authGate() const { return m_gate.get(); }

    // Tools, resources, prompts. After editing catalog().tools directly, call
    // notifyToolsChanged(); addTool()/removeTool() do it themselves.
    DemoCatalog &catalog() { return m_catalog; }
    void addTool(const DemoTool &tool); // replaces a tool of the same name
    bool removeTool(const QString &name);
    void notifyToolsChanged();   // notifications/tools/list_changed on GET and listen streams
    void notifyPromptsChanged(); // notifications/prompts/list_changed on listen streams
    // Adds the tools, resources and prompts the MCP conformance suite's server scenarios
    // call (test_simple_text, test://static-text, test_simple_prompt, ...).
    void enableConformanceFixtures();

    // Knobs for tests (also reachable through hidden CLI flags).
    void setPageSize(int pageSize) { m_rpc.setPageSize(pageSize); } // list page size; 0 = all
    void setSessionTtl(int ms);              // idle sessions expire (404); 0 = never
    void forgetSessions();                   // every current session becomes unknown (404)
    void setRejectSessions(bool reject);     // answer 404 to every session id
    void setKeepAliveInterval(int ms);       // SSE comments on GET streams; 0 = off
    int sessionCount() const { return int(m_sessions.size()); }
    int listenStreamCount() const { return m_listen.count(); } // open subscriptions/listen streams

Q_SIGNALS:
    void sessionStarted(const QString &sessionId);
    void sessionEnded(const QString &sessionId);

private:
    void handleMcp(const http::HttpRequest &request, http::HttpResponder responder);
    void handlePost(const http::HttpRequest &request, http::HttpResponder responder, const DemoAuthContext &auth);
    void handleModernPost(const http::HttpRequest &request, const nlohmann::json &message, bool sse,
                          http::HttpResponder responder, const DemoAuthContext &auth);
    void handleInitialize(const nlohmann::json &message, http::HttpResponder responder);
    void handleGet(const http::HttpRequest &request, http::HttpResponder responder);
    void handleDelete(const http::HttpRequest &request, http::HttpResponder responder);
    // Session and version checks shared by POST/GET/DELETE; on failure the answer was sent.
    DemoSession *requireSession(const http::HttpRequest &request, http::HttpResponder &responder);
    DemoSession *lookup(const QString &id);
    void endSession(const QString &id);
    void sweepExpired();

    http::HttpServer m_http;
    http::HostGuard m_hostGuard;
    std::shared_ptr<DemoAuthGate> m_gate;
    DemoCatalog m_catalog;
    DemoRpc m_rpc;
    QHash<QString, QPointer<DemoSession>> m_sessions;
    DemoListenHub m_listen;
    QTimer m_sweep;
    QTimer m_keepAlive;
    int m_sessionTtlMs = 0;
    bool m_rejectSessions = false;
    bool m_fixtures = false;
};

// {"jsonrpc":"2.0","error":{code,message},"id":null} with the given HTTP status.
http::HttpResponse jsonRpcHttpError(int status, int code, const QString &message);

} // namespace mcpc::demo
