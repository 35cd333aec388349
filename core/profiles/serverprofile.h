#pragma once

#include "util/error.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mcpc {

enum class TransportKind {
    Auto,           // Streamable HTTP, falling back to legacy HTTP+SSE on 400/404/405
    StreamableHttp, // Streamable HTTP only
    Sse,            // legacy HTTP+SSE (2024-11-05) only
    Stdio           // a local process speaking newline-delimited JSON
};

enum class AuthMode {
    None,
    OAuth,  // MCP authorization (discovery, registration, PKCE); tokens in the keychain
    Header  // static headers (e.g. an API key); values in the keychain, names here
};

// A server the user added. Only non-secret data lives here: header values, tokens and
// client secrets are in the OS keychain, keyed by the profile name.
struct ServerProfile
{
    QString name;
    QUrl url;                  // http(s) transports
    QString command;           // stdio transport
    QStringList args;          // stdio transport
    TransportKind transport = TransportKind::Auto;
    AuthMode auth = AuthMode::None;
    QStringList headerNames;   // AuthMode::Header: which headers to send (values in keychain)
    QString userDataTool;      // tool that returns "user data"; empty = autodetect
    bool allowInsecureHttp = false; // explicit opt-in for http:// to a non-loopback host

    bool isHttp() const { return transport != TransportKind::Stdio; }
    // Where the server lives, for display: URL, or the command line.
    QString target() const;
};

QString transportName(TransportKind kind);
std::optional<TransportKind> transportFromName(const QString &name);
QString authModeName(AuthMode mode);
std::optional<AuthMode> authModeFromName(const QString &name);

// ^[A-Za-z0-9_-]{1,64}$: the one name form every client accepts (see client-configs §1.7).
bool isValidServerName(const QString &name);
// "My Server!" -> "My-Server"; never empty.
QString slugifyServerName(const QString &name);

bool isLoopbackHost(const QString &host);
// True for http:// URLs that leave this machine: allowed only with allowInsecureHttp,
// and always shown with a warning (the seed: always HTTPS in production).
bool isInsecureRemoteUrl(const QUrl &url);

// Checks everything a profile must satisfy before it is stored or used.
Result<void> validateProfile(const ServerProfile &profile);
// Parses a user-typed server URL with a specific error on failure.
Result<QUrl> parseServerUrl(const QString &text);

} // namespace mcpc
