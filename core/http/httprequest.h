#pragma once

#include "http/httpheaders.h"
#include "http/urlquery.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace mcpc::http {

// One parsed request, body fully read (chunked bodies already decoded).
struct HttpRequest
{
    QByteArray method;    // as sent, e.g. "GET" (methods are case-sensitive)
    QByteArray target;    // raw request-target, e.g. "/authorize?client_id=x"
    QString path;         // percent-decoded path, e.g. "/authorize"
    QByteArray rawQuery;  // after '?', still encoded
    UrlQuery query;       // decoded query ('+' is a space, as browsers send forms)
    int versionMinor = 1; // HTTP/1.<minor>
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint16 localPort = 0;

    QByteArray header(QByteArrayView name) const { return headers.value(name); }
    bool keepAlive() const;
    // Content-Type without parameters, lower-case: "application/json".
    QByteArray mediaType() const;
    // The body as an HTML form when Content-Type is application/x-www-form-urlencoded,
    // otherwise empty.
    UrlQuery form() const;
    // True when the Accept header admits mediaType ("text/event-stream"), counting
    // wildcards (*/*, text/*) and ignoring q-values except q=0.
    bool accepts(QByteArrayView mediaType) const;
};

} // namespace mcpc::http
