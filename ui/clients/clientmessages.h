#pragma once

#include "clientconfig/clientconfigtypes.h"
#include "clientconfig/clientconfigwatcher.h"

#include <QString>

namespace mcpc::ui {
struct ClientCardState;
}

// What a client card says after an engine call, as rich text: kept apart from the card
// so the wording is in one place and the card only decides when to show it.
namespace mcpc::ui::clientmessages {

// After connect or disconnect: what changed, how the client picks it up (reload hint),
// the "Needs login" step, platform notes and warnings.
QString writeReport(const clientconfig::WriteReport &report, bool connecting, const QString &home);
QString undoReport(const clientconfig::UndoReport &report, const QString &home);
// "Claude Desktop rewrote its config and dropped “acme”." and what to do.
QString drift(const clientconfig::DriftReport &report, const QString &clientName, const QString &home);
// The client's file cannot be used: file:line:column first when it is a parse error.
QString fileProblem(const ClientCardState &state, const QString &home);

} // namespace mcpc::ui::clientmessages
