#include "clientconfig/toml/tomldepth.h"

#include <vector>

namespace mcpc::clientconfig {

namespace {

// Skips a string starting at text[i] (a quote); returns the index after it.
qsizetype skipString(const QByteArray &text, qsizetype i, qsizetype *line)
{
    const qsizetype n = text.size();
    const char q = text[i];
    const bool multi = i + 2 < n && text[i + 1] == q && text[i + 2] == q;
    i += multi ? 3 : 1;
    while (i < n) {
        const char c = text[i];
        if (c == '\n')
            ++*line;
        if (c == '\\' && q == '"') {
            i += 2;
            continue;
        }
        if (c == q) {
            if (!multi)
                return i + 1;
            if (i + 2 < n && text[i + 1] == q && text[i + 2] == q) {
                i += 3;
                while (i < n && text[i] == q) // up to two quotes may end the content
                    ++i;
                return i;
            }
        }
        if (c == '\n' && !multi)
            return i; // unterminated: toml++ reports it
        ++i;
    }
    return i;
}

} // namespace

TomlDepth tomlNestingDepth(const QByteArray &text, int limit)
{
    TomlDepth out;
    const qsizetype n = text.size();
    qsizetype line = 1;
    int headerParts = 0;      // [a.b.c] -> 3, [[a.b]] -> 3 (the array adds one)
    std::vector<char> open;   // the open '{' and '[' of the current value
    std::vector<int> keyParts{0}; // per level: the parts of the key being defined ({} levels; 0 for [])
    bool inKey = true;        // at a key (statement start, or after '{' / ',' in an inline table)
    bool lineStart = true;
    int sum = 0;              // keyParts' total

    auto note = [&] {
        const int depth = headerParts + sum + int(open.size());
        if (depth > out.depth) {
            out.depth = depth;
            out.line = line;
        }
        return depth <= limit;
    };

    for (qsizetype i = 0; i < n;) {
        const char c = text[i];
        if (c == '#') {
            while (i < n && text[i] != '\n')
                ++i;
            continue;
        }
        if (c == '"' || c == '\'') {
            if (inKey && keyParts.back() == 0) {
                keyParts.back() = 1;
                ++sum;
            }
            i = skipString(text, i, &line);
            lineStart = false;
            continue;
        }
        if (c == '\n') {
            ++line;
            if (open.empty()) { // a statement ends
                inKey = true;
                sum -= keyParts.back();
                keyParts.back() = 0;
                lineStart = true;
            }
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        if (lineStart && open.empty() && c == '[') {
            // A table header: count its parts, then skip the rest of the line.
            const bool arrayOfTables = i + 1 < n && text[i + 1] == '[';
            headerParts = arrayOfTables ? 2 : 1;
            for (++i; i < n && text[i] != ']' && text[i] != '\n';) {
                if (text[i] == '"' || text[i] == '\'') {
                    i = skipString(text, i, &line);
                    continue;
                }
                if (text[i] == '.')
                    ++headerParts;
                ++i;
            }
            if (!note())
                return out;
            while (i < n && text[i] != '\n' && text[i] != '#')
                ++i;
            continue;
        }
        lineStart = false;
        if (inKey) {
            if (c == '=') {
                inKey = false;
            } else if (c == '.') {
                ++keyParts.back();
                ++sum;
            } else if (keyParts.back() == 0) {
                keyParts.back() = 1;
                ++sum;
            }
            if (!note())
                return out;
            ++i;
            continue;
        }
        if (c == '{' || c == '[') {
            open.push_back(c);
            keyParts.push_back(0);
            inKey = c == '{';
            if (!note())
                return out;
        } else if ((c == '}' || c == ']') && !open.empty()) {
            open.pop_back();
            sum -= keyParts.back();
            keyParts.pop_back();
        } else if (c == ',' && !open.empty() && open.back() == '{') {
            sum -= keyParts.back();
            keyParts.back() = 0;
            inKey = true;
        }
        ++i;
    }
    return out;
}

} // namespace mcpc::clientconfig
