#include "monitor/serverstatus.h"

namespace mcpc {

namespace {

bool sameError(const std::optional<Error> &a, const std::optional<Error> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->kind == b->kind && a->message == b->message && a->code == b->code && a->hint == b->hint;
}

} // namespace

bool ServerStatus::operator==(const ServerStatus &o) const
{
    return state == o.state && checking == o.checking && latencyMs == o.latencyMs
        && protocolVersion == o.protocolVersion && transport == o.transport && serverName == o.serverName
        && serverVersion == o.serverVersion && toolCount == o.toolCount && sameError(lastError, o.lastError)
        && checkedAt == o.checkedAt && consecutiveFailures == o.consecutiveFailures;
}

QString stateName(ServerStatus::State state)
{
    switch (state) {
    case ServerStatus::State::Unknown: return QStringLiteral("Not checked yet");
    case ServerStatus::State::Connecting: return QStringLiteral("Connecting");
    case ServerStatus::State::Up: return QStringLiteral("Up");
    case ServerStatus::State::Degraded: return QStringLiteral("Degraded");
    case ServerStatus::State::Down: return QStringLiteral("Down");
    case ServerStatus::State::NeedsLogin: return QStringLiteral("Needs login");
    }
    return {};
}

QString statusHeadline(const ServerStatus &s)
{
    const QString name = stateName(s.state);
    const QString dot = QStringLiteral(" · ");
    switch (s.state) {
    case ServerStatus::State::Unknown:
    case ServerStatus::State::Connecting:
        return name + (s.state == ServerStatus::State::Connecting ? QStringLiteral("…") : QString());
    case ServerStatus::State::Up:
    case ServerStatus::State::Degraded: {
        QStringList parts{name};
        if (s.latencyMs >= 0)
            parts << QStringLiteral("%1 ms").arg(s.latencyMs);
        if (!s.protocolVersion.isEmpty())
            parts << QStringLiteral("MCP ") + s.protocolVersion;
        if (!s.transport.isEmpty())
            parts << s.transport;
        QString line = parts.join(dot);
        if (s.state == ServerStatus::State::Degraded && s.lastError)
            line += QStringLiteral(" — ") + s.lastError->message;
        return line;
    }
    case ServerStatus::State::Down:
    case ServerStatus::State::NeedsLogin:
        return s.lastError ? name + QStringLiteral(" — ") + s.lastError->message : name;
    }
    return name;
}

ServerStatus::State stateForError(const Error &error)
{
    return error.kind == ErrorKind::Auth ? ServerStatus::State::NeedsLogin : ServerStatus::State::Down;
}

} // namespace mcpc
