#pragma once

#include <QString>

namespace mcpc {

// A size for messages about limits: "32 MiB" for whole mebibytes, else "N bytes".
QString sizeText(qint64 bytes);

} // namespace mcpc
