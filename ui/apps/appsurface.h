#pragma once

#include "apps/appresource.h"

#include <QWidget>

#include <functional>

namespace mcpc::ui {

// Where an App's HTML runs: a sandboxed web view (ui/apps/web/, in the QtWebEngine
// plugin) that carries the bridge's messages both ways. The rest of the app only
// knows this interface, so it never links QtWebEngine.
class AppSurface : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Serves `resource` (from memory, at its ui:// address) in a fresh frame.
    virtual void load(const AppResource &resource) = 0;
    // One bridge message to the App (JSON text), delivered once the frame is up.
    virtual void postToApp(const QByteArray &message) = 0;
    // Tests only (MCPC_APP_TEST_HOOK=1): runs `op` ("click", "text", "fetch") on the App's
    // element or URL `arg` and reports the result; a no-op otherwise.
    virtual void testProbe(const QString &op, const QString &arg, std::function<void(const QString &)> done) = 0;

Q_SIGNALS:
    void messageFromApp(const QByteArray &message);
    void loaded(bool ok);
    // A request, navigation or pop-up the sandbox refused (shown in the App window's
    // status line and the log).
    void blocked(const QUrl &url, const QString &why);
    // The App asked for a device permission it declared: the host asks the person.
    void permissionAsked(const QString &permission, std::function<void(bool granted)> answer);
};

} // namespace mcpc::ui
