#include "clientconfig/editing/jsonceditor.h"

#include "clientconfig/toml/tomleditor.h"

namespace mcpc::clientconfig {

ConfigEditor::~ConfigEditor() = default;

QString dialectName(ConfigDialect dialect)
{
    switch (dialect) {
    case ConfigDialect::Json: return QStringLiteral("JSON");
    case ConfigDialect::Jsonc: return QStringLiteral("JSONC");
    case ConfigDialect::JsonWithComments: return QStringLiteral("JSON with comments");
    case ConfigDialect::Toml: return QStringLiteral("TOML");
    }
    return QString();
}

Result<std::unique_ptr<ConfigEditor>> ConfigEditor::open(ConfigDialect dialect, const QByteArray &text,
                                                         const QString &fileName)
{
    if (dialect == ConfigDialect::Toml) {
        auto editor = TomlEditor::parse(text, fileName);
        if (!editor)
            return std::unexpected(editor.error());
        return std::unique_ptr<ConfigEditor>(std::move(*editor));
    }
    const JsoncDialect d = dialect == ConfigDialect::Json    ? JsoncDialect::strictJson()
                         : dialect == ConfigDialect::Jsonc ? JsoncDialect::jsonc()
                                                           : JsoncDialect::jsonWithComments();
    auto editor = JsoncEditor::parse(text, d, fileName);
    if (!editor)
        return std::unexpected(editor.error());
    return std::unique_ptr<ConfigEditor>(std::move(*editor));
}

JsoncEditor::JsoncEditor(JsoncDocument doc, JsoncDialect dialect, QString fileName)
    : m_doc(std::move(doc))
    , m_dialect(std::move(dialect))
    , m_fileName(std::move(fileName))
{
}

Result<std::unique_ptr<JsoncEditor>> JsoncEditor::parse(const QByteArray &text, const JsoncDialect &dialect,
                                                        const QString &fileName)
{
    auto doc = JsoncDocument::parse(text, dialect, fileName);
    if (!doc)
        return std::unexpected(doc.error());
    if (doc->root() >= 0 && doc->node(doc->root()).type != JsoncNode::Type::Object)
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 does not hold a JSON object at the top level. Nothing was changed.").arg(fileName),
            0, QStringLiteral("Fix the file (or restore it from a backup) and try again.")));
    return std::unique_ptr<JsoncEditor>(new JsoncEditor(std::move(*doc), dialect, fileName));
}

std::optional<JsonValue> JsoncEditor::value(const QStringList &path) const
{
    const int node = path.isEmpty() ? m_doc.root() : m_doc.findPath(path);
    if (node < 0)
        return std::nullopt;
    return m_doc.value(node);
}

QStringList JsoncEditor::keys(const QStringList &path) const
{
    const int node = path.isEmpty() ? m_doc.root() : m_doc.findPath(path);
    QStringList out;
    if (node < 0 || m_doc.node(node).type != JsoncNode::Type::Object)
        return out;
    for (int c = m_doc.node(node).firstChild; c >= 0; c = m_doc.node(c).next)
        out << m_doc.keyOf(c);
    return out;
}

// A key on the path that one object holds twice: JSON readers keep the last, and an edit of
// that one leaves the other in place, so no edit of ours could be verified (fuzz_jsonc found
// a remove that failed the internal check this way). Refused up front, with the key named.
std::optional<Error> JsoncEditor::duplicateOnPath(const QStringList &path) const
{
    int object = m_doc.root();
    for (qsizetype i = 0; i < path.size() && object >= 0; ++i) {
        const int last = m_doc.findMember(object, path[i]);
        if (last < 0)
            return std::nullopt;
        for (int c = m_doc.node(last).prev; c >= 0; c = m_doc.node(c).prev) {
            if (m_doc.keyOf(c) != path[i])
                continue;
            const QString where = i == 0 ? QStringLiteral("the top level") : QStringLiteral("\"%1\"").arg(path.first(i).join(u'.'));
            return Error::make(ErrorKind::Parse,
                QStringLiteral("%1: \"%2\" appears more than once in %3, so MCP Connect cannot tell which one to change. "
                               "Nothing was changed.").arg(m_fileName, path[i], where),
                0, QStringLiteral("Keep one \"%1\" (a JSON reader uses only the last one), then try again.").arg(path[i]));
        }
        object = last;
    }
    return std::nullopt;
}

Result<ConfigChange> JsoncEditor::set(const QStringList &path, const JsonValue &value) const
{
    if (auto duplicate = duplicateOnPath(path))
        return std::unexpected(*duplicate);
    auto result = JsoncModifier(m_doc).set(path, value);
    if (!result) {
        Error e = result.error();
        e.message = m_fileName + QStringLiteral(": ") + e.message;
        return std::unexpected(e);
    }
    auto change = verified(applyEdits(m_doc.text(), result->edits), path, value);
    if (change)
        change->notes = result->notes;
    return change;
}

Result<ConfigChange> JsoncEditor::remove(const QStringList &path, const QList<ContainerNote> &notes) const
{
    if (auto duplicate = duplicateOnPath(path))
        return std::unexpected(*duplicate);
    const QList<TextEdit> edits = JsoncModifier(m_doc).remove(path, notes);
    if (edits.isEmpty())
        return ConfigChange{m_doc.text(), {}};
    return verified(applyEdits(m_doc.text(), edits), path, std::nullopt);
}

Result<ConfigChange> JsoncEditor::verified(const QByteArray &text, const QStringList &path,
                                           const std::optional<JsonValue> &expected) const
{
    // The edit is correct by construction (and property-tested); this re-parse is the
    // seat belt that turns a bug into an error instead of a broken client config.
    auto after = JsoncDocument::parse(text, m_dialect, m_fileName, false);
    bool ok = after.has_value();
    if (ok) {
        const int node = after->findPath(path);
        ok = expected ? (node >= 0 && after->value(node) == *expected) : node < 0;
    }
    if (!ok)
        return std::unexpected(Error::make(ErrorKind::Io,
            QStringLiteral("Internal check failed while editing %1; nothing was written.").arg(m_fileName), 0,
            QStringLiteral("Please report this with a copy of the file (remove secrets first).")));
    return ConfigChange{text, {}};
}

} // namespace mcpc::clientconfig
