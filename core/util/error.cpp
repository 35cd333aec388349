#include "util/error.h"

namespace mcpc {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return 1;
    case ErrorKind::Connection:
    case ErrorKind::Timeout:
    case ErrorKind::Unavailable:
    case ErrorKind::Cancelled:
        return 2;
    case ErrorKind::Parse:
    case ErrorKind::Io:
        return 5;
    case ErrorKind::Auth:
        return 3;
    case ErrorKind::Protocol:
    case ErrorKind::Server:
    case ErrorKind::Tool:
        return 4;
    case ErrorKind::InputNeeded:
        return 6;
    }
    return 4;
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::Connection: return QStringLiteral("connection");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::Tool: return QStringLiteral("tool");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Parse: return QStringLiteral("parse");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Unavailable: return QStringLiteral("unavailable");
    case ErrorKind::InputNeeded: return QStringLiteral("input-needed");
    }
    return QStringLiteral("unknown");
}

} // namespace mcpc
