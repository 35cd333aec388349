#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

namespace mcpc::http {

// Incremental HTTP/1.1 response parser for our client: status line, headers, then the
// body framed by chunked transfer-encoding, Content-Length, or connection close. Body
// bytes come out as they arrive (server-sent event streams never "finish").
class HttpResponseParser
{
public:
    enum class State { NeedMore, HeadersDone, Body, Done, Error };

    // HEAD requests and 1xx/204/304 answers have no body whatever the headers say.
    void setRequestMethod(const QByteArray &method) { m_isHead = method == "HEAD"; }
    void reset();

    // Appends bytes and advances. Body bytes are appended to *body.
    State feed(QByteArrayView bytes, QByteArray *body);
    // The connection closed: completes a close-delimited body, errors otherwise.
    State closed();

    int status() const { return m_status; }
    const HttpHeaders &headers() const { return m_headers; }
    bool headersComplete() const { return m_headersDone; }
    bool isDone() const { return m_done; }
    bool keepAlive() const { return m_keepAlive; }
    QByteArray errorString() const { return m_error; }
    QByteArray leftover() const { return m_buffer.mid(m_pos); } // bytes after the response

private:
    enum class Phase { StatusLine, Headers, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Finished };
    bool line(QByteArray *out);
    State fail(const char *what);
    void startBody();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Phase m_phase = Phase::StatusLine;
    int m_status = 0;
    HttpHeaders m_headers;
    qint64 m_remaining = 0;
    bool m_headersDone = false;
    bool m_done = false;
    bool m_keepAlive = true;
    bool m_isHead = false;
    QByteArray m_error;
};

} // namespace mcpc::http
