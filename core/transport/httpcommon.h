#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace mcpc {

class HttpAuthenticator;
namespace http {
class ClientReply;
}

// Pieces shared by the HTTP transports.
namespace http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// User-Agent and Accept; the transports add the rest.
HeaderList baseHeaders(const QByteArray &accept);
void appendAuthHeaders(HeaderList &headers, const HttpAuthenticator *auth);

// "text/event-stream; charset=utf-8" -> "text/event-stream" (lower case).
QByteArray mediaType(const ClientReply *reply);

// "HTTP 500 from http://...: <first 300 chars of the body>".
Error httpStatusError(int status, const QByteArray &body, const QUrl &url);
QString bodyExcerpt(const QByteArray &body);

// Session ids are visible ASCII (0x21-0x7E); anything else is refused.
bool isValidSessionId(const QByteArray &id);

} // namespace http
} // namespace mcpc
