#pragma once

#include "protocol/types.h"

#include <QPointer>
#include <QPushButton>

#include <functional>

#include <nlohmann/json.hpp>

namespace mcpc {
class McpClient;
}

namespace mcpc::ui {

class AppWindow;

// "Open App" on the tool page, shown only for a tool whose _meta.ui names a ui://
// resource: opens an AppWindow that calls the tool with the form's arguments and renders
// the App for its result.
class AppLaunchButton : public QPushButton
{
    Q_OBJECT
public:
    explicit AppLaunchButton(QWidget *parent = nullptr);

    void setClient(McpClient *client);
    void setTool(const Tool &tool);
    void setArgumentsSource(std::function<std::optional<nlohmann::json>()> source) { m_arguments = std::move(source); }
    AppWindow *openApp();

Q_SIGNALS:
    void appOpened(mcpc::ui::AppWindow *window);

private:
    QPointer<McpClient> m_client;
    Tool m_tool;
    std::function<std::optional<nlohmann::json>()> m_arguments;
};

} // namespace mcpc::ui
