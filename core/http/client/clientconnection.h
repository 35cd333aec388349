#pragma once

#include "http/client/httpresponseparser.h"
#include "util/error.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpSocket;
class QTimer;

namespace mcpc::http {

class ClientReply;

// One keep-alive connection to one origin (directly, through a SOCKS/CONNECT proxy, or
// to an HTTP proxy in absolute-form). Carries one exchange at a time.
class ClientConnection : public QObject
{
    Q_OBJECT
public:
    ClientConnection(const QUrl &origin, const QNetworkProxy &proxy, int connectTimeoutMs, QObject *parent = nullptr);
    ~ClientConnection() override;

    QString originKey() const { return m_originKey; }
    bool isIdle() const { return !m_reply && !m_dead; }
    bool isDead() const { return m_dead; }
    void start(ClientReply *reply);

    static QString originKeyFor(const QUrl &url);

Q_SIGNALS:
    void idle(mcpc::http::ClientConnection *connection);
    void dead(mcpc::http::ClientConnection *connection);
    // A reused connection died before the server sent a single byte for this request:
    // the server most likely closed the idle connection, so a retry is safe.
    void staleRetry(mcpc::http::ClientReply *reply);

private:
    void connectSocket();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void die(const Error &error);
    void finishExchange();

    QUrl m_origin;
    QString m_originKey;
    QNetworkProxy m_proxy;
    bool m_absoluteForm = false;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    HttpResponseParser m_parser;
    QPointer<ClientReply> m_reply;
    bool m_connected = false;
    int m_exchanges = 0; // finished before the current one: only then is the connection a reused one
    bool m_dead = false;
};

} // namespace mcpc::http
