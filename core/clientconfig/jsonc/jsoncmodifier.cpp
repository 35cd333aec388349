#include "clientconfig/jsonc/jsoncmodifier.h"

namespace mcpc::clientconfig {

namespace {

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(const QByteArray &s)
{
    for (char c : s)
        if (!isWs(c))
            return false;
    return true;
}

// What precedes a document we add to a file that had none: nothing when the file was
// blank, else its comments and a line break.
QByteArray freshPrefix(const QByteArray &body, const QByteArray &eol)
{
    if (isBlank(body))
        return {};
    return body.endsWith('\n') || body.endsWith('\r') ? body : body + eol;
}

JsonValue nest(const QStringList &path, qsizetype from, const JsonValue &leaf)
{
    JsonValue v = leaf;
    for (qsizetype j = path.size() - 1; j > from; --j) {
        JsonValue o = JsonValue::object();
        o.insert(path[j], std::move(v));
        v = std::move(o);
    }
    return v;
}

} // namespace

JsoncModifier::JsoncModifier(const JsoncDocument &doc)
    : m_doc(doc)
    , m_text(doc.text())
    , m_format(JsoncFormat::detect(doc.text()))
{
    // A minified document keeps additions on its one line; a file that is just "{}" does
    // not count as minified, it simply has nothing to imitate yet.
    if (m_format.singleLine && (doc.root() < 0 || doc.node(doc.root()).childCount == 0))
        m_format.singleLine = false;
}

Result<JsoncSetResult> JsoncModifier::set(const QStringList &path, const JsonValue &value) const
{
    JsoncSetResult result;
    if (path.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("An empty key path cannot be set.")));
    if (m_doc.root() < 0) {
        result.edits = createRoot(path, value, &result);
        return result;
    }
    int cur = m_doc.root();
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (m_doc.node(cur).type != JsoncNode::Type::Object)
            return std::unexpected(Error::make(ErrorKind::Parse,
                QStringLiteral("'%1' in the file is not a JSON object, so no entry can be added under it.")
                    .arg(i == 0 ? QStringLiteral("(top level)") : path.mid(0, i).join(u'.'))));
        const int child = m_doc.findMember(cur, path[i]);
        if (child < 0) {
            std::optional<QByteArray> emptyInner;
            result.edits = insertMember(cur, path[i], nest(path, i, value), &emptyInner);
            if (emptyInner)
                result.notes.append({path.mid(0, i), false, emptyInner});
            for (qsizetype k = i + 1; k < path.size(); ++k)
                result.notes.append({path.mid(0, k), true, std::nullopt});
            return result;
        }
        cur = child;
    }
    if (m_doc.node(cur).type != JsoncNode::Type::Object)
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("'%1' in the file is not a JSON object, so no entry can be added under it.")
                .arg(path.size() == 1 ? QStringLiteral("(top level)") : path.mid(0, path.size() - 1).join(u'.'))));
    const int existing = m_doc.findMember(cur, path.last());
    if (existing >= 0) {
        const JsoncNode &m = m_doc.node(existing);
        JsoncWriteStyle style = styleAt(lineIndent(m.keyOffset));
        style.colon = colonStyle(existing);
        QByteArray text;
        writeJsonValue(text, value, style);
        result.edits.append({m.offset, m.length, text});
        result.replaced = true;
        return result;
    }
    std::optional<QByteArray> emptyInner;
    result.edits = insertMember(cur, path.last(), value, &emptyInner);
    if (emptyInner)
        result.notes.append({path.mid(0, path.size() - 1), false, emptyInner});
    return result;
}

QList<TextEdit> JsoncModifier::createRoot(const QStringList &path, const JsonValue &value, JsoncSetResult *result) const
{
    const qsizetype start = m_doc.bodyStart();
    const QByteArray body = m_text.mid(start);
    QByteArray doc = freshPrefix(body, m_format.eol);
    writeJsonValue(doc, nest(path, -1, value), styleAt({}));
    doc += m_format.eol;
    result->notes.append({{}, true, body});
    for (qsizetype k = 1; k < path.size(); ++k)
        result->notes.append({path.mid(0, k), true, std::nullopt});
    return {{start, m_text.size() - start, doc}};
}

QList<TextEdit> JsoncModifier::insertMember(int container, const QString &key, const JsonValue &value,
                                            std::optional<QByteArray> *emptyInner) const
{
    const JsoncNode &c = m_doc.node(container);
    const qsizetype innerStart = c.offset + 1;
    const qsizetype innerEnd = c.end() - 1;
    if (c.childCount == 0) {
        const QByteArray containerIndent = lineIndent(c.offset);
        const QByteArray childIndent = containerIndent + m_format.indentUnit;
        if (!m_doc.hasComment(innerStart, innerEnd)) {
            // Blank inside: replace it wholesale and remember it, so removal can put the
            // exact original whitespace back.
            *emptyInner = m_text.mid(innerStart, innerEnd - innerStart);
            if (m_format.singleLine)
                return {{innerStart, innerEnd - innerStart, writeJsonMember(key, value, styleAt({}))}};
            const QByteArray content = m_format.eol + childIndent + writeJsonMember(key, value, styleAt(childIndent))
                + m_format.eol + containerIndent;
            return {{innerStart, innerEnd - innerStart, content}};
        }
        // Only comments inside: add after the last one, on a line of our own.
        const qsizetype at = skipWsBack(innerEnd);
        return {{at, 0, m_format.eol + childIndent + writeJsonMember(key, value, styleAt(childIndent))}};
    }

    const int last = c.lastChild;
    const JsoncNode &l = m_doc.node(last);
    const bool trailingComma = l.commaOffset >= 0;
    // Go past comments on the last member's line, so "// about x" stays with x.
    const qsizetype at = sameLineTrailer(trailingComma ? l.commaOffset + 1 : l.end());
    const bool afterLineComment = m_doc.isLineCommentEnd(at);
    const bool inlineStyle = (m_format.singleLine || !startsLine(l.keyOffset)) && !afterLineComment;
    const QByteArray colon = colonStyle(last);

    QByteArray content;
    if (inlineStyle) {
        JsoncWriteStyle style = styleAt({});
        style.multiLine = false;
        style.colon = colon;
        style.comma = colon.endsWith(' ') ? ", " : ",";
        const QByteArray sep = l.prev >= 0 ? m_text.mid(skipWsBack(l.keyOffset), l.keyOffset - skipWsBack(l.keyOffset))
                                           : QByteArray(colon.endsWith(' ') ? " " : "");
        content = (isBlank(sep) ? sep : QByteArray(" ")) + writeJsonMember(key, value, style);
    } else {
        const QByteArray indent = startsLine(l.keyOffset) ? lineIndent(l.keyOffset) : lineIndent(l.keyOffset) + m_format.indentUnit;
        JsoncWriteStyle style = styleAt(indent);
        style.colon = colon;
        content = m_format.eol + indent + writeJsonMember(key, value, style);
    }
    if (trailingComma)
        return {{at, 0, content + ','}};
    if (at == l.end())
        return {{at, 0, ',' + content}};
    return {{l.end(), 0, QByteArray(",")}, {at, 0, content}};
}

QList<TextEdit> JsoncModifier::remove(const QStringList &path, const QList<ContainerNote> &notes) const
{
    int target = path.isEmpty() ? -1 : m_doc.findPath(path);
    if (target < 0)
        return {};
    QStringList targetPath = path;
    // Climb through containers we created that would be left empty.
    while (!targetPath.isEmpty()) {
        const QStringList parentPath = targetPath.mid(0, targetPath.size() - 1);
        const ContainerNote *note = noteFor(notes, parentPath);
        const int parent = m_doc.node(target).parent;
        const JsoncNode &p = m_doc.node(parent);
        const JsoncNode &t = m_doc.node(target);
        if (!note || !note->created || p.childCount != 1 || m_doc.hasComment(p.offset + 1, t.keyOffset)
            || m_doc.hasComment(t.end(), p.end() - 1))
            break;
        if (parentPath.isEmpty()) {
            if (auto edit = restoreRoot(*note))
                return {*edit};
            break;
        }
        target = parent;
        targetPath = parentPath;
    }
    return removeMember(target, noteFor(notes, targetPath.mid(0, targetPath.size() - 1)));
}

std::optional<TextEdit> JsoncModifier::restoreRoot(const ContainerNote &note) const
{
    if (!note.emptyInner)
        return std::nullopt;
    const JsoncNode &r = m_doc.node(m_doc.root());
    const qsizetype start = m_doc.bodyStart();
    if (m_text.mid(start, r.offset - start) != freshPrefix(*note.emptyInner, m_format.eol) || m_text.mid(r.end()) != m_format.eol)
        return std::nullopt; // someone reshaped the file since: just remove the member
    return TextEdit{start, m_text.size() - start, *note.emptyInner};
}

QList<TextEdit> JsoncModifier::removeMember(int member, const ContainerNote *parentNote) const
{
    const JsoncNode &m = m_doc.node(member);
    const JsoncNode &c = m_doc.node(m.parent);
    const qsizetype innerStart = c.offset + 1;
    const qsizetype innerEnd = c.end() - 1;
    if (c.childCount == 1 && !m_doc.hasComment(innerStart, m.keyOffset) && !m_doc.hasComment(m.end(), innerEnd)) {
        const QByteArray inner = parentNote && parentNote->emptyInner ? *parentNote->emptyInner : QByteArray();
        return {{innerStart, innerEnd - innerStart, inner}};
    }
    qsizetype from = skipWsBack(m.keyOffset);
    // Blanks after a line comment are part of the comment (skipWsBack went into it): the
    // removal starts at the comment's real end, where insertMember put the member.
    qsizetype commentEnd = from;
    while (commentEnd < m.keyOffset && (m_text.at(commentEnd) == ' ' || m_text.at(commentEnd) == '\t'))
        ++commentEnd;
    if (commentEnd > from && m_doc.isLineCommentEnd(commentEnd))
        from = commentEnd;
    const qsizetype to = m.commaOffset >= 0 ? m.commaOffset + 1 : m.end();
    if (m_doc.isLineCommentEnd(from)) {
        // Keep the comment's line break unless our text ran to the end of the line anyway;
        // otherwise what follows would end up inside the comment.
        qsizetype r = to;
        while (r < m_text.size() && (m_text.at(r) == ' ' || m_text.at(r) == '\t'))
            ++r;
        if (r < m_text.size() && m_text.at(r) != '\n' && m_text.at(r) != '\r')
            from += m_text.mid(from, 2) == "\r\n" ? 2 : 1;
    }
    if (m.commaOffset < 0 && m.prev >= 0) {
        // Last member without a trailing comma: the comma before it goes instead.
        const qsizetype comma = m_doc.node(m.prev).commaOffset;
        if (comma + 1 == from)
            return {{comma, to - comma, {}}};
        return {{comma, 1, {}}, {from, to - from, {}}};
    }
    return {{from, to - from, {}}};
}

const ContainerNote *JsoncModifier::noteFor(const QList<ContainerNote> &notes, const QStringList &path) const
{
    for (const ContainerNote &n : notes)
        if (n.path == path)
            return &n;
    return nullptr;
}

qsizetype JsoncModifier::skipWsBack(qsizetype pos) const
{
    while (pos > m_doc.bodyStart() && isWs(m_text.at(pos - 1)))
        --pos;
    return pos;
}

qsizetype JsoncModifier::sameLineTrailer(qsizetype pos) const
{
    while (true) {
        qsizetype r = pos;
        while (r < m_text.size() && (m_text.at(r) == ' ' || m_text.at(r) == '\t'))
            ++r;
        if (r + 1 >= m_text.size() || m_text.at(r) != '/')
            return pos;
        if (m_text.at(r + 1) == '/') {
            qsizetype e = r;
            while (e < m_text.size() && m_text.at(e) != '\n' && m_text.at(e) != '\r')
                ++e;
            return e;
        }
        if (m_text.at(r + 1) != '*')
            return pos;
        const qsizetype e = m_text.indexOf("*/", r + 2) + 2;
        if (m_text.mid(r, e - r).contains('\n'))
            return pos; // a block comment spanning lines belongs to what follows
        pos = e;
    }
}

QByteArray JsoncModifier::lineIndent(qsizetype pos) const
{
    // lastIndexOf() reads a negative start as "from the end": guard offset 0.
    qsizetype start = pos <= 0 ? 0 : m_text.lastIndexOf('\n', pos - 1) + 1;
    if (start < m_doc.bodyStart())
        start = m_doc.bodyStart();
    qsizetype e = start;
    while (e < m_text.size() && (m_text.at(e) == ' ' || m_text.at(e) == '\t'))
        ++e;
    return m_text.mid(start, e - start);
}

bool JsoncModifier::startsLine(qsizetype pos) const
{
    for (qsizetype i = pos - 1; i >= m_doc.bodyStart(); --i) {
        const char ch = m_text.at(i);
        if (ch == '\n' || ch == '\r')
            return true;
        if (ch != ' ' && ch != '\t')
            return false;
    }
    return true;
}

QByteArray JsoncModifier::colonStyle(int member) const
{
    const JsoncNode &m = m_doc.node(member);
    const QByteArray between = m_text.mid(m.keyOffset + m.keyLength, m.offset - m.keyOffset - m.keyLength);
    for (char ch : between)
        if (ch != ' ' && ch != '\t' && ch != ':')
            return ": ";
    return between.count(':') == 1 ? between : QByteArray(": ");
}

JsoncWriteStyle JsoncModifier::styleAt(const QByteArray &baseIndent) const
{
    JsoncWriteStyle s;
    s.multiLine = !m_format.singleLine;
    s.baseIndent = baseIndent;
    s.indentUnit = m_format.indentUnit;
    s.eol = m_format.eol;
    return s;
}

} // namespace mcpc::clientconfig
