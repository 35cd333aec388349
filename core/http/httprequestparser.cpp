#include "http/httprequestparser.h"

namespace mcpc::http {

namespace {

// RFC 9110 tchar: the characters allowed in a method or a header name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValueSafe(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{
}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (m_errorStatus == 0)
        m_buffer.append(bytes);
}

HttpRequest HttpRequestParser::takeRequest()
{
    m_complete = false;
    HttpRequest r = std::move(m_current);
    m_current = HttpRequest();
    return r;
}

bool HttpRequestParser::expectsContinue() const
{
    return ((m_phase == Phase::Body && m_remaining > 0) || m_phase == Phase::ChunkSize) && m_current.body.isEmpty()
           && m_current.headers.value("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_pos = m_searchFrom = 0;
    return State::Error;
}

bool HttpRequestParser::reject(int status, const char *message)
{
    fail(status, message);
    return false;
}

bool HttpRequestParser::nextLine(QByteArray *line, qsizetype limit, bool headerBytes)
{
    const qsizetype nl = m_buffer.indexOf('\n', std::max(m_pos, m_searchFrom));
    if (nl < 0) {
        m_searchFrom = m_buffer.size();
        if (m_buffer.size() - m_pos > limit)
            fail(headerBytes ? 431 : 400, headerBytes ? "request header section too large" : "malformed chunk");
        return false;
    }
    qsizetype end = nl;
    if (end > m_pos && m_buffer[end - 1] == '\r')
        --end;
    if (nl + 1 - m_pos > limit) {
        fail(headerBytes ? 431 : 400, headerBytes ? "request header section too large" : "malformed chunk");
        return false;
    }
    *line = m_buffer.sliced(m_pos, end - m_pos);
    if (headerBytes)
        m_headerBytes += nl + 1 - m_pos;
    m_pos = nl + 1;
    m_searchFrom = m_pos;
    return true;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return reject(400, "malformed request line");
    const QByteArray &version = parts[2];
    if (!version.startsWith("HTTP/") || version.size() != 8 || version[6] != '.')
        return reject(400, "malformed HTTP version");
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1'))
        return reject(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    m_current.method = parts[0];
    m_current.versionMinor = version[7] - '0';
    m_current.target = parts[1];
    if (!isFieldValueSafe(m_current.target))
        return reject(400, "malformed request target");

    QByteArray target = m_current.target;
    // Absolute form ("http://host/path") is what proxies get; keep only path and query.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (target != "*" && !target.startsWith('/'))
        return reject(400, "malformed request target");
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    m_current.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    m_current.path = QString::fromUtf8(UrlQuery::percentDecode(rawPath, false));
    m_current.query = UrlQuery::parse(m_current.rawQuery, true);
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return reject(400, "obsolete header line folding");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return reject(400, "malformed header line");
    const QByteArray name = line.left(colon);
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (!isToken(name) || !isFieldValueSafe(value))
        return reject(400, "malformed header line");
    if (m_current.headers.size() >= m_limits.maxHeaderCount)
        return reject(431, "too many header fields");
    m_current.headers.add(name, value);
    return true;
}

bool HttpRequestParser::headersDone()
{
    const HttpHeaders &h = m_current.headers;
    if (m_current.versionMinor == 1 && h.values("host").size() != 1)
        return reject(400, "HTTP/1.1 requests need exactly one Host header");
    const bool hasTe = h.contains("transfer-encoding");
    const QList<QByteArray> lengths = h.values("content-length");
    if (hasTe && !lengths.isEmpty())
        return reject(400, "both Transfer-Encoding and Content-Length"); // smuggling guard
    if (hasTe) {
        const QList<QByteArray> codings = h.combined("transfer-encoding").split(',');
        if (codings.size() != 1 || codings.first().trimmed().toLower() != "chunked")
            return reject(501, "unsupported transfer coding");
        m_phase = Phase::ChunkSize;
        return true;
    }
    qint64 length = 0;
    for (const QByteArray &l : lengths) {
        // Repeats are allowed only when they agree ("Content-Length: 5, 5" counts too).
        for (const QByteArray &piece : l.split(',')) {
            const QByteArray v = piece.trimmed();
            if (!isDigits(v))
                return reject(400, "malformed Content-Length");
            const qint64 n = v.toLongLong();
            if (length != 0 && n != length)
                return reject(400, "conflicting Content-Length values");
            length = n;
        }
    }
    if (length > m_limits.maxBodyBytes)
        return reject(413, "request body too large");
    m_remaining = length;
    m_phase = Phase::Body;
    return true;
}

void HttpRequestParser::finishRequest()
{
    m_complete = true;
    m_phase = Phase::RequestLine;
    m_headerBytes = 0;
    m_remaining = 0;
}

void HttpRequestParser::compact()
{
    // Drop consumed bytes once they dominate, so a long keep-alive stream of requests
    // doesn't grow the buffer and single-byte feeding doesn't copy on every call.
    if (m_pos > 0 && (m_pos >= m_buffer.size() || m_pos > 4096)) {
        m_buffer.remove(0, m_pos);
        m_searchFrom -= m_pos;
        m_pos = 0;
        if (m_searchFrom < 0)
            m_searchFrom = 0;
    }
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_errorStatus != 0)
        return State::Error;
    if (m_complete)
        return State::Complete;
    const State s = [this] {
        QByteArray line;
        for (;;) {
            const qsizetype headerRoom = m_limits.maxHeaderBytes - m_headerBytes;
            switch (m_phase) {
            case Phase::RequestLine:
                if (!nextLine(&line, headerRoom))
                    return m_errorStatus ? State::Error : State::Incomplete;
                if (line.isEmpty() && m_headerBytes <= 4) {
                    m_headerBytes = 0; // tolerate stray CRLFs between requests (RFC 9112 §2.2)
                    continue;
                }
                if (!parseRequestLine(line))
                    return State::Error;
                m_phase = Phase::Headers;
                break;
            case Phase::Headers:
                if (!nextLine(&line, headerRoom))
                    return m_errorStatus ? State::Error : State::Incomplete;
                if (line.isEmpty()) {
                    if (!headersDone())
                        return State::Error;
                } else if (!parseHeaderLine(line)) {
                    return State::Error;
                }
                break;
            case Phase::Body: {
                const qsizetype take = std::min<qsizetype>(m_remaining, m_buffer.size() - m_pos);
                m_current.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
                m_pos += take;
                m_remaining -= take;
                if (m_remaining > 0)
                    return State::Incomplete;
                finishRequest();
                return State::Complete;
            }
            case Phase::ChunkSize: {
                if (!nextLine(&line, 1024, false))
                    return m_errorStatus ? State::Error : State::Incomplete;
                const qsizetype semi = line.indexOf(';'); // chunk extensions are ignored
                const QByteArray hex = (semi < 0 ? line : line.left(semi)).trimmed();
                bool ok = !hex.isEmpty() && hex.size() <= 15;
                const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
                if (!ok || size < 0 || hex.startsWith('+') || hex.startsWith('-'))
                    return fail(400, "malformed chunk size");
                if (m_current.body.size() + size > m_limits.maxBodyBytes)
                    return fail(413, "request body too large");
                m_remaining = size;
                m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
                break;
            }
            case Phase::ChunkData: {
                const qsizetype take = std::min<qsizetype>(m_remaining, m_buffer.size() - m_pos);
                m_current.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
                m_pos += take;
                m_remaining -= take;
                if (m_remaining > 0)
                    return State::Incomplete;
                m_phase = Phase::ChunkDataEnd;
                m_searchFrom = m_pos;
                break;
            }
            case Phase::ChunkDataEnd:
                if (!nextLine(&line, 2, false))
                    return m_errorStatus ? State::Error : State::Incomplete;
                if (!line.isEmpty())
                    return fail(400, "malformed chunk");
                m_phase = Phase::ChunkSize;
                break;
            case Phase::Trailers:
                // Trailer fields are read and dropped; they count against the header limit.
                if (!nextLine(&line, headerRoom))
                    return m_errorStatus ? State::Error : State::Incomplete;
                if (line.isEmpty()) {
                    finishRequest();
                    return State::Complete;
                }
                break;
            }
        }
    }();
    if (s != State::Error)
        compact();
    return s;
}

} // namespace mcpc::http
