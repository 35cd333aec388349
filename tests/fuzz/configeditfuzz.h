#pragma once

// The properties shared by the JSONC and TOML editor targets: adding our entry to any
// file the editor accepts gives a file that re-parses, holds exactly that entry, and
// leaves every other entry of the same table alone; removing it with the notes the add
// returned gives back the original bytes; removing an entry that was there leaves a file
// that re-parses without it.

#include "clientconfig/editing/configeditor.h"
#include "fuzzcheck.h"

namespace fuzz {

using mcpc::clientconfig::ConfigDialect;
using mcpc::clientconfig::ConfigEditor;
using mcpc::clientconfig::JsonValue;

inline JsonValue sampleEntry(uint8_t choice)
{
    JsonValue entry = JsonValue::object();
    if (choice & 1) {
        entry.insert(QStringLiteral("command"), JsonValue::string(QStringLiteral("mcp-connect-cli")));
        JsonValue args = JsonValue::array();
        args.append(JsonValue::string(QStringLiteral("proxy")));
        args.append(JsonValue::string(QStringLiteral("demo \"quoted\" ü")));
        entry.insert(QStringLiteral("args"), args);
    } else {
        entry.insert(QStringLiteral("url"), JsonValue::string(QStringLiteral("http://127.0.0.1:8765/mcp")));
        JsonValue headers = JsonValue::object();
        headers.insert(QStringLiteral("X-Trace"), JsonValue::string(QStringLiteral("a\\b\tc")));
        entry.insert(QStringLiteral("headers"), headers);
    }
    return entry;
}

inline void checkEditProperties(ConfigDialect dialect, const QString &table, const uint8_t *data, size_t size)
{
    Input in(data, size);
    const uint8_t choice = in.byte();
    const QByteArray original = in.rest();
    auto opened = ConfigEditor::open(dialect, original, QStringLiteral("fuzz"));
    if (!opened) {
        FUZZ_CHECK(!opened.error().message.isEmpty());
        return;
    }
    const ConfigEditor &editor = **opened;
    static const QStringList names{QStringLiteral("fuzz"), QStringLiteral("demo"), QStringLiteral("my-server"),
                                   QStringLiteral("x_1")};
    const QStringList path{table, names[choice % names.size()]};
    const JsonValue entry = sampleEntry(choice >> 2);
    const bool existed = editor.value(path).has_value();
    const QStringList siblings = editor.keys({table});

    const auto added = editor.set(path, entry);
    if (!added) {
        FUZZ_CHECK(!added.error().message.isEmpty());
        return; // e.g. the table exists but is not an object: refused, nothing written
    }
    auto reopened = ConfigEditor::open(dialect, added->text, QStringLiteral("fuzz"));
    FUZZ_CHECK(reopened);
    const auto stored = (*reopened)->value(path);
    FUZZ_CHECK(stored && *stored == entry);
    for (const QString &key : siblings) {
        if (key == path[1])
            continue;
        FUZZ_CHECK((*reopened)->value({table, key}) == editor.value({table, key}));
    }

    const auto removed = (*reopened)->remove(path, added->notes);
    FUZZ_CHECK(removed);
    if (!existed) {
        if (removed->text != original) // show what differs before stopping
            std::fprintf(stderr, "original: %s\nadded:    %s\nremoved:  %s\n", original.toPercentEncoding(" {}[]\"=:,#/").constData(),
                         added->text.toPercentEncoding(" {}[]\"=:,#/").constData(),
                         removed->text.toPercentEncoding(" {}[]\"=:,#/").constData());
        FUZZ_CHECK(removed->text == original);
    } else {
        auto after = ConfigEditor::open(dialect, removed->text, QStringLiteral("fuzz"));
        FUZZ_CHECK(after);
        FUZZ_CHECK(!(*after)->value(path).has_value());
    }
}

} // namespace fuzz
