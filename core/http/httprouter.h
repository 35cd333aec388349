#pragma once

#include "http/httphandler.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mcpc::http {

// Maps method + path to handlers, so features (the demo MCP endpoint, OAuth endpoints,
// a loopback redirect listener) can add routes without touching the server.
// Lookup: exact paths first, then the longest matching prefix. A path that exists with
// other methods answers 405 with an Allow header; nothing at all answers 404. HEAD is
// served by the GET handler (the server drops the body).
class HttpRouter
{
public:
    // method empty = any method.
    void add(const QByteArray &method, const QString &path, HttpHandler handler);
    // "/static/" matches "/static/a.css"; "/.well-known" matches itself and "/.well-known/x".
    void addPrefix(const QByteArray &method, const QString &prefix, HttpHandler handler);
    int remove(const QString &pathOrPrefix); // drops every route on it; returns how many
    void setFallback(HttpHandler handler);   // instead of the default 404

    bool hasRoute(const QString &path) const;
    void handle(const HttpRequest &request, HttpResponder responder) const;
    // A handler that routes through this router (for HttpServer::setHandler).
    HttpHandler handler() const;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        HttpHandler handler;
    };
    static bool prefixMatches(const QString &prefix, const QString &path);

    QList<Route> m_routes;
    HttpHandler m_fallback;
};

} // namespace mcpc::http
