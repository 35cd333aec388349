#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QPointer>

namespace mcpc::http {

class HttpConnection;

// The body of a streaming response (e.g. Server-Sent Events). Owned by its connection:
// hold it in a QPointer. closed() fires exactly once, when the server ended the stream
// or the client went away (the usual way a long-lived SSE stream finishes), so owners
// clean up in one place. Writes after that are ignored.
class HttpStream : public QObject
{
    Q_OBJECT
public:
    bool write(QByteArrayView data); // false once closed
    void end();                      // finish the response; the connection may be reused
    bool isOpen() const { return m_open; }
    bool clientGone() const { return m_clientGone; } // closed because the peer left

Q_SIGNALS:
    void closed();

private:
    friend class HttpConnection;
    HttpStream(HttpConnection *connection, bool chunked);
    void markClosed(bool clientGone); // from the connection

    QPointer<HttpConnection> m_connection;
    bool m_chunked = true;
    bool m_open = true;
    bool m_clientGone = false;
};

} // namespace mcpc::http
