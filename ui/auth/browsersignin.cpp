#include "auth/browsersignin.h"

#include "util/logging.h"

#include <QDesktopServices>
#include <QTimer>

namespace mcpc::ui {

void BrowserSignIn::open(const QUrl &authorizationUrl, const QUrl &)
{
    if (!oauth::isOpenableAuthorizationUrl(authorizationUrl)) {
        const Error e = Error::make(ErrorKind::Auth, tr("Refusing to open a non-https authorization page (%1).")
                                                         .arg(authorizationUrl.adjusted(QUrl::RemoveQuery).toString()));
        QTimer::singleShot(0, this, [this, e] { Q_EMIT failed(e); });
        return;
    }
    // No browser is not a failure: the card shows the address, and the listener waits.
    const bool launched = QDesktopServices::openUrl(authorizationUrl);
    if (!launched)
        qCInfo(lcOAuth) << "no browser could be started for the sign-in page; the sign-in card shows its address";
    Q_EMIT pageOpened(authorizationUrl, launched);
}

} // namespace mcpc::ui
