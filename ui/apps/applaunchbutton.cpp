#include <QCoreApplication>
#include "apps/applaunchbutton.h"

#include "apps/appresource.h"
#include "apps/appwindow.h"
#include "protocol/mcpclient.h"

namespace mcpc::ui {

AppLaunchButton::AppLaunchButton(QWidget *parent)
    : QPushButton(QCoreApplication::translate("AppLaunchButton", "Open App"), parent)
{
    setObjectName(QStringLiteral("openAppButton"));
    setAccessibleName(QCoreApplication::translate("AppLaunchButton", "Open App"));
    hide();
    connect(this, &QPushButton::clicked, this, [this] { openApp(); });
}

void AppLaunchButton::setClient(McpClient *client)
{
    m_client = client;
}

void AppLaunchButton::setTool(const Tool &tool)
{
    m_tool = tool;
    const QUrl uri = apps::resourceUriOf(tool);
    setVisible(uri.isValid());
    setToolTip(tr("This tool has an App (%1): call it and show its interface").arg(uri.toString()));
}

AppWindow *AppLaunchButton::openApp()
{
    if (!apps::resourceUriOf(m_tool).isValid())
        return nullptr;
    std::optional<nlohmann::json> args = nlohmann::json::object();
    if (m_arguments)
        args = m_arguments();
    if (!args)
        return nullptr; // the form shows what is wrong with the arguments
    auto *w = new AppWindow(m_client, m_tool, *args, window());
    w->show();
    w->start();
    Q_EMIT appOpened(w);
    return w;
}

} // namespace mcpc::ui
