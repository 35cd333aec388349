#pragma once

#include "clientconfig/editing/textedit.h"
#include "clientconfig/jsonc/jsoncdocument.h"
#include "clientconfig/jsonc/jsoncformat.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace mcpc::clientconfig {

// What we need to remember about a container to take our change back exactly: whether we
// created it (then it goes when our last entry goes), and what was between its braces
// when it was empty (`{}` vs `{ }` vs `{\n}` cannot be told apart afterwards).
// path {} is the root: "created" there means the file had no document (empty file or
// comments only) and emptyInner holds its original text.
struct ContainerNote
{
    QStringList path;
    bool created = false;
    std::optional<QByteArray> emptyInner;
};

struct JsoncSetResult
{
    QList<TextEdit> edits;
    QList<ContainerNote> notes; // new facts to remember, for remove()
    bool replaced = false;      // an existing member's value was replaced
};

// Minimal text edits on a JSONC document, in the spirit of jsonc-parser's modify():
// insert a member after the last one in the file's own indentation, line ending and
// trailing-comma style; replace a member's value; remove a member with its comma. Comments
// and every byte outside the member stay. An insertion followed by remove() with the
// notes it returned gives back the original bytes.
class JsoncModifier
{
public:
    explicit JsoncModifier(const JsoncDocument &doc);

    // Sets path (object keys from the root) to value, creating missing parent objects.
    Result<JsoncSetResult> set(const QStringList &path, const JsonValue &value) const;
    // Removes the member at path; containers we created go with their last member. An
    // empty list means the member is not there.
    QList<TextEdit> remove(const QStringList &path, const QList<ContainerNote> &notes) const;

private:
    const ContainerNote *noteFor(const QList<ContainerNote> &notes, const QStringList &path) const;
    QList<TextEdit> insertMember(int container, const QString &key, const JsonValue &value,
                                 std::optional<QByteArray> *emptyInner) const;
    QList<TextEdit> removeMember(int member, const ContainerNote *parentNote) const;
    QList<TextEdit> createRoot(const QStringList &path, const JsonValue &value, JsoncSetResult *result) const;
    std::optional<TextEdit> restoreRoot(const ContainerNote &note) const;

    qsizetype skipWsBack(qsizetype pos) const;
    qsizetype sameLineTrailer(qsizetype pos) const;
    QByteArray lineIndent(qsizetype pos) const;
    bool startsLine(qsizetype pos) const;
    QByteArray colonStyle(int member) const;
    JsoncWriteStyle styleAt(const QByteArray &baseIndent) const;

    const JsoncDocument &m_doc;
    const QByteArray &m_text;
    JsoncFormat m_format;
};

} // namespace mcpc::clientconfig
