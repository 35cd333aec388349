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
    int maxConnections = 256;                   // further connections are closed at once
};

} // namespace mcpc::http
