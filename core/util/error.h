#pragma once

#include <QString>
#include <expected>

namespace mcpc {

// What went wrong, coarse enough to map onto CLI exit codes and UI states.
enum class ErrorKind {
    Usage,      // bad arguments or bad input from the user
    Connection, // could not reach the server, or the connection broke
    Timeout,    // no answer in time
    Protocol,   // the peer broke the MCP / JSON-RPC / HTTP rules
    Auth,       // sign-in needed, refused, or failed
    Server,     // the server answered with a JSON-RPC error
    Tool,       // a tool ran and reported isError
    Io,         // local file or process problem
    Parse,      // could not parse a document (config file, JSON, TOML)
    Cancelled,  // the user or the program cancelled
    Unavailable, // a needed facility (keychain, binary) is missing
    InputNeeded  // the server needs input from a person and nobody can answer (scripts)
};

struct Error
{
    ErrorKind kind = ErrorKind::Protocol;
    QString message;  // one plain sentence for the user
    int code = 0;     // JSON-RPC error code or HTTP status, when there is one
    QString hint;     // optional: what the user can do about it

    static Error make(ErrorKind k, const QString &msg, int c = 0, const QString &h = {})
    {
        return Error{k, msg, c, h};
    }
};

template<typename T>
using Result = std::expected<T, Error>;

// Exit codes documented in README: 0 ok, 1 usage, 2 connection, 3 auth, 4 server/tool,
// 5 a local file (client config, profile store) could not be parsed or written,
// 6 the server needs input and there was no one to answer.
int exitCodeFor(ErrorKind kind);
QString kindName(ErrorKind kind);

} // namespace mcpc
