#pragma once

#include "util/error.h"

#include <QString>

namespace mcpc::ui {

// The opt-in "start at login" entry: $XDG_CONFIG_HOME/autostart/mcp-connect.desktop
// (freedesktop Desktop Application Autostart). Written only when the user ticks it,
// removed when they untick it; an entry written by someone else is never touched.
class Autostart
{
public:
    static QString entryPath();
    static QByteArray entryText(const QString &executable);
    static bool isEnabled();
    static Result<void> setEnabled(bool enabled, const QString &executable);
};

} // namespace mcpc::ui
