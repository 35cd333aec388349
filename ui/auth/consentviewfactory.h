#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>

#include <functional>

class QDialog;
class QWidget;

namespace mcpc::oauth {
class AuthorizationUserAgent;
}

namespace mcpc::ui {

// Makes the embedded consent view (QtWebEngine). It lives in a plugin, loaded the first
// time a sign-in needs it (ConsentViewLoader), so starting the app never maps
// QtWebEngine's 100 MiB: see ui/webconsent/.
class ConsentViewFactory
{
public:
    virtual ~ConsentViewFactory() = default;
    // A user agent whose open() shows the page in a dialog over `window`; `opened` is
    // told about each dialog (tests, screenshots).
    virtual oauth::AuthorizationUserAgent *create(QWidget *window, const QString &serverName, QObject *parent,
                                                  std::function<void(QDialog *)> opened) = 0;
};

} // namespace mcpc::ui

#define MCPC_CONSENT_VIEW_FACTORY_IID "org.mcp-connect.ConsentViewFactory/1"
Q_DECLARE_INTERFACE(mcpc::ui::ConsentViewFactory, MCPC_CONSENT_VIEW_FACTORY_IID)
