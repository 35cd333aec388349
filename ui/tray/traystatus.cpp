#include <QCoreApplication>
#include "tray/traystatus.h"

namespace mcpc::ui::tray {

int severity(State state)
{
    switch (state) {
    case State::Down:
        return 5;
    case State::NeedsLogin:
        return 4;
    case State::Degraded:
        return 3;
    case State::Connecting:
    case State::Unknown:
        return 2;
    case State::Up:
        return 1;
    }
    return 2;
}

Overall aggregate(const QMap<QString, State> &states)
{
    Overall o;
    o.servers = int(states.size());
    if (states.isEmpty()) {
        o.tooltip = QCoreApplication::translate("Traystatus", "MCP Connect: no servers yet");
        return o;
    }
    o.state = State::Up;
    QStringList down, login;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (severity(it.value()) > severity(o.state))
            o.state = it.value();
        if (it.value() == State::Up || it.value() == State::Degraded)
            ++o.up;
        if (it.value() == State::Down)
            down << it.key();
        if (it.value() == State::NeedsLogin)
            login << it.key();
    }
    o.problems = int(down.size() + login.size());
    o.tooltip = QCoreApplication::translate("Traystatus", "MCP Connect: %1 of %2 servers up").arg(o.up).arg(o.servers);
    if (!down.isEmpty())
        o.tooltip += QCoreApplication::translate("Traystatus", "\nDown: %1").arg(down.join(QStringLiteral(", ")));
    if (!login.isEmpty())
        o.tooltip += QCoreApplication::translate("Traystatus", "\nNeeds sign-in: %1").arg(login.join(QStringLiteral(", ")));
    return o;
}

Notice noticeFor(State previous, State next)
{
    const bool wasKnown = previous == State::Up || previous == State::Degraded || previous == State::Down
        || previous == State::NeedsLogin;
    if (!wasKnown || previous == next)
        return Notice::None;
    const bool nowWorking = next == State::Up || next == State::Degraded;
    const bool wasWorking = previous == State::Up || previous == State::Degraded;
    if (next == State::Down)
        return Notice::WentDown;
    if (next == State::NeedsLogin)
        return Notice::NeedsSignIn;
    if (nowWorking && !wasWorking)
        return Notice::Recovered;
    return Notice::None;
}

bool shouldWarnExpiry(const SignInTimes &signIn, qint64 nowMs, qint64 leadMs, qint64 warnedForExpiryMs)
{
    if (!signIn.signedIn || signIn.refreshable || signIn.expiresAtMs <= 0)
        return false;
    if (warnedForExpiryMs == signIn.expiresAtMs)
        return false; // told once per sign-in
    return signIn.expiresAtMs > nowMs && signIn.expiresAtMs - nowMs <= leadMs;
}

} // namespace mcpc::ui::tray
