#pragma once

#include "apps/appviewfactory.h"
#include "auth/consentviewfactory.h"

#include <QObject>

namespace mcpc::ui {

// The plugin's entry point (mcp-connect-webconsent.so): makes ConsentViews and MCP App views. Everything
// in ui/webconsent/ is built into the plugin, never into the app, so QtWebEngine is
// mapped only once a sign-in needs the embedded page.
class WebConsentPlugin : public QObject, public ConsentViewFactory, public AppViewFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MCPC_CONSENT_VIEW_FACTORY_IID)
    Q_INTERFACES(mcpc::ui::ConsentViewFactory mcpc::ui::AppViewFactory)
public:
    oauth::AuthorizationUserAgent *create(QWidget *window, const QString &serverName, QObject *parent,
                                          std::function<void(QDialog *)> opened) override;
    // MCP Apps (ui/apps/web/): the same plugin, so QtWebEngine is mapped once.
    AppSurface *createAppSurface(QWidget *parent) override;
};

} // namespace mcpc::ui
