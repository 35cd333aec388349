#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace mcpc::test {

struct ScriptedRequest
{
    QByteArray method;
    QByteArray path;                      // with query
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray jsonMethod() const;        // "tools/list" for JSON-RPC request bodies
    QByteArray jsonId() const;            // the raw id text ("3", "\"a\"")
};

// One client connection; the handler answers through it, now or later (or never: a
// hanging server), with well-formed or deliberately broken HTTP.
class ScriptedConnection : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedConnection(QTcpSocket *socket, QObject *parent);
    void respond(int status, const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void startSse(const QList<QPair<QByteArray, QByteArray>> &headers = {}); // 200, no length, closes at end
    void sseEvent(const QByteArray &data, const QByteArray &id = {}, const QByteArray &event = {}, int retryMs = -1);
    void sendRaw(const QByteArray &bytes);
    void close();
    bool isOpen() const;

private:
    QPointer<QTcpSocket> m_socket;
};

// A tiny HTTP/1.1 server for unit tests: parses requests (Content-Length bodies,
// keep-alive), records them, and hands each to a script.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ScriptedRequest &, ScriptedConnection *)>;
    explicit ScriptedHttpServer(Handler handler, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/mcp")) const;
    const QList<ScriptedRequest> &requests() const { return m_requests; }
    QList<ScriptedRequest> requestsFor(const QByteArray &jsonMethod) const;
    int count(const QByteArray &httpMethod) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

Q_SIGNALS:
    void requestReceived(const mcpc::test::ScriptedRequest &request);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
};

} // namespace mcpc::test
