#include "http/client/httpresponseparser.h"

namespace mcpc::http {

namespace {
constexpr qsizetype kMaxHeaderBytes = 256 * 1024;
}

void HttpResponseParser::reset()
{
    *this = HttpResponseParser();
}

HttpResponseParser::State HttpResponseParser::fail(const char *what)
{
    m_error = what;
    m_phase = Phase::Finished;
    return State::Error;
}

bool HttpResponseParser::line(QByteArray *out)
{
    const qsizetype nl = m_buffer.indexOf('\n', m_pos);
    if (nl < 0)
        return false;
    qsizetype end = nl;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    *out = m_buffer.mid(m_pos, end - m_pos);
    m_pos = nl + 1;
    return true;
}

void HttpResponseParser::startBody()
{
    m_headersDone = true;
    const bool noBody = m_isHead || m_status == 204 || m_status == 304 || (m_status >= 100 && m_status < 200);
    const QByteArray connection = m_headers.combined("Connection").toLower();
    m_keepAlive = !connection.contains("close");
    if (noBody) {
        m_phase = Phase::Finished;
        m_done = true;
    } else if (m_headers.hasToken("Transfer-Encoding", "chunked")) {
        m_phase = Phase::ChunkSize;
    } else if (m_headers.contains("Content-Length")) {
        bool ok = false;
        m_remaining = m_headers.value("Content-Length").trimmed().toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            m_phase = Phase::Finished;
            m_error = "invalid Content-Length";
            return;
        }
        m_phase = m_remaining == 0 ? Phase::Finished : Phase::Fixed;
        m_done = m_remaining == 0;
    } else {
        m_phase = Phase::UntilClose; // the body ends when the server closes
        m_keepAlive = false;
    }
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes, QByteArray *body)
{
    if (m_phase == Phase::Finished)
        return m_error.isEmpty() ? State::Done : State::Error;
    m_buffer.append(bytes);
    QByteArray l;
    for (;;) {
        switch (m_phase) {
        case Phase::StatusLine: {
            if (!line(&l))
                return m_buffer.size() > kMaxHeaderBytes ? fail("status line too long") : State::NeedMore;
            if (l.isEmpty())
                continue; // tolerate stray CRLF between responses
            const QList<QByteArray> parts = l.split(' ');
            if (parts.size() < 2 || !parts[0].startsWith("HTTP/1."))
                return fail("not an HTTP/1.x response");
            bool ok = false;
            m_status = parts[1].toInt(&ok);
            if (!ok || m_status < 100 || m_status > 999)
                return fail("bad status code");
            m_phase = Phase::Headers;
            break;
        }
        case Phase::Headers: {
            if (!line(&l))
                return m_pos > kMaxHeaderBytes ? fail("headers too large") : State::NeedMore;
            if (!l.isEmpty()) {
                const qsizetype colon = l.indexOf(':');
                if (colon <= 0)
                    return fail("malformed header line");
                m_headers.add(l.left(colon).trimmed(), l.mid(colon + 1).trimmed());
                break;
            }
            if (m_status >= 100 && m_status < 200 && m_status != 101) {
                // Interim response (100 Continue): the real one follows.
                m_headers = HttpHeaders();
                m_phase = Phase::StatusLine;
                break;
            }
            startBody();
            if (!m_error.isEmpty())
                return State::Error;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            if (m_phase == Phase::Finished)
                return State::Done;
            return feed({}, body) == State::Error ? State::Error : (m_done ? State::Done : State::HeadersDone);
        }
        case Phase::Fixed: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size() - m_pos);
            body->append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            if (m_remaining == 0) {
                m_phase = Phase::Finished;
                m_done = true;
                return State::Done;
            }
            return State::Body;
        }
        case Phase::UntilClose:
            body->append(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
            m_buffer.clear();
            m_pos = 0;
            return State::Body;
        case Phase::ChunkSize: {
            if (!line(&l))
                return State::Body;
            const qsizetype semi = l.indexOf(';');
            bool ok = false;
            m_remaining = (semi >= 0 ? l.left(semi) : l).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail("bad chunk size");
            m_phase = m_remaining == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size() - m_pos);
            body->append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                m_buffer.remove(0, m_pos);
                m_pos = 0;
                return State::Body;
            }
            m_phase = Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkEnd:
            if (!line(&l))
                return State::Body;
            if (!l.isEmpty())
                return fail("chunk not followed by CRLF");
            m_phase = Phase::ChunkSize;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            break;
        case Phase::Trailers:
            if (!line(&l))
                return State::Body;
            if (!l.isEmpty())
                break; // trailers are ignored
            m_phase = Phase::Finished;
            m_done = true;
            return State::Done;
        case Phase::Finished:
            return m_error.isEmpty() ? State::Done : State::Error;
        }
    }
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Finished;
        m_done = true;
        return State::Done;
    }
    if (m_phase == Phase::Finished)
        return m_error.isEmpty() ? State::Done : State::Error;
    return fail(m_headersDone ? "connection closed before the response body was complete"
                              : "connection closed before a response arrived");
}

} // namespace mcpc::http
