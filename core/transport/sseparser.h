#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace mcpc {

struct SseEvent
{
    QByteArray event;   // empty means "message"
    QByteArray data;    // the joined data lines (may be empty: priming events)
    QByteArray id;      // the last event id in effect when this event was dispatched
};

// Incremental text/event-stream parser following the WHATWG rules: LF, CRLF and CR line
// ends (a CR at the end of one chunk and an LF at the start of the next are one line
// end), a leading BOM, ':' comments, multi-line data joined with '\n', one optional space
// after the colon, id values with NUL ignored, retry only when all digits.
class SseParser
{
public:
    explicit SseParser(qsizetype maxEventBytes = 32 * 1024 * 1024);

    // Feeds bytes; returns the events completed by them, in order.
    std::vector<SseEvent> feed(QByteArrayView bytes);

    QByteArray lastEventId() const { return m_lastEventId; }
    std::optional<int> retryMs() const { return m_retryMs; }
    // True once an event grew past maxEventBytes; the parser then drops input.
    bool overflowed() const { return m_overflow; }

private:
    void processLine(QByteArrayView line, std::vector<SseEvent> &out);
    void dispatch(std::vector<SseEvent> &out);
    qsizetype lineLimit() const;
    void overflow();

    qsizetype m_maxEventBytes;
    QByteArray m_line;         // partial line carried between chunks
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    std::optional<int> m_retryMs;
    bool m_sawCr = false;      // previous chunk ended in CR: swallow a leading LF
    bool m_atStart = true;     // for the BOM check
    bool m_overflow = false;
};

} // namespace mcpc
