#include "oauth/useragent.h"

#include "oauth/wellknownurls.h"
#include "transport/httpcommon.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

namespace mcpc::oauth {

AuthorizationUserAgent::~AuthorizationUserAgent() = default;

bool isOpenableAuthorizationUrl(const QUrl &url)
{
    return wellknown::isAllowedEndpoint(url);
}

SystemBrowserUserAgent::SystemBrowserUserAgent(std::function<void(const QString &)> notify, QObject *parent)
    : AuthorizationUserAgent(parent)
    , m_notify(std::move(notify))
{
}

void SystemBrowserUserAgent::open(const QUrl &authorizationUrl, const QUrl &)
{
    if (!isOpenableAuthorizationUrl(authorizationUrl)) {
        const Error e = Error::make(ErrorKind::Auth, QStringLiteral("Refusing to open a non-https authorization URL."));
        QTimer::singleShot(0, this, [this, e] { Q_EMIT failed(e); });
        return;
    }
    const QString url = authorizationUrl.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    // rundll32 takes the URL as one argument and never goes through cmd.exe.
    const bool started = QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), url});
#elif defined(Q_OS_MACOS)
    const bool started = QProcess::startDetached(QStringLiteral("open"), {url});
#else
    const bool started = QProcess::startDetached(QStringLiteral("xdg-open"), {url});
#endif
    if (m_notify)
        m_notify(started ? QStringLiteral("Opening your browser to sign in. If it does not open, visit:\n  %1").arg(url)
                         : QStringLiteral("Could not open a browser. Open this URL to sign in:\n  %1").arg(url));
}

PrintUserAgent::PrintUserAgent(std::function<void(const QString &)> notify, QObject *parent)
    : AuthorizationUserAgent(parent)
    , m_notify(std::move(notify))
{
}

void PrintUserAgent::open(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    if (m_notify)
        m_notify(QStringLiteral("Open this URL in a browser on this machine to sign in:\n  %1\nWaiting for the redirect to %2 ...")
                     .arg(authorizationUrl.toString(QUrl::FullyEncoded), redirectUri.toString()));
}

HttpFollowUserAgent::HttpFollowUserAgent(QNetworkAccessManager *network, QObject *parent)
    : AuthorizationUserAgent(parent)
    , m_network(network)
{
}

void HttpFollowUserAgent::open(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    fetch(authorizationUrl, 0);
}

void HttpFollowUserAgent::close()
{
    m_closed = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpFollowUserAgent::fetch(const QUrl &url, int hop)
{
    auto fail = [this](const QString &message, const QString &hint = {}) {
        const Error e = Error::make(ErrorKind::Auth, message, 0, hint);
        QTimer::singleShot(0, this, [this, e] { Q_EMIT failed(e); });
    };
    if (m_closed)
        return;
    if (hop > 10)
        return fail(QStringLiteral("The authorization server redirected too many times."));
    if (!isOpenableAuthorizationUrl(url))
        return fail(QStringLiteral("Refusing to follow a redirect to %1 (only https, or http on this machine).")
                        .arg(url.adjusted(QUrl::RemoveQuery).toString()));
    QNetworkRequest req = http::makeRequest(url, "text/html,application/json;q=0.9,*/*;q=0.5");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(30000);
    m_reply = m_network->get(req);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, hop, fail] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_closed)
            return;
        const bool atRedirectUri = url.host() == m_redirectUri.host() && url.port() == m_redirectUri.port()
                                   && url.path() == m_redirectUri.path();
        if (atRedirectUri)
            return; // the listener has it now and reports the outcome
        const int status = http::statusCode(reply);
        if (status == 0)
            return fail(http::networkError(reply, url).message);
        if (status >= 300 && status < 400) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (next.isEmpty())
                return fail(QStringLiteral("The authorization server sent a redirect without a Location."));
            return fetch(next, hop + 1);
        }
        if (status >= 400)
            return fail(QStringLiteral("The authorization page answered HTTP %1: %2").arg(status).arg(http::bodyExcerpt(reply->readAll())));
        fail(QStringLiteral("The authorization server shows a page that needs a person (HTTP %1), so it cannot be approved "
                            "automatically.").arg(status),
             QStringLiteral("Use --browser system (or print) and approve it in a browser."));
    });
}

} // namespace mcpc::oauth
