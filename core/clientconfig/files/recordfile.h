#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

namespace mcpc::clientconfig {

// Writes one of *our own* small record files (ownership sidecar, backup index): temp file
// in the same folder, then rename, so a reader never sees half a file. No fsync, unlike
// client files: these are rewritten on every edit and a crash can cost at most the last
// record, never a client's config. Mode 0600: they describe files that may hold tokens.
Result<void> writeRecordFile(const QString &path, const QByteArray &bytes);

} // namespace mcpc::clientconfig
