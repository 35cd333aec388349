#pragma once

#include "faketransport.h"
#include "load/loadclock.h"
#include "protocol/mcpclient.h"

#include <QSet>

#include <memory>

namespace mcpc::test {

// A load clock the test moves by hand.
class ManualLoadClock : public load::LoadClock
{
public:
    qint64 nowUs() const override { return now; }
    qint64 now = 1'000'000;
};

// A legacy-era McpClient, handshake done, over a FakeTransport, for tests that fire many
// tools/call requests (load runs): which calls are still open, and answers to them.
class FakeToolServer
{
public:
    FakeToolServer(); // QTRY-waits for the handshake: call from a test function or init()
    ~FakeToolServer();

    McpClient *client() const { return m_client.get(); }
    FakeTransport *transport() const { return m_transport; }
    bool ready() const { return m_ready; }

    QList<nlohmann::json> openCalls() const;
    void answer(const nlohmann::json &request, const nlohmann::json &result);
    void answerError(const nlohmann::json &request, int code, const std::string &message);

private:
    FakeTransport *m_transport;
    std::unique_ptr<McpClient> m_client;
    QSet<qint64> m_answered;
    bool m_ready = false;
};

} // namespace mcpc::test
