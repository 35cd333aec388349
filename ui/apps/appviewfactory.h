#pragma once

#include <QtPlugin>

class QWidget;

namespace mcpc::ui {

class AppSurface;

// Makes App surfaces (QtWebEngine). Implemented by the web view plugin
// (mcp-connect-webconsent.so, which also holds the sign-in view), loaded the first time
// an App opens (AppViewLoader).
class AppViewFactory
{
public:
    virtual ~AppViewFactory() = default;
    virtual AppSurface *createAppSurface(QWidget *parent) = 0;
};

} // namespace mcpc::ui

#define MCPC_APP_VIEW_FACTORY_IID "org.mcp-connect.AppViewFactory/1"
Q_DECLARE_INTERFACE(mcpc::ui::AppViewFactory, MCPC_APP_VIEW_FACTORY_IID)
