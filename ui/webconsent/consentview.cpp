#include "webconsent/consentview.h"

#include "webconsent/consentdialog.h"
#include "util/logging.h"

#include <QTimer>

#include <algorithm>

namespace mcpc::ui {

ConsentView::ConsentView(QWidget *window, QString serverName, QObject *parent)
    : AuthorizationUserAgent(parent)
    , m_window(window)
    , m_serverName(std::move(serverName))
{
}

ConsentView::~ConsentView()
{
    close();
}

void ConsentView::open(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    // The same rule as every user agent: https, or http on this machine; never
    // javascript:, data:, file: and the like.
    if (!oauth::isOpenableAuthorizationUrl(authorizationUrl)) {
        const Error e = Error::make(ErrorKind::Auth, tr("Refusing to open a non-https authorization page (%1).")
                                                         .arg(authorizationUrl.adjusted(QUrl::RemoveQuery).toString()));
        QTimer::singleShot(0, this, [this, e] { Q_EMIT failed(e); });
        return;
    }
    if (m_dialog)
        m_dialog->finish();
    m_closed = false;
    auto *d = new ConsentDialog({authorizationUrl, redirectUri, m_serverName}, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = d;
    connect(d, &ConsentDialog::redirectCaught, this, &AuthorizationUserAgent::callbackReceived);
    connect(d, &ConsentDialog::cancelled, this, [this] {
        if (m_closed)
            return;
        m_closed = true;
        Q_EMIT failed(Error::make(ErrorKind::Cancelled, tr("You closed the sign-in window before finishing.")));
    });
    if (m_window) {
        // Fit inside the window and centre over it: a sheet, whatever the window manager
        // does (some place dialogs at the screen's corner).
        const QRect w = m_window->window()->frameGeometry();
        d->resize(d->width(), std::clamp(w.height() - 40, d->minimumHeight(), d->height()));
        d->move(w.center() - d->rect().center());
    }
    d->open(); // window-modal, no nested event loop
    d->start();
    Q_EMIT dialogOpened(d);
}

void ConsentView::close()
{
    m_closed = true;
    if (ConsentDialog *d = m_dialog) {
        m_dialog = nullptr;
        d->disconnect(this);
        d->finish(); // WA_DeleteOnClose: it deletes itself
    }
}

} // namespace mcpc::ui
