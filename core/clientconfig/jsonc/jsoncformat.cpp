#include "clientconfig/jsonc/jsoncformat.h"

#include <map>

namespace mcpc::clientconfig {

namespace {

// Lines looked at for the indent: enough for any real file, cheap for a 1 MiB one.
constexpr int kIndentSampleLines = 2000;

} // namespace

JsoncFormat JsoncFormat::detect(const QByteArray &text)
{
    JsoncFormat f;
    const qsizetype lf = text.indexOf('\n');
    if (lf < 0) {
        f.singleLine = true;
    } else if (lf > 0 && text.at(lf - 1) == '\r') {
        f.eol = "\r\n";
    }

    // detect-indent's idea: the most frequent change of indentation between consecutive
    // non-blank lines, tabs counted apart from spaces.
    std::map<std::pair<bool, int>, int> votes;
    int prevWidth = 0;
    bool prevTabs = false;
    qsizetype pos = 0;
    for (int line = 0; line < kIndentSampleLines && pos < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        qsizetype i = pos;
        while (i < end && (text.at(i) == ' ' || text.at(i) == '\t'))
            ++i;
        const bool blank = i >= end || text.at(i) == '\r';
        if (!blank) {
            const int width = int(i - pos);
            const bool tabs = width > 0 && text.at(pos) == '\t';
            if (width > prevWidth || (width > 0 && tabs != prevTabs)) {
                const int delta = tabs == prevTabs ? width - prevWidth : width;
                ++votes[{tabs, delta}];
            }
            prevWidth = width;
            prevTabs = tabs;
        }
        pos = end + 1;
    }
    int best = 0;
    for (const auto &[key, count] : votes) {
        if (count > best) {
            best = count;
            f.indentUnit = QByteArray(key.second, key.first ? '\t' : ' ');
        }
    }
    return f;
}

void writeJsonValue(QByteArray &out, const JsonValue &value, const JsoncWriteStyle &style)
{
    const bool isObject = value.isObject();
    const bool empty = isObject ? value.members().empty() : value.items().empty();
    if ((!isObject && !value.isArray()) || empty) {
        out += value.toCompactJson();
        return;
    }
    JsoncWriteStyle inner = style;
    inner.baseIndent += style.indentUnit;
    out += isObject ? '{' : '[';
    const size_t count = isObject ? value.members().size() : value.items().size();
    for (size_t i = 0; i < count; ++i) {
        if (style.multiLine) {
            out += style.eol;
            out += inner.baseIndent;
        }
        if (isObject) {
            appendJsonString(out, value.members()[i].first);
            out += style.colon;
            writeJsonValue(out, value.members()[i].second, inner);
        } else {
            writeJsonValue(out, value.items()[i], inner);
        }
        if (i + 1 < count)
            out += style.multiLine ? QByteArray(",") : style.comma;
    }
    if (style.multiLine) {
        out += style.eol;
        out += style.baseIndent;
    }
    out += isObject ? '}' : ']';
}

QByteArray writeJsonMember(const QString &key, const JsonValue &value, const JsoncWriteStyle &style)
{
    QByteArray out;
    appendJsonString(out, key);
    out += style.colon;
    writeJsonValue(out, value, style);
    return out;
}

} // namespace mcpc::clientconfig
