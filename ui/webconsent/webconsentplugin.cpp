#include "webconsent/webconsentplugin.h"

#include "apps/web/appwebsurface.h"

#include "webconsent/consentdialog.h"
#include "webconsent/consentview.h"

namespace mcpc::ui {

oauth::AuthorizationUserAgent *WebConsentPlugin::create(QWidget *window, const QString &serverName, QObject *parent,
                                                        std::function<void(QDialog *)> opened)
{
    auto *view = new ConsentView(window, serverName, parent);
    if (opened)
        QObject::connect(view, &ConsentView::dialogOpened, view, [opened](ConsentDialog *dialog) { opened(dialog); });
    return view;
}

AppSurface *WebConsentPlugin::createAppSurface(QWidget *parent)
{
    return new AppWebSurface(parent);
}

} // namespace mcpc::ui
