#include "http/httpresponse.h"

namespace mcpc::http {

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    HttpResponse r;
    r.status = status;
    r.headers.set("Content-Type", "application/json");
    r.body = json;
    return r;
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    HttpResponse r;
    r.status = status;
    r.headers.set("Content-Type", "text/plain; charset=utf-8");
    r.body = text.toUtf8();
    return r;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse r;
    r.status = status;
    r.headers.set("Content-Type", "text/html; charset=utf-8");
    r.body = html.toUtf8();
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    HttpResponse r;
    r.status = status;
    r.headers.set("Location", location.toEncoded());
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

QByteArray HttpResponse::serializeHead(int status, const HttpHeaders &headers, int versionMinor)
{
    QByteArray out = "HTTP/1." + QByteArray::number(versionMinor == 0 ? 0 : 1) + ' '
                     + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const HttpHeaders::Field &f : headers.fields()) {
        // A CR or LF in a value would let a handler inject headers; drop such fields.
        if (f.first.contains('\r') || f.first.contains('\n') || f.second.contains('\r')
            || f.second.contains('\n'))
            continue;
        out += f.first + ": " + f.second + "\r\n";
    }
    out += "\r\n";
    return out;
}

} // namespace mcpc::http
