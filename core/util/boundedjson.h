#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>


namespace mcpc {

// Deeper than any real MCP message, OAuth document or config file, and shallow enough
// that every recursive walk over the value afterwards (nlohmann's copy, dump and ==, our
// own formatters) stays far from the end of the stack.
constexpr int kMaxJsonDepth = 512;

// Every JSON document that comes from outside (server replies, SSE data, OAuth
// metadata and token responses, stored profiles and secrets, requests to the demo
// server, user input) is parsed here. nlohmann's parser itself is iterative, but the
// value it builds is walked recursively everywhere, so a reply nested 200,000 levels
// deep would overflow the stack later; this refuses it while parsing, counting depth in
// a SAX pass (no recursion the input controls). It also tells ill-formed UTF-8 apart
// from other malformed JSON. Never throws.
struct BoundedJson
{
    enum class Problem { None, Malformed, TooDeep, InvalidUtf8 };

    nlohmann::json value;           // discarded unless problem == None
    Problem problem = Problem::None;
    qsizetype offset = 0;           // where the problem was found (byte offset)

    bool ok() const { return problem == Problem::None; }
    // One sentence about the problem, with `subject` as its subject ("The server's
    // reply", "The profile file"): "The server's reply nests JSON deeper than 512
    // levels; refused."
    QString describe(const QString &subject, int maxDepth = kMaxJsonDepth) const;
};

BoundedJson parseBoundedJson(QByteArrayView text, int maxDepth = kMaxJsonDepth);

// The usual call: the value, or an error of `kind` described with `subject`. When
// `malformedMessage` is given it replaces the generic text for plain syntax errors (call
// sites keep their specific wording); depth and UTF-8 problems always get their own.
Result<nlohmann::json> parseJson(QByteArrayView text, const QString &subject, ErrorKind kind = ErrorKind::Parse,
                                 const QString &malformedMessage = {}, int code = 0);

// Whether `text` is well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code
// points past U+10FFFF); on failure *badOffset is the first offending byte.
bool isValidUtf8(QByteArrayView text, qsizetype *badOffset = nullptr);

} // namespace mcpc
