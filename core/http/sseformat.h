#pragma once

#include <QByteArray>

namespace mcpc::http {

// One Server-Sent Events event (WHATWG HTML §9.2). Multi-line data becomes several
// "data:" lines; an empty data with an id is the MCP "priming" event. retryMs < 0 omits
// the retry field.
QByteArray formatSseEvent(const QByteArray &id, const QByteArray &data, const QByteArray &event = {},
                          int retryMs = -1);
// A comment line: keeps idle connections alive without dispatching an event.
QByteArray formatSseComment(const QByteArray &text);

} // namespace mcpc::http
