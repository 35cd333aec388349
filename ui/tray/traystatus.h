#pragma once

#include "monitor/serverstatus.h"

#include <QMap>
#include <QString>

namespace mcpc::ui::tray {

using State = ServerStatus::State;

// The tray icon's one status: the worst server's, and a line for the tooltip.
struct Overall
{
    State state = State::Unknown; // Unknown also when there are no servers
    int servers = 0;
    int up = 0;       // Up or Degraded
    int problems = 0; // Down or NeedsLogin
    QString tooltip;
};

// Worst first: Down, NeedsLogin, Degraded, then still-checking (Connecting, Unknown), Up.
int severity(State state);
Overall aggregate(const QMap<QString, State> &states);

// What, if anything, to tell the user when a server's settled state changes. States
// before the first result (Unknown, Connecting) are not news: starting the app never
// notifies; neither does a slow ping (Degraded) or coming back from it.
enum class Notice { None, WentDown, Recovered, NeedsSignIn };
Notice noticeFor(State previous, State next);

// A sign-in that will end and cannot renew itself (no refresh token) is announced once,
// `leadMs` before it expires. `warnedForExpiryMs` is the expiry already announced (0 if none).
struct SignInTimes
{
    bool signedIn = false;
    bool refreshable = false;
    qint64 expiresAtMs = 0; // 0: no lifetime given
};
bool shouldWarnExpiry(const SignInTimes &signIn, qint64 nowMs, qint64 leadMs, qint64 warnedForExpiryMs);

} // namespace mcpc::ui::tray
