#pragma once

#include "util/error.h"

#include <QString>
#include <QStringList>

class QObject;

namespace mcpc::ui {

class ConsentViewFactory;

// Finds the consent view plugin (mcp-connect-webconsent.so) on first use: next to the
// executable (the build tree), in ../<libdir>/mcp-connect relative to it (a relocated
// install), then in the configured install folder (/usr/lib/<multiarch>/mcp-connect).
// Loading it maps QtWebEngine; until then the process never has. A failure is reported
// once, with the reason, and sign-in then uses the system browser.
class ConsentViewLoader
{
public:
    static Result<ConsentViewFactory *> factory();
    // The plugin's instance (it also makes MCP App views: apps/appviewloader.h).
    static Result<QObject *> plugin();
    static QStringList searchPaths();
    // Whether QtWebEngine is mapped into this process now (/proc/self/maps), for the
    // start-up checks: it must not be before the first embedded sign-in.
    static bool webEngineMapped();
    // Tests that link the consent view into the executable use it without a plugin.
    static void setBuiltIn(ConsentViewFactory *factory);
};

} // namespace mcpc::ui
