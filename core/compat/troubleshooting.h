#pragma once

#include "compat/compatengine.h"

#include <QList>
#include <QStringList>

namespace mcpc::compat {

// The seed's "Tool not available in <client>" troubleshooting case, read from the same
// per-client reports as `compat`: the tools a client will not offer (an error finding
// names them) and the first such finding, for its message, fix and source. The `doctor`
// command and the app's Overview both show these.
struct ToolNotAvailable
{
    QString client;
    QString displayName;
    QStringList tools; // in finding order, each once
    Finding first;
};

QList<ToolNotAvailable> toolsNotAvailable(const QList<ClientReport> &reports);

// "Tool not available in Cursor: a, b (message)"; at most maxTools names, then "and N more".
QString describe(const ToolNotAvailable &case_, int maxTools = 5);

} // namespace mcpc::compat
