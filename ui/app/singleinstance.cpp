#include "app/singleinstance.h"

#include "app/applog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
#include <optional>

#include <unistd.h>

namespace mcpc::ui {

namespace {

constexpr qsizetype kMaxMessageBytes = 64 * 1024;  // a command line, with room to spare
constexpr int kServerReadTimeoutMs = 5000;         // a peer that connects and says nothing
constexpr qsizetype kMaxSocketPath = 100;          // sockaddr_un holds 108 bytes

QByteArray encode(const QStringList &arguments)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}})
               .toJson(QJsonDocument::Compact) + '\n';
}

// One line of JSON -> the arguments, or nothing if it is not exactly what encode() makes.
std::optional<QStringList> decode(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue list = doc.object().value(QStringLiteral("arguments"));
    if (!list.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isString())
            return std::nullopt;
        arguments << v.toString();
    }
    return arguments;
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    // The settings location decides which app a link belongs to: the same user with
    // another HOME (a test, a sandbox) is another app.
    const QByteArray key = QByteArray::number(uint(::getuid())) + '\n' + QDir::homePath().toUtf8() + '\n'
        + QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).toUtf8();
    const QString id = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    // Qt checks that the runtime folder belongs to this user with mode 0700, or makes one.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString path = runtime + QStringLiteral("/mcp-connect-%1.sock").arg(id);
    if (!runtime.isEmpty() && path.size() <= kMaxSocketPath)
        return path;
    return QDir::tempPath() + QStringLiteral("/mcp-connect-%1-%2.sock").arg(uint(::getuid())).arg(id);
}

SingleInstance::HandOff SingleInstance::handOff(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return HandOff::NoneRunning; // no socket, or one left by a crash (refused)
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(timeoutMs))
        return HandOff::NoAnswer;
    QByteArray reply;
    while (!reply.contains('\n') && reply.size() < 256) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
        reply += socket.readAll();
    }
    return reply.startsWith("{\"ok\":true}") ? HandOff::Delivered : HandOff::NoAnswer;
}

bool SingleInstance::listen(QString *error)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Owner-only socket (Qt creates it in a private folder, then moves it in place).
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    // Qt makes an owner-only socket in a private folder and renames it into place, which
    // would silently take the path from a live app: ask first.
    if (QFile::exists(m_path)) {
        QLocalSocket probe;
        probe.connectToServer(m_path);
        if (probe.waitForConnected(1000)) {
            if (error)
                *error = QStringLiteral("another MCP Connect is listening on %1").arg(m_path);
            return false;
        }
        // Left behind by a crash: nobody accepts on it.
        qCInfo(lcDesktop) << "replacing a stale instance socket" << m_path;
        QLocalServer::removeServer(m_path);
    }
    if (m_server->listen(m_path))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kServerReadTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf('\n');
            if (end < 0 && buffer->size() <= kMaxMessageBytes)
                return;
            const auto arguments = end < 0 ? std::nullopt : decode(buffer->left(end));
            if (!arguments) {
                qCWarning(lcDesktop) << "ignored a malformed message on the instance socket";
                socket->abort();
                socket->deleteLater();
                return;
            }
            socket->write("{\"ok\":true}\n");
            socket->disconnectFromServer();
            Q_EMIT argumentsReceived(*arguments);
        });
    }
}

} // namespace mcpc::ui
