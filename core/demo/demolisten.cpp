#include "demo/demolisten.h"

#include "http/httpstream.h"
#include "http/sseformat.h"

namespace mcpc::demo {

using nlohmann::json;

namespace {
constexpr const char *kSubscriptionIdKey = "io.modelcontextprotocol/subscriptionId";
const char *const kHonoured[] = {"toolsListChanged", "promptsListChanged", "resourcesListChanged"};

QByteArray sseMessage(const json &message)
{
    return http::formatSseEvent(QByteArray(), QByteArray::fromStdString(message.dump()), "message");
}
} // namespace

DemoListenHub::DemoListenHub(QObject *parent)
    : QObject(parent)
{
}

void DemoListenHub::open(http::HttpResponder responder, const json &requestId, const json &params)
{
    const json wanted = params.value("notifications", json::object());
    Listener l;
    // The listen request's id names the subscription (as in the spec's examples).
    l.subscriptionId = requestId.is_string() ? requestId.get<std::string>() : requestId.dump();
    json honoured = json::object();
    if (wanted.is_object()) {
        for (const char *key : kHonoured) {
            if (wanted.value(key, json()) == true) {
                l.wants.insert(QString::fromLatin1(key));
                honoured[key] = true;
            }
        }
    }
    http::HttpHeaders h;
    h.set("Content-Type", "text/event-stream");
    h.set("Cache-Control", "no-cache");
    h.set("X-Accel-Buffering", "no");
    l.stream = responder.stream(200, h);
    if (!l.stream)
        return;
    l.stream->write(sseMessage({{"jsonrpc", "2.0"},
                           {"method", "notifications/subscriptions/acknowledged"},
                           {"params", {{"_meta", {{kSubscriptionIdKey, l.subscriptionId}}}, {"notifications", honoured}}}}));
    connect(l.stream, &http::HttpStream::closed, this, &DemoListenHub::prune);
    m_listeners.append(l);
}

void DemoListenHub::notify(const char *filterKey, const char *method)
{
    prune();
    const QString key = QString::fromLatin1(filterKey);
    for (const Listener &l : std::as_const(m_listeners)) {
        if (l.wants.contains(key))
            l.stream->write(sseMessage({{"jsonrpc", "2.0"},
                                   {"method", method},
                                   {"params", {{"_meta", {{kSubscriptionIdKey, l.subscriptionId}}}}}}));
    }
}

void DemoListenHub::keepAlive()
{
    prune();
    for (const Listener &l : std::as_const(m_listeners))
        l.stream->write(http::formatSseComment(QByteArray()));
}

void DemoListenHub::closeAll()
{
    const QList<Listener> all = std::exchange(m_listeners, {});
    for (const Listener &l : all) {
        if (l.stream)
            l.stream->end();
    }
}

int DemoListenHub::count() const
{
    int n = 0;
    for (const Listener &l : m_listeners)
        n += l.stream && l.stream->isOpen() ? 1 : 0;
    return n;
}

void DemoListenHub::prune()
{
    m_listeners.removeIf([](const Listener &l) { return !l.stream || !l.stream->isOpen(); });
}

} // namespace mcpc::demo
