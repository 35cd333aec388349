#pragma once

#include "auth/consentviewfactory.h"

#include <QObject>

namespace mcpc::ui {

// The plugin's entry point (mcp-connect-webconsent.so): makes ConsentViews. Everything
// in ui/webconsent/ is built into the plugin, never into the app, so QtWebEngine is
// mapped only once a sign-in needs the embedded page.
class WebConsentPlugin : public QObject, public ConsentViewFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MCPC_CONSENT_VIEW_FACTORY_IID)
    Q_INTERFACES(mcpc::ui::ConsentViewFactory)
public:
    oauth::AuthorizationUserAgent *create(QWidget *window, const QString &serverName, QObject *parent,
                                          std::function<void(QDialog *)> opened) override;
};

} // namespace mcpc::ui
