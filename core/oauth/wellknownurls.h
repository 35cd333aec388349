#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace mcpc::oauth {

// Where OAuth metadata lives. RFC 8414 and RFC 9728 *insert* "/.well-known/<suffix>"
// before the path; only OIDC's third variant appends after it. Getting this wrong is
// the most common discovery bug in other MCP tools (peers.md, pain point 1).
namespace wellknown {

// Protected Resource Metadata candidates for an MCP server URL, in the order to try:
// the URL from WWW-Authenticate (if any), path-inserted, root. Duplicates are dropped.
QList<QUrl> protectedResourceUrls(const QUrl &serverUrl, const QUrl &fromChallenge = {});

// Authorization server metadata candidates for an issuer, in the MCP spec's order:
// with a path: RFC 8414 inserted, OIDC inserted, OIDC appended; without: RFC 8414, OIDC.
QList<QUrl> authServerUrls(const QUrl &issuer);

// 2025-03-26 servers have no PRM: the authorization server is the MCP URL's origin.
QUrl legacyAuthServer(const QUrl &serverUrl);

// The canonical URI of an MCP server for RFC 8707 `resource` when no PRM says better:
// lower-case scheme and host, no fragment, no user info, no lone trailing "/".
QString canonicalResource(const QUrl &serverUrl);

// RFC 9728 §3.3 as the SDK and rfc9728bis apply it: same origin, and the PRM resource
// path is a path prefix (on a segment boundary) of the server URL's path.
bool resourceMatchesServer(const QString &prmResource, const QUrl &serverUrl);

// OAuth endpoints must be https, except on loopback hosts (local development).
bool isAllowedEndpoint(const QUrl &url);

} // namespace wellknown
} // namespace mcpc::oauth
