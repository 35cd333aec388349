// The demo server's HTTP/1.1 request parser. Properties: the requests parsed (method,
// target, path, headers, decoded body) and the final error status do not depend on how
// the bytes were split into reads; an error is always one of the statuses we answer.

#include "fuzzcheck.h"
#include "http/httprequestparser.h"

using mcpc::http::HttpRequest;
using mcpc::http::HttpRequestParser;

namespace {
struct Outcome
{
    QList<QByteArray> requests; // a digest of each complete request
    int errorStatus = 0;
};

QByteArray digest(const HttpRequest &r)
{
    QByteArray d = r.method + ' ' + r.target + ' ' + r.path.toUtf8() + ' ' + QByteArray::number(r.versionMinor);
    for (const auto &[name, value] : r.headers.fields())
        d += '\n' + name + ':' + value;
    return d + "\n\n" + r.body;
}

Outcome run(const QByteArray &bytes, qsizetype piece)
{
    HttpRequestParser parser;
    Outcome out;
    for (qsizetype at = 0; at < bytes.size() && out.errorStatus == 0; at += piece) {
        parser.append(bytes.mid(at, piece));
        for (;;) {
            const auto state = parser.parse();
            if (state == HttpRequestParser::State::Complete) {
                out.requests << digest(parser.takeRequest());
                continue;
            }
            if (state == HttpRequestParser::State::Error) {
                out.errorStatus = parser.errorStatus();
                FUZZ_CHECK(!parser.errorMessage().isEmpty());
            }
            break;
        }
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const qsizetype piece = in.byte() % 23 + 1;
    const QByteArray bytes = in.rest();
    const Outcome whole = run(bytes, qMax<qsizetype>(bytes.size(), 1));
    const Outcome split = run(bytes, piece);
    FUZZ_CHECK(whole.requests == split.requests);
    FUZZ_CHECK(whole.errorStatus == split.errorStatus);
    static const QList<int> answered{0, 400, 413, 431, 501, 505};
    FUZZ_CHECK(answered.contains(whole.errorStatus));
    return 0;
}
