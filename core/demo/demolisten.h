#pragma once

#include "http/httpresponder.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace mcpc::http {
class HttpStream;
}

namespace mcpc::demo {

// subscriptions/listen (MCP 2026-07-28, basic/patterns/subscriptions): each listen
// request keeps its SSE response open. The first event acknowledges the notification
// types we honour; later list-change notifications go to the streams that opted in,
// tagged with the stream's io.modelcontextprotocol/subscriptionId. Request-scoped
// notifications (progress, log) never come here.
class DemoListenHub : public QObject
{
    Q_OBJECT
public:
    explicit DemoListenHub(QObject *parent = nullptr);

    // Filter keys we can deliver: toolsListChanged, promptsListChanged, resourcesListChanged.
    void open(http::HttpResponder responder, const nlohmann::json &requestId, const nlohmann::json &params);
    // Sends `method` to every stream whose filter has `filterKey`.
    void notify(const char *filterKey, const char *method);
    void keepAlive();
    void closeAll();
    int count() const;

private:
    struct Listener
    {
        QPointer<http::HttpStream> stream;
        std::string subscriptionId;
        QSet<QString> wants;
    };
    void prune();

    QList<Listener> m_listeners;
};

} // namespace mcpc::demo
