#include "http/httprouter.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"

namespace mcpc::http {

void HttpRouter::add(const QByteArray &method, const QString &path, HttpHandler handler)
{
    m_routes.append(Route{method, path, false, std::move(handler)});
}

void HttpRouter::addPrefix(const QByteArray &method, const QString &prefix, HttpHandler handler)
{
    m_routes.append(Route{method, prefix, true, std::move(handler)});
}

int HttpRouter::remove(const QString &pathOrPrefix)
{
    return int(m_routes.removeIf([&](const Route &r) { return r.path == pathOrPrefix; }));
}

void HttpRouter::setFallback(HttpHandler handler)
{
    m_fallback = std::move(handler);
}

bool HttpRouter::hasRoute(const QString &path) const
{
    for (const Route &r : m_routes) {
        if (r.prefix ? prefixMatches(r.path, path) : r.path == path)
            return true;
    }
    return false;
}

bool HttpRouter::prefixMatches(const QString &prefix, const QString &path)
{
    if (!path.startsWith(prefix))
        return false;
    // "/api" must not match "/apiary": a prefix ends at a segment boundary.
    return prefix.endsWith(u'/') || path.size() == prefix.size() || path.at(prefix.size()) == u'/';
}

void HttpRouter::handle(const HttpRequest &request, HttpResponder responder) const
{
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    auto methodOk = [&](const Route &r) {
        return r.method.isEmpty() || r.method == request.method || r.method == method;
    };
    const Route *best = nullptr;
    QList<QByteArray> allowed;
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        if (r.prefix || r.path != request.path)
            continue;
        pathKnown = true;
        if (methodOk(r)) {
            best = &r;
            break;
        }
        allowed.append(r.method);
    }
    if (!best && !pathKnown) {
        for (const Route &r : m_routes) {
            if (!r.prefix || !prefixMatches(r.path, request.path))
                continue;
            if (best && best->path.size() >= r.path.size())
                continue;
            if (methodOk(r)) {
                best = &r;
            } else {
                pathKnown = true;
                allowed.append(r.method);
            }
        }
    }
    if (best) {
        best->handler(request, std::move(responder));
        return;
    }
    if (pathKnown) {
        HttpResponse r = HttpResponse::text(405, QStringLiteral("method not allowed\n"));
        if (allowed.contains("GET"))
            allowed.append("HEAD");
        r.headers.set("Allow", allowed.join(", "));
        responder.send(r);
        return;
    }
    if (m_fallback) {
        m_fallback(request, std::move(responder));
        return;
    }
    responder.send(HttpResponse::text(404, QStringLiteral("not found\n")));
}

HttpHandler HttpRouter::handler() const
{
    return [this](const HttpRequest &request, HttpResponder responder) {
        handle(request, std::move(responder));
    };
}

} // namespace mcpc::http
