#pragma once

#include <QByteArray>
#include <QString>

namespace mcpc::clientconfig {

// A unified diff (diff -u style, `context` lines around each change) of two texts, for
// --dry-run and the GUI preview. Common leading and trailing lines are skipped before
// the line LCS, so a 1 MiB file with a local edit costs next to nothing.
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                    const QString &afterLabel, int context = 3);

} // namespace mcpc::clientconfig
