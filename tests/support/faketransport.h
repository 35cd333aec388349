#pragma once

#include "transport/transport.h"

#include <QList>

#include <nlohmann/json.hpp>

namespace mcpc::test {

// A transport the test drives by hand: it records what the client sends and lets the
// test deliver frames, fail requests, expire the session or die.
class FakeTransport : public Transport
{
    Q_OBJECT
public:
    using Transport::Transport;

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    void setNegotiatedVersion(const QString &version) override { negotiatedVersion = version; }
    void initialized() override { ++initializedCalls; }
    void resetSession() override { ++resetSessionCalls; }
    void responseArrived(const QByteArray &idKey) override { answered.append(idKey); }
    void abandon(const QByteArray &idKey) override { abandoned.append(idKey); }
    QString describe() const override { return QStringLiteral("fake"); }
    bool isHttp() const override { return http; }

    // What the client sent, parsed.
    QList<nlohmann::json> sent;
    QList<OutgoingMessage> sentRaw;
    QList<nlohmann::json> sentWithMethod(const std::string &method) const;
    nlohmann::json lastRequest(const std::string &method) const;

    // Test controls.
    void deliver(const nlohmann::json &message) { Q_EMIT messageReceived(QByteArray::fromStdString(message.dump())); }
    void deliverRaw(const QByteArray &frame) { Q_EMIT messageReceived(frame); }
    // Answers the most recent request with this method.
    void reply(const std::string &method, const nlohmann::json &result);
    void replyError(const std::string &method, int code, const std::string &message);
    // Answers initialize with the given protocol version (and a tools capability).
    void completeHandshake(const std::string &version = "2025-11-25");

    QString negotiatedVersion;
    bool http = false; // what isHttp() says
    int initializedCalls = 0;
    int resetSessionCalls = 0;
    int closeCalls = 0;
    QList<QByteArray> answered;
    QList<QByteArray> abandoned;
};

} // namespace mcpc::test
