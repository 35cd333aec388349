#pragma once

#include <QByteArray>
#include <QList>

namespace mcpc::clientconfig {

// Replace text[offset, offset+length) by content. The unit every editor produces, so a
// change is always "these bytes here", never "this new document".
struct TextEdit
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray content;
};

// Applies non-overlapping edits; edits at the same offset apply in list order.
QByteArray applyEdits(const QByteArray &text, const QList<TextEdit> &edits);

} // namespace mcpc::clientconfig
