// Our HTTP client's response parser (status line, headers, Content-Length, chunked and
// close-delimited bodies). Properties: status, headers, body and the final state do not
// depend on how the bytes were split into reads, and a body never outgrows the input.

#include "fuzzcheck.h"
#include "http/client/httpresponseparser.h"

using mcpc::http::HttpResponseParser;

namespace {
struct Outcome
{
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    int status = 0;
    QByteArray body;
    QList<mcpc::http::HttpHeaders::Field> headers;
};

Outcome run(const QByteArray &bytes, qsizetype piece, bool head, bool close)
{
    HttpResponseParser parser;
    if (head)
        parser.setRequestMethod("HEAD");
    Outcome out;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        out.state = parser.feed(bytes.mid(at, piece), &out.body);
        if (out.state == HttpResponseParser::State::Error || out.state == HttpResponseParser::State::Done)
            break;
    }
    if (close && out.state != HttpResponseParser::State::Error && out.state != HttpResponseParser::State::Done)
        out.state = parser.closed();
    if (out.state == HttpResponseParser::State::Error)
        FUZZ_CHECK(!parser.errorString().isEmpty());
    out.status = parser.status();
    if (parser.headersComplete())
        out.headers = parser.headers().fields();
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    const qsizetype piece = mode % 19 + 1;
    const bool head = mode & 0x40, close = mode & 0x80;
    const QByteArray bytes = in.rest();
    const Outcome whole = run(bytes, qMax<qsizetype>(bytes.size(), 1), head, close);
    FUZZ_CHECK(whole.body.size() <= bytes.size());
    if (whole.state == HttpResponseParser::State::Error)
        return 0; // where a limit trips may depend on the read size; the error is what matters
    const Outcome split = run(bytes, piece, head, close);
    if (split.state == HttpResponseParser::State::Error)
        return 0;
    FUZZ_CHECK(whole.status == split.status);
    FUZZ_CHECK(whole.headers == split.headers);
    FUZZ_CHECK((whole.state == HttpResponseParser::State::Done) == (split.state == HttpResponseParser::State::Done));
    if (whole.state == HttpResponseParser::State::Done)
        FUZZ_CHECK(whole.body == split.body);
    return 0;
}
