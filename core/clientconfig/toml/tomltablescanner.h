#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mcpc::clientconfig {

// Where each [table] / [[array]] header of a TOML file sits, found by a small lexer that
// knows strings (all four kinds), comments and multi-line arrays, so a line like
// "  [1, 2]," inside an array is not mistaken for a header. Runs on files toml++ has
// already accepted, so it need not diagnose errors.
struct TomlHeader
{
    qsizetype lineStart = 0; // first byte of the header's line
    qsizetype lineEnd = 0;   // first byte after the line's line break
    QStringList keys;        // decoded: [mcp_servers."my.server"] -> {"mcp_servers", "my.server"}
    bool arrayTable = false;
};

// The bytes of one table and its sub-tables: header line through the last line that
// holds a key or value, before the next foreign header. Comment and blank lines just
// before that next header belong to it, not to us.
struct TomlTableBlock
{
    qsizetype start = -1;
    qsizetype end = -1;
    bool found() const { return start >= 0; }
};

class TomlTableScanner
{
public:
    explicit TomlTableScanner(const QByteArray &text);

    const QList<TomlHeader> &headers() const { return m_headers; }
    TomlTableBlock block(const QStringList &keys) const;

    // TOML key text for one segment: bare when possible, else a quoted basic string.
    static QByteArray keyText(const QString &key);

private:
    void scan();
    qsizetype parseHeader(qsizetype pos);
    qsizetype skipString(qsizetype pos) const;
    qsizetype lastContentLineEnd(qsizetype from, qsizetype to) const;

    const QByteArray &m_text;
    QList<TomlHeader> m_headers;
};

} // namespace mcpc::clientconfig
