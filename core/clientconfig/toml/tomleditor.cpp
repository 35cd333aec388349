#include "clientconfig/toml/tomleditor.h"

#include "clientconfig/toml/tomldepth.h"
#include "clientconfig/toml/tomltablescanner.h"
#include "util/utf8.h"
#include "util/boundedjson.h" // kMaxJsonDepth: one nesting bound for every document we read

#include <sstream>

#include <toml++/toml.h>

namespace mcpc::clientconfig {

struct TomlEditor::Impl
{
    QByteArray text;
    QString fileName;
    toml::table table;
};

namespace {

JsonValue fromToml(const toml::node &n)
{
    if (const toml::table *t = n.as_table()) {
        JsonValue o = JsonValue::object();
        for (auto &&[k, v] : *t)
            o.insert(utf8ToString(k.str()), fromToml(v));
        return o;
    }
    if (const toml::array *a = n.as_array()) {
        JsonValue arr = JsonValue::array();
        for (const toml::node &v : *a)
            arr.append(fromToml(v));
        return arr;
    }
    if (const auto *s = n.as_string())
        return JsonValue::string(utf8ToString(s->get()));
    if (const auto *i = n.as_integer())
        return JsonValue::number(i->get());
    if (const auto *f = n.as_floating_point())
        return JsonValue::rawNumber(QByteArray::number(f->get(), 'g', 17));
    if (const auto *b = n.as_boolean())
        return JsonValue::boolean(b->get());
    std::ostringstream os; // dates and times: their TOML text is as good a value as any
    if (const auto *d = n.as_date())
        os << d->get();
    else if (const auto *t = n.as_time())
        os << t->get();
    else if (const auto *dt = n.as_date_time())
        os << dt->get();
    return JsonValue::string(QString::fromStdString(os.str()));
}

const toml::node *nodeAt(const toml::table &root, const QStringList &path)
{
    const toml::node *cur = &root;
    for (const QString &k : path) {
        const toml::table *t = cur ? cur->as_table() : nullptr;
        cur = t ? t->get(k.toStdString()) : nullptr;
    }
    return cur;
}

// Removes path and then any parent tables that are left empty, so "the file without our
// table" compares equal whether or not `[mcp_servers]` existed before we came.
void erasePath(toml::table &root, const QStringList &path)
{
    QList<toml::table *> chain{&root};
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        toml::node *n = chain.last()->get(path[i].toStdString());
        if (!n || !n->as_table())
            return;
        chain.append(n->as_table());
    }
    chain.last()->erase(path.last().toStdString());
    for (qsizetype i = chain.size() - 1; i >= 1 && chain[i]->empty(); --i)
        chain[i - 1]->erase(path[i - 1].toStdString());
}

void appendTomlValue(QByteArray &out, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::String: {
        out += '"';
        for (char c : v.toString().toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\')
                out += QByteArray("\\") + c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (u < 0x20 || u == 0x7f)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
        out += '"';
        return;
    }
    case JsonValue::Type::Number: out += v.numberText(); return;
    case JsonValue::Type::Bool: out += v.toBool() ? "true" : "false"; return;
    case JsonValue::Type::Array:
        out += '[';
        for (size_t i = 0; i < v.items().size(); ++i) {
            out += i ? ", " : "";
            appendTomlValue(out, v.items()[i]);
        }
        out += ']';
        return;
    case JsonValue::Type::Object:
        out += '{';
        for (size_t i = 0; i < v.members().size(); ++i) {
            out += i ? ", " : " ";
            out += TomlTableScanner::keyText(v.members()[i].first) + " = ";
            appendTomlValue(out, v.members()[i].second);
        }
        out += v.members().empty() ? "}" : " }";
        return;
    case JsonValue::Type::Null: return; // TOML has no null; callers never pass one
    }
}

QByteArray detectEol(const QByteArray &text)
{
    const qsizetype lf = text.indexOf('\n');
    return lf > 0 && text.at(lf - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

bool isBlank(const QByteArray &s)
{
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

qsizetype skipWsBack(const QByteArray &text, qsizetype pos, qsizetype floor)
{
    while (pos > floor && QByteArrayView(" \t\r\n").contains(text.at(pos - 1)))
        --pos;
    return pos;
}

// From the start of a whitespace run, past the blanks that end the line before it: those
// belong to that line (a comment's trailing tabs), only the line breaks are ours to move.
qsizetype lineBreakAfter(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
        ++pos;
    return pos;
}

// End of the block's last line without its line break.
qsizetype withoutEol(const QByteArray &text, qsizetype end)
{
    if (end > 0 && text.at(end - 1) == '\n')
        --end;
    if (end > 0 && text.at(end - 1) == '\r')
        --end;
    return end;
}

} // namespace

TomlEditor::TomlEditor(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

TomlEditor::~TomlEditor() = default;

Result<std::unique_ptr<TomlEditor>> TomlEditor::parse(const QByteArray &text, const QString &fileName)
{
    auto impl = std::make_unique<Impl>();
    impl->text = text;
    impl->fileName = fileName;
    const QString where = fileName.isEmpty() ? QStringLiteral("the document") : fileName;
    // toml++ does not bound dotted keys, and freeing tables 200,000 deep overflows the stack.
    if (const TomlDepth d = tomlNestingDepth(text, kMaxJsonDepth); d.depth > kMaxJsonDepth) {
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 nests tables deeper than %2 levels (line %3); refused. Nothing was changed.")
                .arg(where).arg(kMaxJsonDepth).arg(d.line),
            0, QStringLiteral("Fix the file (or restore it from a backup) and try again.")));
    }
    try {
        impl->table = toml::parse(std::string_view(text.constData(), size_t(text.size())), fileName.toStdString());
    } catch (const toml::parse_error &e) {
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 is not valid TOML: line %2, column %3: %4. Nothing was changed.")
                .arg(where)
                .arg(e.source().begin.line)
                .arg(e.source().begin.column)
                .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))),
            0, QStringLiteral("Fix the file (or restore it from a backup) and try again.")));
    }
    return std::unique_ptr<TomlEditor>(new TomlEditor(std::move(impl)));
}

std::optional<JsonValue> TomlEditor::value(const QStringList &path) const
{
    const toml::node *n = nodeAt(m_impl->table, path);
    if (!n)
        return std::nullopt;
    return fromToml(*n);
}

QStringList TomlEditor::keys(const QStringList &path) const
{
    QStringList out;
    const toml::node *n = nodeAt(m_impl->table, path);
    if (const toml::table *t = n ? n->as_table() : nullptr)
        for (auto &&[k, v] : *t)
            out << utf8ToString(k.str());
    return out;
}

QByteArray TomlEditor::tableText(const QStringList &path, const JsonValue &value, const QByteArray &eol)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < path.size(); ++i)
        out += (i ? "." : "") + TomlTableScanner::keyText(path[i]);
    out += ']';
    for (const JsonValue::Member &m : value.members()) {
        if (m.second.type() == JsonValue::Type::Null)
            continue;
        out += eol + TomlTableScanner::keyText(m.first) + " = ";
        appendTomlValue(out, m.second);
    }
    return out;
}

Result<ConfigChange> TomlEditor::set(const QStringList &path, const JsonValue &value) const
{
    const QByteArray &text = m_impl->text;
    const QByteArray eol = detectEol(text);
    const QByteArray table = tableText(path, value, eol);
    const TomlTableBlock block = TomlTableScanner(text).block(path);
    if (block.found()) {
        const qsizetype header = text.indexOf('[', block.start);
        const qsizetype end = withoutEol(text, block.end);
        return verified(text.left(header) + table + text.mid(end), path, value);
    }
    if (nodeAt(m_impl->table, path))
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 defines '%2' with dotted keys or an inline table, which cannot be edited line by line.")
                .arg(m_impl->fileName, path.join(u'.')),
            0, QStringLiteral("Edit that entry by hand, or rewrite it as a [%1] table.").arg(path.join(u'.'))));
    ConfigChange change;
    const qsizetype floor = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (isBlank(text.mid(floor))) {
        // Like a fresh JSON document: remember the blank original for an exact undo.
        change.notes.append({{}, true, text});
        auto v = verified(text.left(floor) + table + eol, path, value);
        if (v)
            v->notes = change.notes;
        return v;
    }
    // Insert before the trailing line breaks (blanks ending the last line stay on it), so
    // taking it out again (in any order with other appended tables) restores the bytes.
    const qsizetype at = lineBreakAfter(text, skipWsBack(text, text.size(), floor));
    return verified(text.left(at) + eol + eol + table + text.mid(at), path, value);
}

Result<ConfigChange> TomlEditor::remove(const QStringList &path, const QList<ContainerNote> &notes) const
{
    const QByteArray &text = m_impl->text;
    const TomlTableBlock block = TomlTableScanner(text).block(path);
    if (!block.found()) {
        if (nodeAt(m_impl->table, path))
            return std::unexpected(Error::make(ErrorKind::Parse,
                QStringLiteral("%1 defines '%2' with dotted keys or an inline table, which cannot be removed line by line.")
                    .arg(m_impl->fileName, path.join(u'.')),
                0, QStringLiteral("Remove that entry by hand.")));
        return ConfigChange{text, {}};
    }
    const qsizetype floor = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype header = text.indexOf('[', block.start);
    const qsizetype from = lineBreakAfter(text, skipWsBack(text, header, floor));
    const qsizetype to = withoutEol(text, block.end);
    QByteArray out = text.left(from) + text.mid(to);
    if (from == floor) {
        QByteArray rest = text.mid(to);
        if (isBlank(rest)) {
            out = text.left(floor);
            for (const ContainerNote &n : notes)
                if (n.path.isEmpty() && n.created && n.emptyInner)
                    out = *n.emptyInner;
        } else {
            // Our table opened the file: drop the line breaks that separated it from the rest.
            qsizetype p = 0;
            while (p < rest.size() && (rest.at(p) == '\n' || rest.at(p) == '\r'))
                ++p;
            out = text.left(floor) + rest.mid(p);
        }
    }
    return verified(out, path, std::nullopt);
}

Result<ConfigChange> TomlEditor::verified(const QByteArray &text, const QStringList &path,
                                          const std::optional<JsonValue> &expected) const
{
    auto after = parse(text, m_impl->fileName);
    if (!after)
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("The change to %1 would not be valid TOML (%2); nothing was written.")
                .arg(m_impl->fileName, after.error().message),
            0, QStringLiteral("Is '%1' written as an inline table? Edit that part by hand.").arg(path.value(0))));
    const std::optional<JsonValue> now = (*after)->value(path);
    const bool entryOk = expected ? (now && *now == *expected) : !now.has_value();
    toml::table before = m_impl->table;
    toml::table rest = (*after)->m_impl->table;
    erasePath(before, path);
    erasePath(rest, path);
    if (!entryOk || !(before == rest))
        return std::unexpected(Error::make(ErrorKind::Io,
            QStringLiteral("Editing %1 would have changed more than the '%2' table; nothing was written.")
                .arg(m_impl->fileName, path.join(u'.'))));
    return ConfigChange{text, {}};
}

} // namespace mcpc::clientconfig
