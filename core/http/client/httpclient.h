#pragma once

#include "http/client/clientreply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace mcpc::http {

class ClientConnection;

// A small asynchronous HTTP/1.1 client for MCP traffic: keep-alive connections per
// origin (at most maxConnectionsPerOrigin, then requests queue), streaming bodies, TLS
// with the OS trust store, the system proxy (http_proxy/https_proxy/no_proxy, SOCKS).
// It exists because QNetworkAccessManager's per-request thread hand-off cost several
// times more CPU per tools/call than the protocol work itself (see tests/bench).
// Redirects are not followed: MCP endpoints don't redirect, and a 3xx is reported.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // The reply belongs to the client; delete it (deleteLater) after finished().
    ClientReply *send(const ClientRequest &request);

    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    void setMaxConnectionsPerOrigin(int n) { m_maxPerOrigin = n; }
    int maxConnectionsPerOrigin() const { return m_maxPerOrigin; }
    int connectionCount() const { return int(m_connections.size()); }

private:
    void dispatch(ClientReply *reply);
    void onIdle(ClientConnection *connection);
    void onDead(ClientConnection *connection);
    void pump(const QString &originKey);

    QList<ClientConnection *> m_connections;
    QList<QPointer<ClientReply>> m_queue;
    int m_connectTimeoutMs = 30000;
    int m_maxPerOrigin = 6;
};

} // namespace mcpc::http
