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
} // namespace mcpc

class QNetworkReply;
#include <QNetworkRequest>

namespace mcpc {

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

// For requests that still go through QNetworkAccessManager (OAuth endpoints, where
// redirects and rare calls make QNAM the right tool): same User-Agent and
// same-origin-only redirect policy as the MCP traffic.
QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept);
int statusCode(const QNetworkReply *reply);
// A plain-words error for a QNAM reply that failed below HTTP (refused, DNS, TLS...).
Error networkError(const QNetworkReply *reply, const QUrl &url);

// Session ids are visible ASCII (0x21-0x7E); anything else is refused.
bool isValidSessionId(const QByteArray &id);

} // namespace http
} // namespace mcpc
