#pragma once

#include "demo/demorpc.h"
#include "demo/demotool.h"
#include "http/httpresponder.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mcpc::http {
class HttpStream;
}

namespace mcpc::demo {

class DemoSession;

// Assembles the HTTP answer to one POST that carried requests. If every response is
// ready once the requests were handed out, the answer is application/json (one object,
// or an array for a batch). Otherwise, when the client accepts it, the answer becomes
// an SSE stream: priming event, then notifications tied to the requests (progress, log)
// as they happen, then the responses; the stream ends after the last one. Clients that
// only accept JSON wait for the JSON answer and miss the notifications.
class DemoPostExchange : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool batch = false;
        bool sseAllowed = false;
        bool priming = false;        // protocol version >= 2025-11-25
        QByteArray sessionId;        // echoed in Mcp-Session-Id
        bool modern = false;         // 2026-07-28: no session; error codes pick the HTTP status
    };

    DemoPostExchange(http::HttpResponder responder, DemoSession *session, const Options &options,
                     QObject *parent = nullptr);

    // One slot per request, in order; the returned callback fills it.
    DemoRpc::Respond expect(const nlohmann::json &requestId);
    void addImmediate(const nlohmann::json &response); // e.g. an invalid batch entry
    DemoToolCall::Sink notifier();
    // Modern requests have no session: the exchange cancels their calls when the client
    // closes the response stream (the 2026-07-28 cancellation signal).
    std::function<void(DemoToolCall *call)> callTracker();
    void dispatched();                                  // all requests were handed out
    void refuse(const http::HttpResponse &response);    // answer this instead (auth gate)

private:
    void deliver(int slot, const nlohmann::json &response);
    void notify(const nlohmann::json &message);
    void startStream();
    void writeEvent(const nlohmann::json &message);
    void sendJson();
    void finish();
    void onStreamClosed();

    http::HttpResponder m_responder;
    QPointer<DemoSession> m_session;
    Options m_options;
    QPointer<http::HttpStream> m_stream;
    QList<nlohmann::json> m_requestIds;
    QList<std::optional<nlohmann::json>> m_responses; // nullopt: pending; null json: none due
    QList<bool> m_written;
    QList<nlohmann::json> m_queuedNotifications;
    QList<QPointer<DemoToolCall>> m_calls;
    int m_outstanding = 0;
    bool m_dispatched = false;
    bool m_finished = false;
};

} // namespace mcpc::demo
