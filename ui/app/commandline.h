#pragma once

#include "style/theme.h"

#include <QString>
#include <QStringList>

namespace mcpc::ui {

// The GUI's command line, parsed before QApplication exists so that --help and
// --version work without a display.
struct CommandLine
{
    bool demo = false;       // --demo: run the built-in demo server and show it
    bool noAuth = false;     // --no-auth (with --demo): the demo server without sign-in
    bool noSandbox = false;  // --no-sandbox: run the sign-in view without Chromium's sandbox
    bool printReady = false; // --print-ready (hidden): one JSON line on stdout when ready
    bool pressSignIn = false; // --press-sign-in (hidden, with --demo): press Sign in once it is offered
    theme::Mode theme = theme::Mode::System;
    int exitCode = -1;       // >= 0: print `output` and exit with it
    QString output;
    QString tab;             // --tab (hidden): overview, tools, clients or log, for screenshots
    int benchProbeSeconds = 0; // --bench-probe SECONDS (hidden): start-up and stall numbers for tests/bench
    bool crashForTest = false; // --crash-for-test (hidden): die on SIGSEGV once the window is up
    QStringList links;       // mcp-connect://add?… links (what a browser or xdg-open passes)

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace mcpc::ui
