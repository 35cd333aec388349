#pragma once

#include "apps/appresource.h"
#include "protocol/types.h"

#include <QDialog>
#include <QPointer>

#include <nlohmann/json.hpp>

class QLabel;
class QVBoxLayout;

namespace mcpc {
class McpClient;
}

namespace mcpc::ui {

class AppBridge;
class AppSurface;

// One open App: a window that reads the tool's ui:// resource, renders it in the web
// view plugin's sandboxed surface, calls the tool with the form's arguments and hands
// the App its input and result. The App's own tools/call requests go to the same server
// after the person allowed them once; its links open in the browser, its messages show
// under it. Closing the window tears the App down first.
class AppWindow : public QDialog
{
    Q_OBJECT
public:
    AppWindow(McpClient *client, const Tool &tool, const nlohmann::json &arguments, QWidget *parent = nullptr);

    void start();
    AppSurface *surface() const { return m_surface; }
    AppBridge *bridge() const { return m_bridge; }
    QString statusText() const;
    QString messageText() const;

Q_SIGNALS:
    void appInitialized();
    void failed(const QString &message);
    void blocked(const QUrl &url, const QString &why);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onResourceRead(const nlohmann::json &result);
    void fail(const QString &message);
    void showStatus(const QString &text, bool warning);
    void callInitialTool();
    void askConsent(const QString &tool, std::function<void(bool)> answer);

    QPointer<McpClient> m_client;
    Tool m_tool;
    nlohmann::json m_arguments;
    QUrl m_uri;
    AppResource m_resource;
    AppBridge *m_bridge;
    AppSurface *m_surface = nullptr;
    QLabel *m_status;
    QLabel *m_message;
    QVBoxLayout *m_col;
    bool m_tornDown = false;
    bool m_closing = false;
};

} // namespace mcpc::ui
