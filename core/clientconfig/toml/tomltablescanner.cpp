#include "clientconfig/toml/tomltablescanner.h"
#include "util/utf8.h"

namespace mcpc::clientconfig {

namespace {

bool isBareKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// QByteArray::lastIndexOf treats a negative start as "from the end", so guard offset 0.
qsizetype lineStartOf(const QByteArray &text, qsizetype pos)
{
    return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Decodes a basic string body (escapes of TOML 1.0) or returns a literal string as is.
QString decodeKey(const QByteArray &body, bool basic)
{
    if (!basic || !body.contains('\\'))
        return utf8ToString(body);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\' || i + 1 >= body.size()) {
            qsizetype j = i;
            while (j < body.size() && body[j] != '\\')
                ++j;
            out += utf8ToString(body.mid(i, j - i));
            i = j - 1;
            continue;
        }
        const char e = body[++i];
        switch (e) {
        case 'b': out += u'\b'; break;
        case 't': out += u'\t'; break;
        case 'n': out += u'\n'; break;
        case 'f': out += u'\f'; break;
        case 'r': out += u'\r'; break;
        case 'u':
        case 'U': {
            const int len = e == 'u' ? 4 : 8;
            const char32_t cp = char32_t(body.mid(i + 1, len).toUInt(nullptr, 16));
            // Not QString::fromUcs4: it too drops a leading U+FEFF (an escaped "\uFEFF").
            if (cp <= 0x10FFFF)
                out += QStringView(QChar::fromUcs4(cp));
            else
                out += QChar::ReplacementCharacter;
            i += len;
            break;
        }
        default: out += QChar::fromLatin1(e); break;
        }
    }
    return out;
}

} // namespace

TomlTableScanner::TomlTableScanner(const QByteArray &text)
    : m_text(text)
{
    scan();
}

void TomlTableScanner::scan()
{
    const qsizetype n = m_text.size();
    qsizetype pos = m_text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int depth = 0;
    bool lineStart = true;
    while (pos < n) {
        const char c = m_text.at(pos);
        if (lineStart && depth == 0) {
            qsizetype q = pos;
            while (q < n && isSpace(m_text.at(q)))
                ++q;
            if (q < n && m_text.at(q) == '[') {
                pos = parseHeader(q);
                continue;
            }
        }
        if (c == '\n') {
            lineStart = true;
            ++pos;
            continue;
        }
        if (!isSpace(c) && c != '\r')
            lineStart = false;
        if (c == '#') {
            while (pos < n && m_text.at(pos) != '\n')
                ++pos;
            continue;
        }
        if (c == '"' || c == '\'') {
            pos = skipString(pos);
            continue;
        }
        if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
        ++pos;
    }
}

qsizetype TomlTableScanner::parseHeader(qsizetype pos)
{
    const qsizetype n = m_text.size();
    TomlHeader h;
    h.lineStart = lineStartOf(m_text, pos);
    h.arrayTable = pos + 1 < n && m_text.at(pos + 1) == '[';
    qsizetype p = pos + (h.arrayTable ? 2 : 1);
    while (p < n) {
        while (p < n && isSpace(m_text.at(p)))
            ++p;
        if (p >= n)
            break;
        const char c = m_text.at(p);
        if (c == '"' || c == '\'') {
            const qsizetype e = skipString(p);
            h.keys << decodeKey(m_text.mid(p + 1, e - p - 2), c == '"');
            p = e;
        } else {
            const qsizetype s = p;
            while (p < n && isBareKeyChar(m_text.at(p)))
                ++p;
            h.keys << QString::fromUtf8(m_text.mid(s, p - s));
        }
        while (p < n && isSpace(m_text.at(p)))
            ++p;
        if (p < n && m_text.at(p) == '.') {
            ++p;
            continue;
        }
        break;
    }
    const qsizetype eol = m_text.indexOf('\n', p);
    h.lineEnd = eol < 0 ? n : eol + 1;
    m_headers.append(h);
    return h.lineEnd;
}

qsizetype TomlTableScanner::skipString(qsizetype pos) const
{
    const qsizetype n = m_text.size();
    const char q = m_text.at(pos);
    const QByteArray triple(3, q);
    if (m_text.mid(pos, 3) == triple) {
        qsizetype p = pos + 3;
        while (p < n) {
            if (q == '"' && m_text.at(p) == '\\') {
                p += 2;
                continue;
            }
            if (m_text.mid(p, 3) == triple) {
                p += 3;
                // Up to two more quotes may close it: """a"""" ends in a quote character.
                for (int extra = 0; extra < 2 && p < n && m_text.at(p) == q; ++extra)
                    ++p;
                return p;
            }
            ++p;
        }
        return n;
    }
    qsizetype p = pos + 1;
    while (p < n && m_text.at(p) != q && m_text.at(p) != '\n') {
        if (q == '"' && m_text.at(p) == '\\')
            ++p;
        ++p;
    }
    return std::min(p + 1, n);
}

TomlTableBlock TomlTableScanner::block(const QStringList &keys) const
{
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (m_headers[i].arrayTable || m_headers[i].keys != keys)
            continue;
        qsizetype j = i + 1;
        while (j < m_headers.size() && m_headers[j].keys.size() > keys.size() && m_headers[j].keys.mid(0, keys.size()) == keys)
            ++j;
        const qsizetype to = j < m_headers.size() ? m_headers[j].lineStart : m_text.size();
        return {m_headers[i].lineStart, std::max(lastContentLineEnd(m_headers[i].lineStart, to), m_headers[i].lineEnd)};
    }
    return {};
}

qsizetype TomlTableScanner::lastContentLineEnd(qsizetype from, qsizetype to) const
{
    qsizetype end = to;
    while (end > from) {
        const qsizetype lineStart = lineStartOf(m_text, end - 1);
        qsizetype p = std::max(lineStart, from);
        while (p < end && (isSpace(m_text.at(p)) || m_text.at(p) == '\r' || m_text.at(p) == '\n'))
            ++p;
        if (p < end && m_text.at(p) != '#')
            return end;
        end = std::max(lineStart, from);
    }
    return from;
}

QByteArray TomlTableScanner::keyText(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    bool bare = !utf8.isEmpty();
    for (char c : utf8)
        bare = bare && isBareKeyChar(c);
    if (bare)
        return utf8;
    QByteArray out = "\"";
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
            continue;
        }
        out += c;
    }
    return out + '"';
}

} // namespace mcpc::clientconfig
