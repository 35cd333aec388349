#include "util/boundedjson.h"

namespace mcpc {

namespace {

using nlohmann::json;

// Builds the value with nlohmann's own DOM builder, but stops the parse as soon as the
// nesting passes the limit. nlohmann's parser keeps its state on the heap, so the only
// depth that matters is the one we count here.
class DepthLimitedBuilder
{
public:
    DepthLimitedBuilder(json &out, int maxDepth)
        : m_dom(out, false)
        , m_maxDepth(maxDepth)
    {
    }

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t &s) { return m_dom.number_float(v, s); }
    bool string(json::string_t &v) { return m_dom.string(v); }
    bool binary(json::binary_t &v) { return m_dom.binary(v); }
    bool key(json::string_t &v) { return m_dom.key(v); }
    bool start_object(std::size_t n) { return enter() && m_dom.start_object(n); }
    bool end_object() { --m_depth; return m_dom.end_object(); }
    bool start_array(std::size_t n) { return enter() && m_dom.start_array(n); }
    bool end_array() { --m_depth; return m_dom.end_array(); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &)
    {
        m_errorPosition = position;
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    std::size_t errorPosition() const { return m_errorPosition; }

private:
    bool enter()
    {
        if (++m_depth <= m_maxDepth)
            return true;
        m_tooDeep = true;
        return false;
    }

    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    int m_maxDepth;
    int m_depth = 0;
    bool m_tooDeep = false;
    std::size_t m_errorPosition = 0;
};

// Length of the UTF-8 sequence led by `b`, 0 if `b` cannot lead one.
int sequenceLength(unsigned char b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0; // continuation byte, overlong lead (C0, C1) or past U+10FFFF (F5..FF)
}

} // namespace

bool isValidUtf8(QByteArrayView text, qsizetype *badOffset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = std::size_t(text.size());
    for (std::size_t i = 0; i < n;) {
        const int len = sequenceLength(p[i]);
        bool ok = len > 0 && i + std::size_t(len) <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (p[i + std::size_t(k)] & 0xC0) == 0x80;
        if (ok && len >= 3) {
            // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and
            // code points past U+10FFFF (F4).
            const unsigned char b0 = p[i], b1 = p[i + 1];
            ok = !(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 > 0x9F) && !(b0 == 0xF0 && b1 < 0x90)
                 && !(b0 == 0xF4 && b1 > 0x8F);
        }
        if (!ok) {
            if (badOffset)
                *badOffset = qsizetype(i);
            return false;
        }
        i += std::size_t(len);
    }
    return true;
}

BoundedJson parseBoundedJson(QByteArrayView text, int maxDepth)
{
    BoundedJson out;
    DepthLimitedBuilder builder(out.value, maxDepth);
    const bool parsed = json::sax_parse(text.data(), text.data() + text.size(), &builder);
    if (parsed)
        return out;
    out.value = json(json::value_t::discarded);
    if (builder.tooDeep()) {
        out.problem = BoundedJson::Problem::TooDeep;
        out.offset = qsizetype(builder.errorPosition());
    } else if (qsizetype bad = 0; !isValidUtf8(text, &bad)) {
        out.problem = BoundedJson::Problem::InvalidUtf8;
        out.offset = bad;
    } else {
        out.problem = BoundedJson::Problem::Malformed;
        out.offset = qsizetype(builder.errorPosition());
    }
    return out;
}

QString BoundedJson::describe(const QString &subject, int maxDepth) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::TooDeep:
        return QStringLiteral("%1 nests JSON deeper than %2 levels; refused.").arg(subject).arg(maxDepth);
    case Problem::InvalidUtf8:
        return QStringLiteral("%1 is not valid UTF-8 (a malformed byte sequence at byte %2); JSON must be UTF-8.")
            .arg(subject).arg(offset);
    case Problem::Malformed:
        break;
    }
    return QStringLiteral("%1 is not valid JSON (error near byte %2).").arg(subject).arg(offset);
}

Result<nlohmann::json> parseJson(QByteArrayView text, const QString &subject, ErrorKind kind,
                                 const QString &malformedMessage, int code)
{
    BoundedJson parsed = parseBoundedJson(text);
    if (parsed.ok())
        return std::move(parsed.value);
    const QString message = parsed.problem == BoundedJson::Problem::Malformed && !malformedMessage.isEmpty()
                                ? malformedMessage
                                : parsed.describe(subject);
    return std::unexpected(Error::make(kind, message, code));
}

} // namespace mcpc
