#pragma once

#include <nlohmann/json.hpp>

#include <QHash>
#include <QString>

#include <functional>

namespace mcpc::demo {

// Requests the demo server sends to a 2025-era client inside a session (sampling/createMessage,
// elicitation/create) and the answers the client POSTs back. Each request gets an id unique
// in the session; the handler runs once, with the client's response object or with an error
// response when the session ends first. At most kMaxPending wait at once, so a client that
// never answers cannot make the server hold unbounded state.
class DemoClientRequests
{
public:
    using Handler = std::function<void(const nlohmann::json &response)>;
    static constexpr int kMaxPending = 32;

    ~DemoClientRequests();

    // The JSON-RPC request to send, or null (and the handler already called with an error)
    // when too many are pending.
    nlohmann::json open(const QString &method, const nlohmann::json &params, Handler handler);
    // A response POSTed by the client; false when no request of ours has its id.
    bool deliver(const nlohmann::json &response);
    int pending() const { return int(m_pending.size()); }
    void failAll(const QString &why);

private:
    quint64 m_counter = 0;
    QHash<QString, Handler> m_pending; // key: the id as JSON text
};

// An error response in the shape a client would send, for handlers whose request was never answered.
nlohmann::json clientRequestError(const nlohmann::json &id, const QString &message);

} // namespace mcpc::demo
