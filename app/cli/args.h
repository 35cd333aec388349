#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace mcpc::cli {

// Parses a command's own arguments. Returns an empty string on success, else a usage
// message naming the problem. "--" ends option parsing (for stdio commands).
QString parseArgs(QCommandLineParser &parser, const QStringList &args);
// Checks the number of positional arguments; returns a usage message or "".
QString expectPositional(const QCommandLineParser &parser, int min, int max, const QString &synopsis);

} // namespace mcpc::cli
