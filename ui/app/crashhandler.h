#pragma once

#include <QString>

#include <optional>

namespace mcpc::ui {

// If the app dies on a fatal signal, a short report (version, signal, backtrace of
// function names: no memory contents, so no tokens) goes to crash-report.txt in the
// app's data folder, written with async-signal-safe calls only. The next start offers to
// show it (passed through the log's redaction once more) and then files it away as
// crash-report.shown.txt, so it is offered once.
class CrashHandler
{
public:
    static QString reportPath(); // <XDG_DATA_HOME>/mcp-connect/crash-report.txt
    static QString shownPath();  // where takeReport() files it
    static void install();
    static std::optional<QString> takeReport();
};

} // namespace mcpc::ui
