#include "clientconfig/editing/textedit.h"

#include <algorithm>

namespace mcpc::clientconfig {

QByteArray applyEdits(const QByteArray &text, const QList<TextEdit> &edits)
{
    QList<TextEdit> sorted = edits;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.offset < b.offset; });
    qsizetype grow = 0;
    for (const TextEdit &e : sorted)
        grow += e.content.size() - e.length;
    QByteArray out;
    out.reserve(text.size() + std::max<qsizetype>(grow, 0));
    qsizetype pos = 0;
    for (const TextEdit &e : sorted) {
        out.append(text.constData() + pos, e.offset - pos);
        out += e.content;
        pos = e.offset + e.length;
    }
    out.append(text.constData() + pos, text.size() - pos);
    return out;
}

} // namespace mcpc::clientconfig
