// WWW-Authenticate parsing (RFC 9110 §11.6.1). Properties: schemes and parameter names
// come out lower-case and non-empty, a challenge has a token68 or params but not both,
// bearerChallenge() finds a Bearer challenge exactly when the parser saw one, and
// splitting a header value list into separate values never invents challenges.

#include "fuzzcheck.h"
#include "oauth/wwwauthenticate.h"

using namespace mcpc::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> values = text.split('\n');
    const QList<WwwAuthChallenge> challenges = parseWwwAuthenticate(values);
    bool sawBearer = false;
    for (const WwwAuthChallenge &c : challenges) {
        FUZZ_CHECK(!c.scheme.isEmpty());
        FUZZ_CHECK(c.scheme == c.scheme.toLower());
        FUZZ_CHECK(c.token68.isEmpty() || c.params.isEmpty());
        for (const auto &[name, value] : c.params) {
            FUZZ_CHECK(!name.isEmpty());
            FUZZ_CHECK(name == name.toLower());
            FUZZ_CHECK(c.hasParam(name));
        }
        sawBearer = sawBearer || c.scheme == "bearer";
    }
    const BearerChallenge bearer = bearerChallenge(values);
    FUZZ_CHECK(bearer.present == sawBearer);
    // Each value parses on its own; together they give the same challenges in order.
    QList<WwwAuthChallenge> oneByOne;
    for (const QByteArray &v : values)
        oneByOne += parseWwwAuthenticate({v});
    FUZZ_CHECK(oneByOne.size() == challenges.size());
    for (qsizetype i = 0; i < challenges.size(); ++i)
        FUZZ_CHECK(oneByOne[i].scheme == challenges[i].scheme && oneByOne[i].params == challenges[i].params);
    return 0;
}
