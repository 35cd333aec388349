#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

namespace mcpc::ui {

// The host side of the MCP Apps bridge (ext-apps spec 2026-01-26): JSON-RPC 2.0 over the
// App frame's postMessage. It answers ui/initialize with our host context, sends the
// tool's input and result once the App says it is initialized, proxies the App's
// tools/call to the server (after the person allowed it, once per App), and turns
// ui/open-link, ui/message, size changes and teardown into signals. It never trusts
// what the App sends: anything malformed is refused with a JSON-RPC error or dropped.
// No web engine here: the surface that carries the messages is a separate object.
class AppBridge : public QObject
{
    Q_OBJECT
public:
    // Sends {"result": …} or {"error": {code, message}} back to the App.
    using Reply = std::function<void(const nlohmann::json &reply)>;
    // Runs tools/call on the server (params as the App sent them).
    using ToolCaller = std::function<void(const nlohmann::json &params, Reply reply)>;
    // Asks the person whether the App may call `tool`; answer once.
    using ConsentAsker = std::function<void(const QString &tool, std::function<void(bool allowed)> answer)>;
    // Decides about a link (true: opened).
    using LinkOpener = std::function<bool(const QUrl &url)>;

    explicit AppBridge(QObject *parent = nullptr);

    void setHostInfo(const QString &name, const QString &version);
    void setHostContext(const nlohmann::json &context);
    void setHostCapabilities(const nlohmann::json &capabilities);
    void setToolCaller(ToolCaller caller) { m_callTool = std::move(caller); }
    void setConsentAsker(ConsentAsker asker) { m_askConsent = std::move(asker); }
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }

    bool initialized() const { return m_initialized; }
    const nlohmann::json &appInfo() const { return m_appInfo; }

    // What the host tells the App (kept until the App is initialized).
    void sendToolInput(const nlohmann::json &arguments);
    void sendToolResult(const nlohmann::json &result);
    void sendHostContextChanged(const nlohmann::json &changed);
    // ui/resource-teardown: `done` runs when the App answered (or failed to).
    void teardown(std::function<void()> done);

public Q_SLOTS:
    // One message from the App, as the JSON text its postMessage carried.
    void receive(const QByteArray &message);

Q_SIGNALS:
    void sendToApp(const QByteArray &message); // to the surface
    void appInitialized();
    void messageFromApp(const QString &text);   // ui/message, its text blocks
    void sizeChanged(int width, int height);    // ui/notifications/size-changed (-1: not given)
    void teardownRequested();                    // ui/notifications/request-teardown
    void appLog(const QString &level, const QString &text);
    void toolCalled(const QString &tool, bool allowed);
    void protocolError(const QString &what);     // the App broke the protocol (shown, logged)

private:
    void handleRequest(const nlohmann::json &id, const QString &method, const nlohmann::json &params);
    void handleNotification(const QString &method, const nlohmann::json &params);
    void handleResponse(const nlohmann::json &message);
    void callTool(const nlohmann::json &id, const nlohmann::json &params);
    void respond(const nlohmann::json &id, const nlohmann::json &result);
    void respondError(const nlohmann::json &id, int code, const QString &message);
    void post(const nlohmann::json &message);
    void notifyOrQueue(const char *method, const nlohmann::json &params);

    QString m_hostName = QStringLiteral("mcp-connect");
    QString m_hostVersion;
    nlohmann::json m_hostContext = nlohmann::json::object();
    nlohmann::json m_hostCapabilities = nlohmann::json::object();
    ToolCaller m_callTool;
    ConsentAsker m_askConsent;
    LinkOpener m_openLink;
    bool m_initializeAnswered = false;
    bool m_initialized = false;
    nlohmann::json m_appInfo;
    QList<nlohmann::json> m_queued;             // notifications waiting for initialized
    std::optional<bool> m_consent;              // the person's answer, once asked
    QList<std::function<void(bool)>> m_waitingForConsent;
    qint64 m_nextId = 1;
    QHash<qint64, std::function<void()>> m_pending; // our requests to the App
};

} // namespace mcpc::ui
