#pragma once

#include "http/httpheaders.h"
#include "http/httpresponse.h"

#include <memory>

namespace mcpc::http {

class HttpExchange;
class HttpStream;

// How a handler answers one request: now or later (keep a copy; it is cheap and safe
// to use after the client has gone, when calls become no-ops). Answer exactly once,
// with send() or stream(). If every copy is dropped without an answer the server sends
// 500, so a forgotten code path can't hang the client.
class HttpResponder
{
public:
    HttpResponder() = default;

    void send(const HttpResponse &response);
    // Starts a streaming response: status and headers now, body through the returned
    // stream (nullptr if the client is gone or an answer was already given). HTTP/1.1
    // clients get chunked framing, HTTP/1.0 clients a body ended by closing.
    HttpStream *stream(int status, const HttpHeaders &headers);

    bool isConnected() const;   // the client is still there
    bool hasResponded() const;

private:
    friend class HttpConnection;
    explicit HttpResponder(std::shared_ptr<HttpExchange> exchange);
    std::shared_ptr<HttpExchange> m_exchange;
};

} // namespace mcpc::http
