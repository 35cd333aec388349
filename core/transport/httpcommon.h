#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace mcpc {

class HttpAuthenticator;

// Pieces shared by the HTTP transports.
namespace http {

// A request with our User-Agent and the redirect policy the MCP security guidance asks
// for (same origin only). The system proxy and OS certificate store stay Qt's defaults.
QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept);
void applyAuthHeaders(QNetworkRequest &request, const HttpAuthenticator *auth);

// "text/event-stream; charset=utf-8" -> "text/event-stream" (lower case).
QByteArray mediaType(const QNetworkReply *reply);
int statusCode(const QNetworkReply *reply);

// A plain-words error for a reply that failed below HTTP (refused, DNS, TLS...).
Error networkError(const QNetworkReply *reply, const QUrl &url);
// "HTTP 500 from http://...: <first 300 chars of the body>".
Error httpStatusError(int status, const QByteArray &body, const QUrl &url);
QString bodyExcerpt(const QByteArray &body);

// Session ids are visible ASCII (0x21-0x7E); anything else is refused.
bool isValidSessionId(const QByteArray &id);

} // namespace http
} // namespace mcpc
