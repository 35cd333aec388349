#include "demo/demoexchange.h"

#include "demo/demomodernrequest.h"
#include "demo/demosession.h"
#include "http/httpstream.h"
#include "http/sseformat.h"

namespace mcpc::demo {

using nlohmann::json;

namespace {
constexpr int kRequestCancelled = -32800; // what the SDKs use for a cancelled request
constexpr int kRetryMs = 1000;            // reconnect delay we suggest to clients
} // namespace

DemoPostExchange::DemoPostExchange(http::HttpResponder responder, DemoSession *session, const Options &options,
                                   QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_session(session)
    , m_options(options)
{
}

DemoRpc::Respond DemoPostExchange::expect(const json &requestId)
{
    const int slot = int(m_responses.size());
    m_requestIds.append(requestId);
    m_responses.append(std::nullopt);
    m_written.append(false);
    ++m_outstanding;
    QPointer<DemoPostExchange> self = this;
    return [self, slot](const json &response) {
        if (self)
            self->deliver(slot, response);
    };
}

void DemoPostExchange::addImmediate(const json &response)
{
    m_requestIds.append(json());
    m_responses.append(response);
    m_written.append(false);
}

DemoToolCall::Sink DemoPostExchange::notifier()
{
    QPointer<DemoPostExchange> self = this;
    return [self](const json &message) {
        if (self)
            self->notify(message);
    };
}

std::function<void(DemoToolCall *)> DemoPostExchange::callTracker()
{
    QPointer<DemoPostExchange> self = this;
    return [self](DemoToolCall *call) {
        if (self)
            self->m_calls.append(call);
    };
}

void DemoPostExchange::deliver(int slot, const json &response)
{
    if (m_finished || m_responses[slot].has_value())
        return;
    m_responses[slot] = response;
    --m_outstanding;
    if (m_stream && !response.is_null()) {
        writeEvent(response);
        m_written[slot] = true;
    }
    if (m_dispatched && m_outstanding == 0)
        finish();
}

void DemoPostExchange::notify(const json &message)
{
    if (m_finished)
        return;
    if (m_stream)
        writeEvent(message);
    else if (!m_dispatched || m_options.sseAllowed)
        m_queuedNotifications.append(message); // sent once the stream opens
}

void DemoPostExchange::dispatched()
{
    if (m_finished)
        return;
    m_dispatched = true;
    if (m_outstanding == 0)
        finish();
    else if (m_options.sseAllowed)
        startStream();
}

void DemoPostExchange::refuse(const http::HttpResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_responder.send(response);
    if (m_session) {
        for (const json &id : m_requestIds) {
            if (!id.is_null())
                m_session->cancel(id);
        }
    }
    deleteLater();
}

void DemoPostExchange::startStream()
{
    http::HttpHeaders h;
    h.set("Content-Type", "text/event-stream");
    h.set("Cache-Control", "no-cache");
    if (!m_options.sessionId.isEmpty())
        h.set("Mcp-Session-Id", m_options.sessionId);
    if (m_options.modern)
        h.set("X-Accel-Buffering", "no");
    m_stream = m_responder.stream(200, h);
    if (!m_stream)
        return;
    connect(m_stream, &http::HttpStream::closed, this, &DemoPostExchange::onStreamClosed);
    if (m_options.priming && m_session) {
        // R3 priming event: an id (a resumption cursor) and empty data.
        m_stream->write(http::formatSseEvent(m_session->nextEventId(), QByteArray(), QByteArray(), kRetryMs));
    }
    for (const json &n : std::as_const(m_queuedNotifications))
        writeEvent(n);
    m_queuedNotifications.clear();
    for (qsizetype i = 0; i < m_responses.size(); ++i) {
        if (m_responses[i] && !m_responses[i]->is_null() && !m_written[i]) {
            writeEvent(*m_responses[i]);
            m_written[i] = true;
        }
    }
}

void DemoPostExchange::writeEvent(const json &message)
{
    if (!m_stream)
        return;
    const QByteArray id = m_session ? m_session->nextEventId() : QByteArray();
    m_stream->write(http::formatSseEvent(id, QByteArray::fromStdString(message.dump()), "message"));
}

void DemoPostExchange::sendJson()
{
    json out = json::array();
    for (qsizetype i = 0; i < m_responses.size(); ++i) {
        const json &r = *m_responses[i];
        if (r.is_null()) // cancelled: a plain HTTP answer still needs a body
            out.push_back(DemoRpc::errorResponse(m_requestIds[i], kRequestCancelled, QStringLiteral("Request cancelled")));
        else
            out.push_back(r);
    }
    const json body = m_options.batch ? out : out.at(0);
    const int status = m_options.modern ? DemoModernRequest::httpStatusFor(body) : 200;
    http::HttpResponse resp = http::HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
    if (!m_options.sessionId.isEmpty())
        resp.headers.set("Mcp-Session-Id", m_options.sessionId);
    m_responder.send(resp);
}

void DemoPostExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_stream)
        m_stream->end();
    else if (!m_responder.hasResponded())
        sendJson();
    deleteLater();
}

void DemoPostExchange::onStreamClosed()
{
    if (m_finished || !m_stream || !m_stream->clientGone())
        return;
    // We keep no event store, so a dropped stream can't be resumed: stop the work.
    m_finished = true;
    if (m_session) {
        for (qsizetype i = 0; i < m_responses.size(); ++i) {
            if (!m_responses[i] && !m_requestIds[i].is_null())
                m_session->cancel(m_requestIds[i]);
        }
    }
    for (const QPointer<DemoToolCall> &call : std::as_const(m_calls)) {
        if (call && !call->isFinished())
            call->cancel();
    }
    deleteLater();
}

} // namespace mcpc::demo
