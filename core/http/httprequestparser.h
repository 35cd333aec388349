#pragma once

#include "http/httplimits.h"
#include "http/httprequest.h"

#include <QByteArray>

namespace mcpc::http {

// Incremental HTTP/1.1 request parser. Bytes may arrive split anywhere; append() them
// and call parse() until it stops returning Complete (several pipelined requests can
// sit in the buffer). Errors are final: the connection answers errorStatus() and closes,
// because after a framing error we cannot know where the next request starts.
class HttpRequestParser
{
public:
    enum class State { Incomplete, Complete, Error };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    void append(QByteArrayView bytes);
    State parse();
    HttpRequest takeRequest(); // valid after Complete

    int errorStatus() const { return m_errorStatus; }          // 400, 413, 431, 501, 505
    const QByteArray &errorMessage() const { return m_errorMessage; }
    // Headers are in, the body is not, and the client asked "Expect: 100-continue".
    bool expectsContinue() const;
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // Where the request being received stands: nothing yet, in its header, in its body.
    // The connection runs its header and body deadlines from this.
    enum class Stage { Idle, Header, Body };
    Stage stage() const
    {
        if (m_phase == Phase::RequestLine)
            return bufferedBytes() > 0 ? Stage::Header : Stage::Idle;
        return m_phase == Phase::Headers ? Stage::Header : Stage::Body;
    }

private:
    enum class Phase { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    // false: need more bytes, or an error was set. headerBytes: counts against maxHeaderBytes.
    bool nextLine(QByteArray *line, qsizetype limit, bool headerBytes = true);
    State fail(int status, const char *message);
    bool reject(int status, const char *message); // fail(), for bool helpers
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool headersDone(); // decides the body framing
    void finishRequest();
    void compact();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;        // start of unparsed bytes
    qsizetype m_searchFrom = 0; // where the next '\n' search resumes
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_current;
    qsizetype m_headerBytes = 0;
    qsizetype m_remaining = 0;  // body or chunk bytes still to read
    bool m_complete = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace mcpc::http
