#pragma once

#include "http/httpheaders.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace mcpc::http {

// A complete response. The server adds Content-Length and Connection itself; any such
// headers set here are replaced, so a handler cannot desynchronise the connection.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &json);
    static HttpResponse text(int status, const QString &text);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse empty(int status);
    static HttpResponse redirect(const QUrl &location, int status = 302);

    static QByteArray reasonPhrase(int status);
    // Status line + headers + blank line, for a body framed by Content-Length (fixed
    // responses) or by the given extra headers (streams).
    static QByteArray serializeHead(int status, const HttpHeaders &headers, int versionMinor);
};

} // namespace mcpc::http
