#pragma once

#include <QtGlobal>

namespace mcpc::http {

// Bounds on what one client may make the server hold. The defaults suit a loopback
// server that receives JSON-RPC messages and OAuth form posts, not file uploads.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024;       // request line + headers (+ chunk trailers) -> 431
    int maxHeaderCount = 100;                   // -> 431
    qsizetype maxBodyBytes = 4 * 1024 * 1024;   // decoded body -> 413
    int idleTimeoutMs = 30'000;                 // no request in flight and no bytes -> close
    // Deadlines per request, not reset by trickling bytes (a slow-loris client sending a
    // byte a second would keep an idle timer alive forever): from the first byte to the
    // end of the header, then from there to the end of the body -> 408 and close.
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 30'000;
    // At the cap a new connection evicts the connection that has been quiet longest among
    // those with no request in flight (idle keep-alives, half-sent requests); it is refused
    // only when every connection is being answered.
    // The server lowers it to fit the process's descriptor limit.
    int maxConnections = 1024;
    // A new connection that has not sent a byte yet is evicted only when nothing else can
    // be: under a reconnect flood the newest client would otherwise be the next victim
    // before the event loop has even read its request.
    int newcomerGraceMs = 2'000;
    int maxInFlight = 128;                      // requests being answered at once (open streams count) -> 503
    int listenBacklog = 1024;                   // kernel accept queue: a burst of connects is not dropped
};

} // namespace mcpc::http
