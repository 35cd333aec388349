#include "cli/output.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace mcpc::cli {

namespace {
// Messages quote servers (error texts, reply excerpts): a NUL or an escape sequence
// must not reach the terminal, so control characters other than newline and tab
// become U+FFFD.
QString withoutControls(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = QChar::ReplacementCharacter;
    return text;
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = (stream == stderr ? withoutControls(text) : text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}
} // namespace

Output::Output(bool json)
    : m_json(json)
{
}

void Output::line(const QString &text)
{
    if (!m_json)
        writeTo(stdout, text);
}

void Output::info(const QString &text)
{
    writeTo(stderr, text);
}

void Output::document(const nlohmann::json &doc)
{
    const std::string s = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
}

int Output::fail(const Error &error)
{
    if (m_json) {
        nlohmann::json e = {{"kind", kindName(error.kind).toStdString()},
                            {"message", error.message.toStdString()}};
        if (error.code != 0)
            e["code"] = error.code;
        if (!error.hint.isEmpty())
            e["hint"] = error.hint.toStdString();
        document(nlohmann::json{{"error", e}});
    }
    writeTo(stderr, QStringLiteral("error: ") + error.message);
    if (!error.hint.isEmpty())
        writeTo(stderr, QStringLiteral("hint: ") + error.hint);
    return exitCodeFor(error.kind);
}

int Output::usage(const QString &message)
{
    return fail(Error::make(ErrorKind::Usage, message));
}

} // namespace mcpc::cli
