#include "faketoolserver.h"

#include <QSignalSpy>
#include <QTest>

using nlohmann::json;

namespace mcpc::test {

FakeToolServer::FakeToolServer()
    : m_transport(new FakeTransport)
{
    ClientOptions options;
    options.eraPreference = EraPreference::Legacy;
    m_client = std::make_unique<McpClient>(m_transport, options);
    QSignalSpy ready(m_client.get(), &McpClient::ready);
    m_client->connectToServer();
    if (!QTest::qWaitFor([this] { return m_transport->sentWithMethod("initialize").size() == 1; }))
        return;
    m_transport->completeHandshake();
    m_ready = QTest::qWaitFor([&] { return ready.size() == 1; });
}

FakeToolServer::~FakeToolServer() = default;

QList<json> FakeToolServer::openCalls() const
{
    QList<json> out;
    for (const json &m : m_transport->sentWithMethod("tools/call"))
        if (!m_answered.contains(m["id"].get<qint64>()))
            out.append(m);
    return out;
}

void FakeToolServer::answer(const json &request, const json &result)
{
    m_answered.insert(request["id"].get<qint64>());
    m_transport->deliver({{"jsonrpc", "2.0"}, {"id", request["id"]}, {"result", result}});
}

void FakeToolServer::answerError(const json &request, int code, const std::string &message)
{
    m_answered.insert(request["id"].get<qint64>());
    m_transport->deliver({{"jsonrpc", "2.0"}, {"id", request["id"]}, {"error", {{"code", code}, {"message", message}}}});
}

} // namespace mcpc::test
