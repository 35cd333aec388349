#pragma once

#include <functional>

namespace mcpc::http {

struct HttpRequest;
class HttpResponder;

// A request handler: inspect the request, answer through the responder (possibly later).
using HttpHandler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

} // namespace mcpc::http
