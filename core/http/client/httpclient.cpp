#include "http/client/httpclient.h"

#include "http/client/clientconnection.h"
#include "profiles/serverprofile.h"

#include <QNetworkProxyFactory>
#include <QTimer>

namespace mcpc::http {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
}

HttpClient::~HttpClient() = default;

ClientReply *HttpClient::send(const ClientRequest &request)
{
    auto *reply = new ClientReply(request, this);
    const QString scheme = request.url.scheme();
    if ((scheme != u"http" && scheme != u"https") || request.url.host().isEmpty()) {
        QTimer::singleShot(0, reply, [reply] {
            reply->fail(Error::make(ErrorKind::Usage, QStringLiteral("Only http:// and https:// URLs can be fetched (got %1).")
                                                          .arg(reply->url().toString())));
        });
        return reply;
    }
    if (request.timeoutMs > 0) {
        QTimer::singleShot(request.timeoutMs, reply, [reply] {
            reply->abortWith(Error::make(ErrorKind::Timeout,
                QStringLiteral("%1 did not answer in time.").arg(reply->url().host())));
        });
    }
    // Queued so callers can connect to the reply's signals first.
    QTimer::singleShot(0, this, [this, p = QPointer<ClientReply>(reply)] {
        if (p && !p->isFinished())
            dispatch(p);
    });
    return reply;
}

void HttpClient::dispatch(ClientReply *reply)
{
    const QString key = ClientConnection::originKeyFor(reply->url());
    int count = 0;
    for (ClientConnection *c : std::as_const(m_connections)) {
        if (c->originKey() != key || c->isDead())
            continue;
        if (c->isIdle()) {
            // A retry never goes on another kept-alive connection: a server that restarted
            // closed all of them, and the client may not have noticed the others yet.
            if (reply->m_retried)
                continue;
            c->start(reply);
            return;
        }
        ++count;
    }
    if (count >= m_maxPerOrigin) {
        m_queue.append(reply);
        return;
    }
    // The system proxy applies, except to this machine: a local server never sits
    // behind the corporate proxy.
    QNetworkProxy proxy(QNetworkProxy::NoProxy);
    if (!isLoopbackHost(reply->url().host())) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(reply->url()));
        if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::DefaultProxy)
            proxy = proxies.first();
    }
    auto *c = new ClientConnection(reply->url(), proxy, m_connectTimeoutMs, this);
    connect(c, &ClientConnection::idle, this, &HttpClient::onIdle);
    connect(c, &ClientConnection::dead, this, &HttpClient::onDead);
    connect(c, &ClientConnection::staleRetry, this, [this](ClientReply *r) {
        r->m_retried = true;
        QTimer::singleShot(0, this, [this, p = QPointer<ClientReply>(r)] {
            if (p && !p->isFinished())
                dispatch(p);
        });
    });
    m_connections.append(c);
    c->start(reply);
}

void HttpClient::onIdle(ClientConnection *connection)
{
    pump(connection->originKey());
}

void HttpClient::onDead(ClientConnection *connection)
{
    m_connections.removeAll(connection);
    connection->deleteLater();
    pump(connection->originKey());
}

void HttpClient::pump(const QString &originKey)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        QPointer<ClientReply> r = m_queue.at(i);
        if (!r || r->isFinished()) {
            m_queue.removeAt(i--);
            continue;
        }
        if (ClientConnection::originKeyFor(r->url()) != originKey)
            continue;
        m_queue.removeAt(i);
        dispatch(r);
        return;
    }
}

} // namespace mcpc::http
