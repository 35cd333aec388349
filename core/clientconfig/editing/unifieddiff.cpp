#include "clientconfig/editing/unifieddiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace mcpc::clientconfig {

namespace {

// Above this many cells the LCS table is skipped and the middle shows as replaced.
constexpr qsizetype kMaxLcsCells = 4'000'000;

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size() - 1;
        lines.append(text.mid(pos, nl - pos + 1));
        pos = nl + 1;
    }
    return lines;
}

enum class Op { Equal, Delete, Insert };

// Edit script for a[from, aEnd) -> b[from, bEnd) via an LCS table.
void middleScript(const QList<QByteArray> &a, const QList<QByteArray> &b, qsizetype from, qsizetype aEnd,
                  qsizetype bEnd, std::vector<Op> &ops)
{
    const qsizetype n = aEnd - from;
    const qsizetype m = bEnd - from;
    if (n * m > kMaxLcsCells) {
        ops.insert(ops.end(), size_t(n), Op::Delete);
        ops.insert(ops.end(), size_t(m), Op::Insert);
        return;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[from + i] == b[from + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[from + i] == b[from + j]) {
            ops.push_back(Op::Equal);
            ++i;
            ++j;
        } else if (i < n && (j >= m || at(i + 1, j) >= at(i, j + 1))) {
            ops.push_back(Op::Delete); // deletions first, as diff -u prints them
            ++i;
        } else {
            ops.push_back(Op::Insert);
            ++j;
        }
    }
}

QString printable(const QByteArray &line, char prefix)
{
    QByteArray body = line;
    const bool eol = body.endsWith('\n');
    if (eol)
        body.chop(1);
    if (body.endsWith('\r'))
        body.chop(1);
    QString out = QChar::fromLatin1(prefix) + QString::fromUtf8(body) + u'\n';
    if (!eol)
        out += QStringLiteral("\\ No newline at end of file\n");
    return out;
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                    const QString &afterLabel, int context)
{
    if (before == after)
        return QString();
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<Op> ops(size_t(prefix), Op::Equal);
    middleScript(a, b, prefix, a.size() - suffix, b.size() - suffix, ops);
    ops.insert(ops.end(), size_t(suffix), Op::Equal);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    const qsizetype total = qsizetype(ops.size());
    qsizetype k = 0;
    qsizetype ai = 0; // line index in a at ops[k]
    qsizetype bi = 0;
    while (k < total) {
        if (ops[size_t(k)] == Op::Equal) {
            ++k;
            ++ai;
            ++bi;
            continue;
        }
        // A hunk: back up `context` equal lines, then run until `2*context` equal lines in a row.
        const qsizetype back = std::min<qsizetype>(context, std::min(ai, bi));
        qsizetype start = k - back;
        qsizetype aStart = ai - back;
        qsizetype bStart = bi - back;
        qsizetype end = k;
        qsizetype equalRun = 0;
        for (qsizetype x = k; x < total; ++x) {
            if (ops[size_t(x)] == Op::Equal) {
                if (++equalRun > 2 * context)
                    break;
            } else {
                equalRun = 0;
                end = x + 1;
            }
        }
        const qsizetype stop = std::min(total, end + context);
        QString body;
        qsizetype aCount = 0;
        qsizetype bCount = 0;
        qsizetype x = start;
        qsizetype ax = aStart;
        qsizetype bx = bStart;
        for (; x < stop; ++x) {
            const Op op = ops[size_t(x)];
            if (op == Op::Insert) {
                body += printable(b[bx++], '+');
                ++bCount;
                continue;
            }
            body += printable(a[ax++], op == Op::Equal ? ' ' : '-');
            ++aCount;
            if (op == Op::Equal) {
                ++bx;
                ++bCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(aCount ? aStart + 1 : aStart).arg(aCount)
                   .arg(bCount ? bStart + 1 : bStart).arg(bCount);
        out += body;
        k = stop;
        ai = ax;
        bi = bx;
    }
    return out;
}

} // namespace mcpc::clientconfig
