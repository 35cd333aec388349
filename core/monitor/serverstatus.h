#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mcpc {

// What the status monitor knows about one server, as of its last check. A value type:
// the UI keeps copies and compares them.
struct ServerStatus
{
    enum class State {
        Unknown,    // never checked
        Connecting, // first connection in progress (no earlier result to show)
        Up,         // connected, ping answered
        Degraded,   // reachable, but slow, or ping/tools/list answered with an error
        Down,       // unreachable, or the connection broke
        NeedsLogin  // the server wants credentials (HTTP 401/403, error kind Auth)
    };

    State state = State::Unknown;
    bool checking = false;          // a (re)connect or a requested check is in flight
    int latencyMs = -1;             // last ping round trip; -1 = unknown
    QString protocolVersion;        // negotiated, e.g. "2025-11-25"
    QString transport;              // Transport::describe(): "Streamable HTTP", "stdio (npx)"
    QString serverName;             // ServerInfo::displayName()
    QString serverVersion;
    int toolCount = -1;             // -1 = not listed yet
    std::optional<Error> lastError; // why it is Down/Degraded/NeedsLogin; plain words + hint
    QDateTime checkedAt;            // when the last check finished (the monitor's clock)
    int consecutiveFailures = 0;

    bool isLive() const { return state == State::Up || state == State::Degraded; }
    bool operator==(const ServerStatus &other) const;
    bool operator!=(const ServerStatus &other) const { return !(*this == other); }
};

QString stateName(ServerStatus::State state); // "Up", "Needs login"...
// One line for a badge: "Up · 12 ms · MCP 2025-11-25 · Streamable HTTP",
// "Down — Connection refused by 127.0.0.1:3000.", "Needs login — ...".
QString statusHeadline(const ServerStatus &status);
// The state an error puts a server in: Auth -> NeedsLogin, everything else Down.
ServerStatus::State stateForError(const Error &error);

} // namespace mcpc

Q_DECLARE_METATYPE(mcpc::ServerStatus)
