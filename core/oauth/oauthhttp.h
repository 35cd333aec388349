#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mcpc::oauth {

// Requests for OAuth endpoints: our User-Agent, JSON accepted, redirects only within
// the same origin (the SSRF guidance; Qt's default follows any non-downgrading one).
QNetworkRequest oauthRequest(const QUrl &url);
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

// {"error": "...", "error_description": "..."} from a failed token/registration call.
struct OAuthErrorBody
{
    QString error;
    QString description;
};
OAuthErrorBody parseOAuthError(const QByteArray &body);

// GETs candidate URLs in order until one answers 2xx: the discovery rule (4xx or no
// answer: try the next; 5xx: stop with an error). One finished() per run.
class FirstFoundFetch : public QObject
{
    Q_OBJECT
public:
    FirstFoundFetch(QNetworkAccessManager *network, QList<QUrl> candidates, QObject *parent = nullptr);
    void start();

    bool found() const { return !m_foundUrl.isEmpty(); }
    QUrl foundUrl() const { return m_foundUrl; }
    QByteArray body() const { return m_body; }
    // Set when nothing was found: the last failure, in plain words.
    const Error &error() const { return m_error; }
    // Nothing found because a candidate failed in a way that must not fall back to the
    // next document or to defaults: a server error (5xx), or a redirect we refused to
    // follow (a loop, or to another origin).
    bool stoppedOnFailure() const { return m_stopped; }
    // One line per attempt ("GET url -> 404"), for `doctor` and debug logs.
    const QStringList &attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

private:
    void tryNext();

    QNetworkAccessManager *m_network;
    QList<QUrl> m_candidates;
    int m_index = 0;
    QUrl m_foundUrl;
    QByteArray m_body;
    Error m_error;
    bool m_stopped = false;
    QStringList m_attempts;
};

} // namespace mcpc::oauth
