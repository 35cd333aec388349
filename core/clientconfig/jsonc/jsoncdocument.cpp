#include "clientconfig/jsonc/jsoncdocument.h"

#include "util/boundedjson.h"
#include "util/hexdigit.h"
#include "util/utf8.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace mcpc::clientconfig {

namespace {

constexpr int kMaxDepth = kMaxJsonDepth; // deeper than any config file; the recursion below stays shallow

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

// Recursive-descent parser recording byte spans. Kept out of the header: only the
// document's accessors are API.
class JsoncParser
{
public:
    JsoncParser(JsoncDocument &doc, const JsoncDialect &dialect, bool keepComments)
        : m_doc(doc)
        , m_dialect(dialect)
        , m_keepComments(keepComments)
        , m_p(doc.m_text.constData())
        , m_n(doc.m_text.size())
    {
    }

    bool run()
    {
        m_pos = m_doc.m_bodyStart;
        if (!skipTrivia())
            return false;
        if (m_pos >= m_n)
            return true; // empty or comments only: the caller decides what that means
        if (!parseValue(-1, -1, 0, 0))
            return false;
        if (!skipTrivia())
            return false;
        if (m_pos < m_n)
            return fail(m_pos, QStringLiteral("unexpected text after the end of the document"));
        return true;
    }

    qsizetype errorOffset = 0;
    QString errorText;

private:
    bool fail(qsizetype at, const QString &what)
    {
        errorOffset = at;
        errorText = what;
        return false;
    }

    bool skipTrivia()
    {
        while (m_pos < m_n) {
            const char c = m_p[m_pos];
            if (isWs(c)) {
                ++m_pos;
                continue;
            }
            if (c != '/' || m_pos + 1 >= m_n || (m_p[m_pos + 1] != '/' && m_p[m_pos + 1] != '*'))
                return true;
            if (!m_dialect.comments)
                return fail(m_pos, QStringLiteral("comments are not allowed in %1").arg(m_dialect.name));
            const qsizetype start = m_pos;
            if (m_p[m_pos + 1] == '/') {
                m_pos += 2;
                while (m_pos < m_n && m_p[m_pos] != '\n' && m_p[m_pos] != '\r')
                    ++m_pos;
                if (m_keepComments)
                    m_doc.m_comments.push_back({qint32(start), qint32(m_pos), true});
            } else {
                const qsizetype close = m_doc.m_text.indexOf("*/", m_pos + 2);
                if (close < 0)
                    return fail(start, QStringLiteral("unterminated /* comment"));
                m_pos = close + 2;
                if (m_keepComments)
                    m_doc.m_comments.push_back({qint32(start), qint32(m_pos), false});
            }
        }
        return true;
    }

    int addNode(JsoncNode::Type type, int parent, qsizetype keyOffset, qsizetype keyLength)
    {
        const int index = int(m_doc.m_nodes.size());
        JsoncNode &n = m_doc.m_nodes.emplace_back();
        n.type = type;
        n.offset = qint32(m_pos);
        n.parent = parent;
        n.keyOffset = qint32(keyOffset);
        n.keyLength = qint32(keyLength);
        if (parent >= 0) {
            JsoncNode &p = m_doc.m_nodes[size_t(parent)];
            n.prev = p.lastChild;
            if (p.lastChild >= 0)
                m_doc.m_nodes[size_t(p.lastChild)].next = index;
            else
                p.firstChild = index;
            p.lastChild = index;
            ++p.childCount;
        }
        return index;
    }

    bool parseValue(int parent, qsizetype keyOffset, qsizetype keyLength, int depth)
    {
        if (m_pos >= m_n)
            return fail(m_pos, QStringLiteral("unexpected end of file, a value was expected"));
        const char c = m_p[m_pos];
        if (c == '{' || c == '[') {
            if (depth >= kMaxDepth)
                return fail(m_pos, QStringLiteral("nested deeper than %1 levels; refused").arg(kMaxDepth));
            const int index = addNode(c == '{' ? JsoncNode::Type::Object : JsoncNode::Type::Array, parent, keyOffset, keyLength);
            ++m_pos;
            const bool ok = c == '{' ? parseObjectBody(index, depth) : parseArrayBody(index, depth);
            if (ok)
                m_doc.m_nodes[size_t(index)].length = qint32(m_pos - m_doc.m_nodes[size_t(index)].offset);
            return ok;
        }
        if (c == '"') {
            const int index = addNode(JsoncNode::Type::String, parent, keyOffset, keyLength);
            if (!scanString())
                return false;
            m_doc.m_nodes[size_t(index)].length = qint32(m_pos - m_doc.m_nodes[size_t(index)].offset);
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const int index = addNode(JsoncNode::Type::Number, parent, keyOffset, keyLength);
            if (!scanNumber())
                return false;
            m_doc.m_nodes[size_t(index)].length = qint32(m_pos - m_doc.m_nodes[size_t(index)].offset);
            return true;
        }
        for (const char *lit : {"true", "false", "null"}) {
            const qsizetype len = qsizetype(strlen(lit));
            if (m_pos + len <= m_n && memcmp(m_p + m_pos, lit, size_t(len)) == 0) {
                const int index = addNode(JsoncNode::Type::Literal, parent, keyOffset, keyLength);
                m_pos += len;
                m_doc.m_nodes[size_t(index)].length = qint32(len);
                return true;
            }
        }
        return fail(m_pos, QStringLiteral("unexpected character '%1', a value was expected").arg(QChar::fromLatin1(c)));
    }

    // At a container's closing bracket: a comma after its last member is an error where
    // the dialect has no trailing commas.
    bool closeContainer(int last)
    {
        if (last >= 0 && m_doc.m_nodes[size_t(last)].commaOffset >= 0 && !m_dialect.trailingCommas)
            return fail(m_doc.m_nodes[size_t(last)].commaOffset,
                        QStringLiteral("trailing commas are not allowed in %1").arg(m_dialect.name));
        ++m_pos;
        return true;
    }

    // After a member: remember the comma that follows it (the writer keeps the file's style).
    bool takeComma(int last)
    {
        if (!skipTrivia())
            return false;
        if (m_pos < m_n && m_p[m_pos] == ',') {
            m_doc.m_nodes[size_t(last)].commaOffset = qint32(m_pos);
            ++m_pos;
        }
        return true;
    }

    bool parseObjectBody(int index, int depth)
    {
        int last = -1;
        while (true) {
            if (!skipTrivia())
                return false;
            if (m_pos >= m_n)
                return fail(m_pos, QStringLiteral("unexpected end of file, '}' was expected"));
            if (m_p[m_pos] == '}')
                return closeContainer(last);
            if (last >= 0 && m_doc.m_nodes[size_t(last)].commaOffset < 0)
                return fail(m_pos, QStringLiteral("',' or '}' was expected"));
            if (m_p[m_pos] != '"')
                return fail(m_pos, QStringLiteral("a property name in double quotes was expected"));
            const qsizetype keyOffset = m_pos;
            if (!scanString())
                return false;
            const qsizetype keyLength = m_pos - keyOffset;
            if (!skipTrivia())
                return false;
            if (m_pos >= m_n || m_p[m_pos] != ':')
                return fail(m_pos, QStringLiteral("':' was expected after the property name"));
            ++m_pos;
            if (!skipTrivia())
                return false;
            if (!parseValue(index, keyOffset, keyLength, depth + 1))
                return false;
            last = m_doc.m_nodes[size_t(index)].lastChild;
            if (!takeComma(last))
                return false;
        }
    }

    bool parseArrayBody(int index, int depth)
    {
        int last = -1;
        while (true) {
            if (!skipTrivia())
                return false;
            if (m_pos >= m_n)
                return fail(m_pos, QStringLiteral("unexpected end of file, ']' was expected"));
            if (m_p[m_pos] == ']')
                return closeContainer(last);
            if (last >= 0 && m_doc.m_nodes[size_t(last)].commaOffset < 0)
                return fail(m_pos, QStringLiteral("',' or ']' was expected"));
            if (!parseValue(index, -1, 0, depth + 1))
                return false;
            last = m_doc.m_nodes[size_t(index)].lastChild;
            if (!takeComma(last))
                return false;
        }
    }

    bool scanString()
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_n) {
            const char c = m_p[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(m_pos, QStringLiteral("control character in a string (line breaks must be written as \\n)"));
            if (c == '\\') {
                if (m_pos + 1 >= m_n)
                    break;
                const char e = m_p[m_pos + 1];
                if (e == 'u') {
                    for (int i = 2; i < 6; ++i)
                        if (m_pos + i >= m_n || hexDigitValue(m_p[m_pos + i]) < 0)
                            return fail(m_pos, QStringLiteral("invalid \\u escape in a string"));
                    m_pos += 6;
                    continue;
                }
                if (!strchr("\"\\/bfnrt", e) || e == '\0')
                    return fail(m_pos, QStringLiteral("invalid escape sequence in a string"));
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        return fail(start, QStringLiteral("unterminated string"));
    }

    bool scanNumber()
    {
        const qsizetype start = m_pos;
        auto digits = [&] {
            const qsizetype from = m_pos;
            while (m_pos < m_n && m_p[m_pos] >= '0' && m_p[m_pos] <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (m_p[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_n && m_p[m_pos] == '0')
            ++m_pos;
        else if (!digits())
            return fail(start, QStringLiteral("invalid number"));
        if (m_pos < m_n && m_p[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail(start, QStringLiteral("invalid number"));
        }
        if (m_pos < m_n && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_n && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail(start, QStringLiteral("invalid number"));
        }
        if (m_pos < m_n && (std::isalnum(static_cast<unsigned char>(m_p[m_pos])) || m_p[m_pos] == '.'))
            return fail(start, QStringLiteral("invalid number"));
        return true;
    }

    JsoncDocument &m_doc;
    const JsoncDialect &m_dialect;
    bool m_keepComments = true;
    const char *m_p;
    qsizetype m_n;
    qsizetype m_pos = 0;
};

Result<JsoncDocument> JsoncDocument::parse(const QByteArray &text, const JsoncDialect &dialect, const QString &fileName,
                                           bool keepComments)
{
    if (text.size() > kMaxDocumentSize)
        return std::unexpected(Error::make(ErrorKind::Io,
            QStringLiteral("%1 is %2 MiB, too large to be a client config file; nothing was changed.")
                .arg(fileName.isEmpty() ? QStringLiteral("The document") : fileName).arg(text.size() >> 20)));
    JsoncDocument doc;
    doc.m_text = text;
    doc.m_bodyStart = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    doc.m_nodes.reserve(size_t(text.size() / 16 + 4));
    JsoncParser parser(doc, dialect, keepComments);
    if (!parser.run()) {
        const auto [line, column] = doc.lineColumn(parser.errorOffset);
        const QString where = fileName.isEmpty() ? QStringLiteral("the document") : fileName;
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 is not valid %2: line %3, column %4: %5. Nothing was changed.")
                .arg(where, dialect.name).arg(line).arg(column).arg(parser.errorText),
            0, QStringLiteral("Fix the file (or restore it from a backup) and try again.")));
    }
    return doc;
}

QString decodeJsonString(const char *data, qsizetype length)
{
    const char *p = data + 1;
    const qsizetype n = length - 2;
    if (!memchr(p, '\\', size_t(n)))
        return utf8ToString(QByteArrayView(p, n));
    QString out;
    out.reserve(n);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != '\\')
            continue;
        out += utf8ToString(QByteArrayView(p + runStart, i - runStart));
        const char e = p[i + 1];
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char16_t cu = 0;
            for (int k = 2; k < 6; ++k)
                cu = char16_t(cu * 16 + hexDigitValue(p[i + k]));
            out += QChar(cu); // surrogate pairs arrive as two escapes and join up in UTF-16
            i += 4;
            break;
        }
        default: out += QChar::fromLatin1(e); break;
        }
        ++i;
        runStart = i + 1;
    }
    out += utf8ToString(QByteArrayView(p + runStart, n - runStart));
    return out;
}

QString JsoncDocument::keyOf(int index) const
{
    const JsoncNode &n = node(index);
    if (n.keyOffset < 0)
        return QString();
    return decodeJsonString(m_text.constData() + n.keyOffset, n.keyLength);
}

int JsoncDocument::findMember(int object, QStringView key) const
{
    if (object < 0 || node(object).type != JsoncNode::Type::Object)
        return -1;
    const QByteArray raw = key.toUtf8();
    for (int c = node(object).lastChild; c >= 0; c = node(c).prev) {
        const JsoncNode &n = node(c);
        // Fast path: most keys have no escapes and compare byte for byte.
        if (n.keyLength == raw.size() + 2 && memcmp(m_text.constData() + n.keyOffset + 1, raw.constData(), size_t(raw.size())) == 0)
            return c;
        if (memchr(m_text.constData() + n.keyOffset, '\\', size_t(n.keyLength)) && keyOf(c) == key)
            return c;
    }
    return -1;
}

int JsoncDocument::findPath(const QStringList &path) const
{
    int cur = root();
    for (const QString &k : path) {
        cur = findMember(cur, k);
        if (cur < 0)
            return -1;
    }
    return cur;
}

JsonValue JsoncDocument::value(int index) const
{
    const JsoncNode &n = node(index);
    switch (n.type) {
    case JsoncNode::Type::Object: {
        JsonValue o = JsonValue::object();
        for (int c = n.firstChild; c >= 0; c = node(c).next) {
            // Duplicates: later wins (JSON.parse); insert() would keep the first position.
            const QString k = keyOf(c);
            o.remove(k);
            o.insert(k, value(c));
        }
        return o;
    }
    case JsoncNode::Type::Array: {
        JsonValue a = JsonValue::array();
        for (int c = n.firstChild; c >= 0; c = node(c).next)
            a.append(value(c));
        return a;
    }
    case JsoncNode::Type::String: return JsonValue::string(decodeJsonString(m_text.constData() + n.offset, n.length));
    case JsoncNode::Type::Number: return JsonValue::rawNumber(m_text.mid(n.offset, n.length));
    case JsoncNode::Type::Literal:
        if (m_text.at(n.offset) == 'n')
            return JsonValue::null();
        return JsonValue::boolean(m_text.at(n.offset) == 't');
    }
    return {};
}

bool JsoncDocument::hasComment(qsizetype from, qsizetype to) const
{
    auto it = std::lower_bound(m_comments.begin(), m_comments.end(), from,
                               [](const Comment &c, qsizetype pos) { return c.end <= pos; });
    return it != m_comments.end() && it->offset < to;
}

bool JsoncDocument::isLineCommentEnd(qsizetype pos) const
{
    auto it = std::lower_bound(m_comments.begin(), m_comments.end(), pos,
                               [](const Comment &c, qsizetype p) { return c.end < p; });
    return it != m_comments.end() && it->end == pos && it->line;
}

std::pair<int, int> JsoncDocument::lineColumn(qsizetype offset) const
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= m_text.size() || m_text.at(i + 1) != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    if (line == 1)
        lineStart = m_bodyStart; // a BOM is not a column anyone can see
    int column = 1;
    for (qsizetype i = lineStart; i < offset && i < m_text.size(); ++i) {
        if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

} // namespace mcpc::clientconfig
