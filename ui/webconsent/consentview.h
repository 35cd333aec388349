#pragma once

#include "oauth/useragent.h"

#include <QPointer>
#include <QWidget>

namespace mcpc::ui {

class ConsentDialog;

// The GUI's AuthorizationUserAgent: open() shows the authorization page in a ConsentDialog
// (an embedded QtWebEngine view, window-modal over `window`). The redirect to the
// loopback redirect URI is caught inside the view and reported with callbackReceived(),
// so no browser window is needed and the code never crosses the network; the flow's
// listener still checks state and iss. Closing the dialog reports failed(Cancelled).
// "Open in my browser instead" switches to the system browser, and the flow's loopback
// listener receives the answer as with the CLI's SystemBrowserUserAgent.
class ConsentView : public oauth::AuthorizationUserAgent
{
    Q_OBJECT
public:
    ConsentView(QWidget *window, QString serverName, QObject *parent = nullptr);
    ~ConsentView() override;

    void open(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void close() override;

    ConsentDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogOpened(mcpc::ui::ConsentDialog *dialog);

private:
    QPointer<QWidget> m_window;
    QString m_serverName;
    QPointer<ConsentDialog> m_dialog;
    bool m_closed = false;
};

} // namespace mcpc::ui
