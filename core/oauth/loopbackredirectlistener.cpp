#include "oauth/loopbackredirectlistener.h"

#include "util/logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace mcpc::oauth {

namespace {

constexpr int kMaxRequestBytes = 16 * 1024;
// Other local programs may connect and say nothing: each gets a deadline, and past the cap
// the oldest silent one is dropped, so the browser's callback always gets through.
constexpr int kRequestDeadlineMs = 10'000;
constexpr int kMaxOpenSockets = 32;

QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;color:#222}"
                          "h1{font-size:1.4em}</style></head><body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

QString queryValue(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

// A value from the redirect, fit to quote in a message: attacker-controlled, so bounded.
QString shortened(const QString &s)
{
    return s.size() <= 120 ? s : s.left(117) + QStringLiteral("...");
}

} // namespace

CallbackResult checkCallback(const CallbackExpectation &expected, const QUrl &received)
{
    CallbackResult r;
    const QUrl &e = expected.redirectUri;
    if (received.scheme() != e.scheme() || received.host() != e.host() || received.port() != e.port()
        || received.path() != e.path()) {
        r.kind = CallbackResult::Kind::NotForUs;
        r.error = Error::make(ErrorKind::Auth, QStringLiteral("The redirect went to %1, not to this sign-in's %2.")
                                                   .arg(received.adjusted(QUrl::RemoveQuery).toString(), e.toString()));
        return r;
    }
    const QUrlQuery q(received);
    const QString state = queryValue(q, QStringLiteral("state"));
    if (expected.state.isEmpty() || state != expected.state) {
        r.kind = CallbackResult::Kind::WrongState;
        r.error = Error::make(ErrorKind::Auth,
            QStringLiteral("Sign-in rejected: the answer from the authorization server does not belong to this sign-in "
                           "(state mismatch)."),
            0, QStringLiteral("Start the sign-in again; if it keeps happening, something else is answering on the redirect."));
        return r;
    }
    // RFC 9207 / spec 2026-07-28: a present `iss` is compared with the recorded issuer
    // whether or not the AS advertised it, by simple string comparison (no case folding,
    // port elision, trailing-slash or percent-encoding normalisation); an AS that
    // advertised it must send it. Checked before the code or an error is looked at, so
    // nothing from a mix-up reaches the token endpoint or the user.
    if (q.hasQueryItem(QStringLiteral("iss"))) {
        const QString iss = queryValue(q, QStringLiteral("iss"));
        if (iss != expected.issuer) {
            r.error = Error::make(ErrorKind::Auth,
                QStringLiteral("Sign-in rejected: the authorization response names issuer \"%1\", but this sign-in was "
                               "started at \"%2\" (iss mismatch). The code was not redeemed.")
                    .arg(shortened(iss), expected.issuer),
                0, QStringLiteral("Another authorization server answered (a mix-up attack, or a misconfigured server); "
                                  "sign in again, and tell the server's operator if it keeps happening."));
            return r;
        }
    } else if (expected.issRequired) {
        r.error = Error::make(ErrorKind::Auth,
            QStringLiteral("Sign-in rejected: the authorization server \"%1\" advertises "
                           "authorization_response_iss_parameter_supported but its response has no `iss` (iss missing). The code "
                           "was not redeemed.").arg(expected.issuer),
            0, QStringLiteral("The authorization server is misconfigured (RFC 9207); tell its operator."));
        return r;
    }
    if (q.hasQueryItem(QStringLiteral("error"))) {
        const QString err = queryValue(q, QStringLiteral("error"));
        const QString desc = queryValue(q, QStringLiteral("error_description"));
        if (err == u"access_denied")
            r.error = Error::make(ErrorKind::Auth, QStringLiteral("Access was denied on the consent page%1.")
                                                       .arg(desc.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(desc)),
                                  0, QStringLiteral("Run the sign-in again and choose Allow to connect."));
        else
            r.error = Error::make(ErrorKind::Auth, QStringLiteral("The authorization server refused the sign-in: %1%2")
                                                       .arg(err, desc.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(desc)));
        return r;
    }
    const QString code = queryValue(q, QStringLiteral("code"));
    if (code.isEmpty()) {
        r.error = Error::make(ErrorKind::Auth, QStringLiteral("The authorization server redirected back without a code."));
        return r;
    }
    r.kind = CallbackResult::Kind::Code;
    r.code = code;
    return r;
}

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

Result<void> LoopbackRedirectListener::listen(quint16 preferredPort)
{
    m_server = new QTcpServer(this);
    if (preferredPort && m_server->listen(QHostAddress::LocalHost, preferredPort)) {
        // reused the port of an earlier registration, so its redirect URI still matches
    } else if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        return std::unexpected(Error::make(ErrorKind::Io,
            QStringLiteral("Could not open a local port for the sign-in redirect: %1").arg(m_server->errorString())));
    }
    m_expected.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onConnection);
    return {};
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    return m_expected.redirectUri;
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void LoopbackRedirectListener::expect(const QString &state, const QString &issuer, bool issRequired)
{
    m_expected.state = state;
    m_expected.issuer = issuer;
    m_expected.issRequired = issRequired;
    m_waiting = true;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        done(false, Error::make(ErrorKind::Timeout,
            QStringLiteral("The sign-in was not completed within %1 seconds.").arg(m_timeoutMs / 1000), 0,
            QStringLiteral("Run the sign-in again and finish it in the browser.")));
    });
    m_timer->start(m_timeoutMs);
}

void LoopbackRedirectListener::deliver(const QUrl &callbackUrl)
{
    if (!m_waiting || m_done)
        return;
    const CallbackResult r = checkCallback(m_expected, callbackUrl);
    if (r.kind == CallbackResult::Kind::NotForUs) {
        qCInfo(lcOAuth) << "ignored a callback for another address";
        return;
    }
    if (r.kind == CallbackResult::Kind::Code) {
        m_code = r.code;
        done(true);
    } else {
        done(false, r.error);
    }
}

void LoopbackRedirectListener::cancel(const Error &why)
{
    done(false, why);
}

void LoopbackRedirectListener::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_sockets.removeAll(nullptr);
        if (m_sockets.size() >= kMaxOpenSockets) {
            qCInfo(lcOAuth) << "too many idle local connections to the redirect listener; dropping the oldest";
            m_sockets.takeFirst()->abort();
        }
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kRequestDeadlineMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::onReadable(QTcpSocket *socket)
{
    QByteArray buf = socket->property("buf").toByteArray() + socket->readAll();
    if (buf.size() > kMaxRequestBytes)
        return respond(socket, 431, page(QStringLiteral("Request too large"), QString()));
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buf", buf);
        return;
    }
    const QList<QByteArray> requestLine = buf.left(buf.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET")
        return respond(socket, 405, page(QStringLiteral("Not supported"), QString()));
    QUrl received = m_expected.redirectUri.resolved(QUrl::fromEncoded(requestLine.at(1)));
    if (!m_waiting || m_done)
        return respond(socket, 404, page(QStringLiteral("Nothing to do here"),
                                         QStringLiteral("This sign-in is already finished. You can close this window.")));
    const CallbackResult r = checkCallback(m_expected, received);
    if (r.kind == CallbackResult::Kind::NotForUs)
        return respond(socket, 404, page(QStringLiteral("Not found"), QString()));
    if (r.kind == CallbackResult::Kind::Code) {
        respond(socket, 200, page(QStringLiteral("Signed in"),
                                  QStringLiteral("MCP Connect is signed in. You can close this window.")));
        m_code = r.code;
        done(true);
        return;
    }
    if (r.kind == CallbackResult::Kind::WrongState) {
        // Any local program can connect here; only the one who knows the state may end
        // the sign-in. Refused, and the real callback is still awaited.
        qCInfo(lcOAuth) << "refused a callback with the wrong state; still waiting";
        return respond(socket, 400, page(QStringLiteral("Not this sign-in"),
            r.error.message + QStringLiteral(" MCP Connect is still waiting for the sign-in it started.")));
    }
    respond(socket, 400, page(QStringLiteral("Sign-in failed"),
                              r.error.message + QStringLiteral(" You can close this window and try again.")));
    done(false, r.error);
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QByteArray &html)
{
    const char *reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : status == 404 ? "Not Found" : "Error";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n";
    head += "Content-Length: " + QByteArray::number(html.size()) + "\r\n\r\n";
    socket->write(head + html);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::done(bool ok, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_waiting = false;
    m_ok = ok;
    m_error = error;
    if (m_timer)
        m_timer->stop();
    // One callback, then close: nothing else can reach this port any more.
    if (m_server)
        m_server->close();
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace mcpc::oauth
