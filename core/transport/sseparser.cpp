#include "transport/sseparser.h"

namespace mcpc {

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{
}

std::vector<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    std::vector<SseEvent> out;
    if (m_overflow)
        return out;
    qsizetype i = 0;
    if (m_atStart) {
        // The BOM may itself arrive split; wait until we have three bytes or a mismatch.
        static const char bom[] = "\xEF\xBB\xBF";
        QByteArray probe = m_line;
        probe.append(bytes);
        if (probe.size() < 3 && QByteArrayView(bom).startsWith(probe)) {
            m_line = probe;
            return out;
        }
        m_atStart = false;
        if (probe.startsWith(bom)) {
            const qsizetype fromLine = qMin<qsizetype>(m_line.size(), 3);
            m_line.remove(0, fromLine);
            i = 3 - fromLine;
        }
    }
    if (i >= bytes.size())
        return out; // an empty chunk must not forget a pending CR
    if (m_sawCr && bytes[i] == '\n')
        ++i;
    m_sawCr = false;

    qsizetype start = i;
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        m_line.append(bytes.data() + start, i - start);
        processLine(m_line, out);
        m_line.clear();
        if (c == '\r') {
            if (i + 1 < bytes.size()) {
                if (bytes[i + 1] == '\n')
                    ++i;
            } else {
                m_sawCr = true;
            }
        }
        start = i + 1;
        if (m_overflow)
            return out;
    }
    m_line.append(bytes.data() + start, bytes.size() - start);
    // Only the line's own length counts here, never the data held so far: whether an
    // overflow happens must not depend on where the network cut the stream (a long
    // comment after 4 KB of data is harmless once complete, so it is harmless half-read).
    if (m_line.size() > lineLimit())
        overflow();
    return out;
}

qsizetype SseParser::lineLimit() const
{
    // The longest useful line is a data line carrying a whole event: "data: " plus the value.
    return m_maxEventBytes + 8;
}

void SseParser::overflow()
{
    m_overflow = true;
    m_line.clear();
    m_data.clear();
}

void SseParser::processLine(QByteArrayView line, std::vector<SseEvent> &out)
{
    if (line.size() > lineLimit()) {
        overflow(); // the same rule as for a line still arriving (feed)
        return;
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment / keep-alive
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);

    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        if (m_data.size() > m_maxEventBytes)
            overflow();
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        bool allDigits = !value.isEmpty() && value.size() < 10;
        for (char c : value)
            allDigits = allDigits && c >= '0' && c <= '9';
        if (allDigits)
            m_retryMs = value.toInt();
    }
}

void SseParser::dispatch(std::vector<SseEvent> &out)
{
    if (m_data.isEmpty()) {
        // No data lines at all: nothing to dispatch (the id, if any, is already recorded).
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the trailing '\n' added after the last data line
    out.push_back(SseEvent{m_eventType, m_data, m_lastEventId});
    m_data.clear();
    m_eventType.clear();
}

} // namespace mcpc
