// JSON-RPC frame decoding. Properties: parseFrame never throws and never accepts more
// than it was allowed; every message it accepts survives being rebuilt and serialised
// (same kind, id, method and error code), so what we send back is what we read.

#include "fuzzcheck.h"
#include "jsonrpc/message.h"

namespace rpc = mcpc::jsonrpc;

static nlohmann::json rebuild(const rpc::Message &m)
{
    switch (m.kind) {
    case rpc::Message::Kind::Request: return rpc::makeRequest(m.id, m.method, m.params);
    case rpc::Message::Kind::Notification: return rpc::makeNotification(m.method, m.params);
    case rpc::Message::Kind::Result: return rpc::makeResult(m.id, m.result);
    case rpc::Message::Kind::Error: return rpc::makeError(m.id, m.errorCode, m.errorMessage);
    }
    return {};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = rpc::parseFrame(frame);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    // A frame over the limit is refused whatever it holds.
    if (size > 8)
        FUZZ_CHECK(!rpc::parseFrame(frame, qsizetype(size) - 1));
    for (const rpc::Message &m : *parsed) {
        const auto again = rpc::parseFrame(rpc::serialize(rebuild(m)));
        FUZZ_CHECK(again && again->size() == 1);
        const rpc::Message &r = again->front();
        FUZZ_CHECK(r.kind == m.kind);
        FUZZ_CHECK(rpc::idKey(r.id) == rpc::idKey(m.id));
        FUZZ_CHECK(r.method == m.method);
        FUZZ_CHECK(r.errorCode == m.errorCode);
    }
    return 0;
}
