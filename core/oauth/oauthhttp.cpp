#include "oauth/oauthhttp.h"

#include "oauth/wellknownurls.h"
#include "transport/httpcommon.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace mcpc::oauth {

QNetworkRequest oauthRequest(const QUrl &url)
{
    QNetworkRequest req = http::makeRequest(url, "application/json");
    req.setRawHeader("MCP-Protocol-Version", "2025-11-25");
    req.setTransferTimeout(30000);
    return req;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

OAuthErrorBody parseOAuthError(const QByteArray &body)
{
    OAuthErrorBody e;
    const auto o = parseJson(body, QStringLiteral("The error response")).value_or(nlohmann::json());
    if (o.is_object()) {
        if (auto it = o.find("error"); it != o.end() && it->is_string())
            e.error = QString::fromStdString(it->get<std::string>());
        if (auto it = o.find("error_description"); it != o.end() && it->is_string())
            e.description = QString::fromStdString(it->get<std::string>());
    }
    return e;
}

FirstFoundFetch::FirstFoundFetch(QNetworkAccessManager *network, QList<QUrl> candidates, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_candidates(std::move(candidates))
{
}

void FirstFoundFetch::start()
{
    QTimer::singleShot(0, this, &FirstFoundFetch::tryNext);
}

void FirstFoundFetch::tryNext()
{
    if (m_index >= m_candidates.size()) {
        if (m_error.message.isEmpty())
            m_error = Error::make(ErrorKind::Auth, QStringLiteral("No metadata document was found."));
        Q_EMIT finished();
        return;
    }
    const QUrl url = m_candidates.at(m_index++);
    if (!wellknown::isAllowedEndpoint(url)) {
        m_attempts << QStringLiteral("GET %1 -> skipped (not https)").arg(url.toString());
        m_error = Error::make(ErrorKind::Auth, QStringLiteral("Refusing to fetch OAuth metadata over plain HTTP from %1.").arg(url.host()),
                              0, QStringLiteral("Authorization servers must use HTTPS (plain HTTP is only accepted on this machine)."));
        tryNext();
        return;
    }
    qCDebug(lcOAuth) << "GET" << url.toString();
    QNetworkReply *reply = m_network->get(oauthRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = http::statusCode(reply);
        const QByteArray body = reply->readAll();
        m_attempts << QStringLiteral("GET %1 -> %2").arg(url.toString(), status ? QString::number(status) : reply->errorString());
        if (status >= 200 && status < 300) {
            m_foundUrl = url;
            m_body = body;
            Q_EMIT finished();
            return;
        }
        if (status >= 500) {
            m_error = http::httpStatusError(status, body, url);
            m_stopped = true;
            Q_EMIT finished();
            return;
        }
        if (reply->error() == QNetworkReply::TooManyRedirectsError || reply->error() == QNetworkReply::InsecureRedirectError) {
            // The document is there but moved somewhere we will not go: say so, rather
            // than carry on as if it did not exist and fail later for a reason that misleads.
            m_error = http::networkError(reply, url);
            m_stopped = true;
            Q_EMIT finished();
            return;
        }
        m_error = status ? http::httpStatusError(status, body, url) : http::networkError(reply, url);
        tryNext();
    });
}

} // namespace mcpc::oauth
