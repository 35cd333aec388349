#pragma once

#include "util/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mcpc::oauth {

// Shows the authorization page to the user (or not). The flow calls open() once the
// loopback listener is bound; the callback then normally arrives at the listener. A
// front end that renders the page itself (the GUI's consent view) may instead catch the
// redirect to redirectUri and emit callbackReceived() with the full URL; it should
// also emit failed() when the user closes the view. The flow calls close() when done.
class AuthorizationUserAgent : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AuthorizationUserAgent() override;

    virtual void open(const QUrl &authorizationUrl, const QUrl &redirectUri) = 0;
    virtual void close() {}

Q_SIGNALS:
    void failed(const mcpc::Error &error);
    void callbackReceived(const QUrl &callbackUrl);
};

// Only https, or http to this machine: never javascript:, data:, file: and the like.
bool isOpenableAuthorizationUrl(const QUrl &url);

// Opens the default browser with xdg-open / open / start: no shell, the URL as one
// argument (core links no QtGui, so no QDesktopServices). `notify` gets a line telling
// the user what happens, including the URL to paste if no browser appears.
class SystemBrowserUserAgent : public AuthorizationUserAgent
{
    Q_OBJECT
public:
    explicit SystemBrowserUserAgent(std::function<void(const QString &)> notify, QObject *parent = nullptr);
    void open(const QUrl &authorizationUrl, const QUrl &redirectUri) override;

private:
    std::function<void(const QString &)> m_notify;
};

// Prints the URL for the user to open anywhere; the listener waits for the callback.
class PrintUserAgent : public AuthorizationUserAgent
{
    Q_OBJECT
public:
    explicit PrintUserAgent(std::function<void(const QString &)> notify, QObject *parent = nullptr);
    void open(const QUrl &authorizationUrl, const QUrl &redirectUri) override;

private:
    std::function<void(const QString &)> m_notify;
};

// For authorization servers that approve without a page (test servers, the conformance
// suite, the demo server's auto-approve): fetches the authorization URL itself and
// follows redirects (https or loopback only, at most 10) until it reaches the loopback
// redirect URI, which it then requests so the listener gets the callback.
class HttpFollowUserAgent : public AuthorizationUserAgent
{
    Q_OBJECT
public:
    explicit HttpFollowUserAgent(QNetworkAccessManager *network, QObject *parent = nullptr);
    void open(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void close() override;

private:
    void fetch(const QUrl &url, int hop);

    QNetworkAccessManager *m_network;
    QUrl m_redirectUri;
    QNetworkReply *m_reply = nullptr;
    bool m_closed = false;
};

} // namespace mcpc::oauth
