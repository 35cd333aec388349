#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace mcpc::oauth {

// What a redirect back from the authorization server must satisfy.
struct CallbackExpectation
{
    QUrl redirectUri;       // exactly this scheme, host, port and path
    QString state;          // must match exactly
    QString issuer;         // RFC 9207: `iss`, when present, must equal it
    bool issRequired = false;
};

struct CallbackResult
{
    enum class Kind { Code, Rejected, WrongState, NotForUs };
    Kind kind = Kind::Rejected;
    QString code;
    Error error;
};

// Checks one callback URL. NotForUs: another path or port (e.g. /favicon.ico), ignore.
// WrongState: our path but not this sign-in's `state` (a stale tab, or another local
// program guessing): refused, but it proves nothing about the real answer still to come.
// Rejected: this sign-in's answer, but wrong (issuer mismatch, an error from the AS, no code).
// On a state or issuer mismatch the AS's error fields are not shown (spec 2026-07-28).
CallbackResult checkCallback(const CallbackExpectation &expected, const QUrl &received);

// The redirect target for native apps (RFC 8252 §7.3): a one-shot HTTP listener on
// 127.0.0.1. Bound before the authorization URL is built, so the redirect URI carries
// the real port. Takes one valid callback, answers a small "you can close this window"
// page, then closes. Times out (5 minutes by default). One finished().
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Binds 127.0.0.1:preferredPort, or an ephemeral port if that is 0 or busy.
    Result<void> listen(quint16 preferredPort = 0);
    QUrl redirectUri() const;
    quint16 port() const;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Starts waiting for the callback that satisfies `expected` (redirectUri is filled in).
    void expect(const QString &state, const QString &issuer, bool issRequired);
    // A callback seen elsewhere (e.g. the GUI's web view intercepting the redirect).
    void deliver(const QUrl &callbackUrl);
    void cancel(const Error &why);

    bool ok() const { return m_ok; }
    QString code() const { return m_code; } // never log it
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &html);
    void done(bool ok, const Error &error = {});

    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets; // open connections, oldest first
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 5 * 60 * 1000;
    CallbackExpectation m_expected;
    bool m_waiting = false;
    bool m_done = false;
    bool m_ok = false;
    QString m_code;
    Error m_error;
};

} // namespace mcpc::oauth
