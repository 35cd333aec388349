// The text/event-stream parser. Property: the events, last event id and retry do not
// depend on how the stream was cut into network reads (one read, or pieces of a length
// taken from the input), and no event exceeds the parser's size limit.

#include "fuzzcheck.h"
#include "transport/sseparser.h"

using mcpc::SseEvent;
using mcpc::SseParser;

static bool sameEvents(const std::vector<SseEvent> &a, const std::vector<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id)
            return false;
    return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const qsizetype piece = in.byte() % 17 + 1;
    const QByteArray stream = in.rest();
    constexpr qsizetype kLimit = 4096;

    SseParser whole(kLimit);
    const std::vector<SseEvent> all = whole.feed(stream);

    SseParser split(kLimit);
    std::vector<SseEvent> pieces;
    for (qsizetype at = 0; at < stream.size(); at += piece)
        for (SseEvent &e : split.feed(stream.mid(at, piece)))
            pieces.push_back(std::move(e));

    FUZZ_CHECK(whole.overflowed() == split.overflowed());
    if (!whole.overflowed()) {
        FUZZ_CHECK(sameEvents(all, pieces));
        FUZZ_CHECK(whole.lastEventId() == split.lastEventId());
        FUZZ_CHECK(whole.retryMs() == split.retryMs());
    }
    for (const SseEvent &e : all) {
        FUZZ_CHECK(e.data.size() <= kLimit);
        FUZZ_CHECK(!e.id.contains('\0'));
    }
    return 0;
}
