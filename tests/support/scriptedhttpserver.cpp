#include "scriptedhttpserver.h"

#include <QTcpSocket>

#include <nlohmann/json.hpp>

namespace mcpc::test {

QByteArray ScriptedRequest::jsonMethod() const
{
    auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (j.is_object() && j.contains("method") && j["method"].is_string())
        return QByteArray::fromStdString(j["method"].get<std::string>());
    return {};
}

QByteArray ScriptedRequest::jsonId() const
{
    auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (j.is_object() && j.contains("id"))
        return QByteArray::fromStdString(j["id"].dump());
    return {};
}

ScriptedConnection::ScriptedConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
}

bool ScriptedConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ScriptedConnection::sendRaw(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void ScriptedConnection::respond(int status, const QByteArray &body, const QByteArray &contentType,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    if (!body.isEmpty() || status != 202)
        r += "Content-Type: " + contentType + "\r\n";
    for (const auto &[k, v] : headers)
        r += k + ": " + v + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    sendRaw(r);
}

void ScriptedConnection::startSse(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray r = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n";
    for (const auto &[k, v] : headers)
        r += k + ": " + v + "\r\n";
    r += "\r\n";
    sendRaw(r);
}

void ScriptedConnection::sseEvent(const QByteArray &data, const QByteArray &id, const QByteArray &event, int retryMs)
{
    QByteArray e;
    if (!event.isEmpty())
        e += "event: " + event + "\n";
    if (!id.isEmpty())
        e += "id: " + id + "\n";
    if (retryMs >= 0)
        e += "retry: " + QByteArray::number(retryMs) + "\n";
    e += "data: " + data + "\n\n";
    sendRaw(e);
}

void ScriptedConnection::close()
{
    if (m_socket) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

ScriptedHttpServer::ScriptedHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

QList<ScriptedRequest> ScriptedHttpServer::requestsFor(const QByteArray &jsonMethod) const
{
    QList<ScriptedRequest> out;
    for (const ScriptedRequest &r : m_requests)
        if (r.jsonMethod() == jsonMethod)
            out.append(r);
    return out;
}

int ScriptedHttpServer::count(const QByteArray &httpMethod) const
{
    int n = 0;
    for (const ScriptedRequest &r : m_requests)
        n += r.method == httpMethod;
    return n;
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *conn = new ScriptedConnection(socket, socket);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, conn, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                ScriptedRequest req;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                req.method = first.value(0);
                req.path = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = req.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                req.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_requests.append(req);
                Q_EMIT requestReceived(req);
                if (m_handler)
                    m_handler(req, conn);
            }
        });
    }
}

} // namespace mcpc::test
