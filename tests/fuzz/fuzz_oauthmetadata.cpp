// OAuth documents from outside: RFC 9728 protected resource metadata, RFC 8414
// authorization server metadata, and our stored sign-in/client blobs. Properties: what
// is accepted has the fields the flow relies on, a failure names the document, and a
// stored blob round-trips exactly (serialise(parse(x)) parses to the same serialisation).

#include "fuzzcheck.h"
#include "oauth/oauthtypes.h"

using namespace mcpc::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t mode = in.byte() % 4;
    const QByteArray body = in.rest();
    switch (mode) {
    case 0: {
        const auto prm = parseProtectedResourceMetadata(body);
        if (prm)
            FUZZ_CHECK(!prm->resource.isEmpty());
        else
            FUZZ_CHECK(prm.error().message.contains(QStringLiteral("protected resource metadata")));
        break;
    }
    case 1: {
        const auto as = parseAuthServerMetadata(body);
        if (as) {
            FUZZ_CHECK(!as->issuer.isEmpty());
            FUZZ_CHECK(!as->authorizationEndpoint.isEmpty() && !as->tokenEndpoint.isEmpty());
        } else {
            FUZZ_CHECK(as.error().message.contains(QStringLiteral("authorization server metadata")));
        }
        break;
    }
    case 2: {
        const auto record = parseRecord(body);
        if (!record)
            break;
        const QByteArray once = serializeRecord(*record);
        const auto again = parseRecord(once);
        FUZZ_CHECK(again);
        FUZZ_CHECK(serializeRecord(*again) == once);
        break;
    }
    default: {
        const auto client = parseClient(body);
        if (!client)
            break;
        const QByteArray once = serializeClient(*client);
        const auto again = parseClient(once);
        FUZZ_CHECK(again);
        FUZZ_CHECK(serializeClient(*again) == once);
        break;
    }
    }
    return 0;
}
