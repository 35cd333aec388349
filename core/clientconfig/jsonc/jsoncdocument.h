#pragma once

#include "clientconfig/jsonc/jsonvalue.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace mcpc::clientconfig {

// Which liberties a client's parser takes. Each adapter names its client's dialect so a
// file the client would reject is rejected here too, with the same line and column.
struct JsoncDialect
{
    bool comments = false;
    bool trailingCommas = false;
    QString name; // "JSON", "JSONC", "JSON with comments": used in messages

    static JsoncDialect strictJson() { return {false, false, QStringLiteral("JSON")}; }
    static JsoncDialect jsonc() { return {true, true, QStringLiteral("JSONC")}; }
    // Gemini CLI: strip-json-comments + JSON.parse, so comments pass but trailing commas fail.
    static JsoncDialect jsonWithComments() { return {true, false, QStringLiteral("JSON with comments")}; }
};

// One value in the document, with the byte offsets an editor needs. Offsets index the
// raw file bytes (UTF-8, BOM included), never decoded characters. 32-bit on purpose: a
// 1 MiB file has ~70k nodes and their size is most of the parse time (files over
// kMaxDocumentSize are refused).
struct JsoncNode
{
    enum class Type : quint8 { Object, Array, String, Number, Literal };
    Type type = Type::Literal;
    qint32 offset = 0;       // first byte of the value
    qint32 length = 0;       // bytes up to and including the closing brace/quote
    qint32 keyOffset = -1;   // object members: the key's opening quote
    qint32 keyLength = 0;
    qint32 commaOffset = -1; // the comma that follows this member or element, if any
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int next = -1;
    int prev = -1;
    int childCount = 0;

    qsizetype end() const { return offset + length; }
};

// Far beyond any client config; keeps JsoncNode's 32-bit offsets safe.
inline constexpr qsizetype kMaxDocumentSize = 256 * 1024 * 1024;

// A parsed JSON/JSONC file that keeps its exact bytes, for minimal text edits: we find
// where things are, we never re-serialise the document.
class JsoncDocument
{
public:
    // fileName is only used in the error message ("…/mcp.json: line 3, column 5: …").
    // keepComments = false: the comments are checked but not recorded (a document only
    // read, never edited, such as the re-parse that verifies an edit).
    static Result<JsoncDocument> parse(const QByteArray &text, const JsoncDialect &dialect,
                                       const QString &fileName = QString(), bool keepComments = true);

    const QByteArray &text() const { return m_text; }
    bool hasBom() const { return m_bodyStart > 0; }
    qsizetype bodyStart() const { return m_bodyStart; }
    int root() const { return m_nodes.empty() ? -1 : 0; } // -1: only whitespace/comments
    const JsoncNode &node(int index) const { return m_nodes[size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }

    QString keyOf(int index) const;
    int findMember(int object, QStringView key) const; // the last member named key, or -1
    // Follows object keys from the root; -1 when any step is missing or not an object.
    int findPath(const QStringList &path) const;
    JsonValue value(int index) const;
    JsonValue rootValue() const { return root() < 0 ? JsonValue() : value(root()); }

    // Comments matter to the editor: text must never be placed after a // comment on its
    // line, and a container holding comments is not "empty".
    bool hasComment(qsizetype from, qsizetype to) const;
    bool isLineCommentEnd(qsizetype pos) const;

    // 1-based line and column (in characters) of a byte offset, for messages.
    std::pair<int, int> lineColumn(qsizetype offset) const;

private:
    friend class JsoncParser;
    struct Comment
    {
        qint32 offset;
        qint32 end;
        bool line;
    };

    QByteArray m_text;
    qsizetype m_bodyStart = 0;
    std::vector<JsoncNode> m_nodes;
    std::vector<Comment> m_comments;
};

// Decodes the JSON string literal at text[offset, offset+length) (quotes included).
QString decodeJsonString(const char *data, qsizetype length);

} // namespace mcpc::clientconfig
