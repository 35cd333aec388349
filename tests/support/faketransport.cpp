#include "faketransport.h"

#include <QTimer>

using nlohmann::json;

namespace mcpc::test {

void FakeTransport::open()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
}

void FakeTransport::send(const OutgoingMessage &message)
{
    sentRaw.append(message);
    sent.append(json::parse(message.body.toStdString()));
}

void FakeTransport::close()
{
    ++closeCalls;
    QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
}

QList<json> FakeTransport::sentWithMethod(const std::string &method) const
{
    QList<json> out;
    for (const json &m : sent)
        if (m.value("method", std::string()) == method)
            out.append(m);
    return out;
}

json FakeTransport::lastRequest(const std::string &method) const
{
    const QList<json> all = sentWithMethod(method);
    return all.isEmpty() ? json() : all.last();
}

void FakeTransport::reply(const std::string &method, const json &result)
{
    const json req = lastRequest(method);
    deliver({{"jsonrpc", "2.0"}, {"id", req["id"]}, {"result", result}});
}

void FakeTransport::replyError(const std::string &method, int code, const std::string &message)
{
    const json req = lastRequest(method);
    deliver({{"jsonrpc", "2.0"}, {"id", req["id"]}, {"error", {{"code", code}, {"message", message}}}});
}

void FakeTransport::completeHandshake(const std::string &version)
{
    reply("initialize", {{"protocolVersion", version},
                         {"capabilities", {{"tools", {{"listChanged", true}}}}},
                         {"serverInfo", {{"name", "fake"}, {"version", "1.0"}}}});
}

} // namespace mcpc::test
