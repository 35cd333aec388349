#pragma once

#include "clientconfig/jsonc/jsoncmodifier.h"
#include "clientconfig/jsonc/jsonvalue.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mcpc::clientconfig {

// The file formats client configs come in; see client-configs.md §0 for who uses which.
enum class ConfigDialect {
    Json,             // strict: Cursor, Claude Code, Claude Desktop, Windsurf, Cline, LM Studio
    Jsonc,            // comments + trailing commas: VS Code, Zed, opencode
    JsonWithComments, // comments only: Gemini CLI
    Toml              // Codex
};

QString dialectName(ConfigDialect dialect);

struct ConfigChange
{
    QByteArray text;            // the whole new file content
    QList<ContainerNote> notes; // facts to keep for an exact later removal
};

// One parsed config file that can set or remove a single entry with a minimal edit. Each
// result is re-parsed in the same dialect and checked before it is handed out, so a bug
// here surfaces as an error, never as a damaged file.
class ConfigEditor
{
public:
    virtual ~ConfigEditor();

    // Parses text in the dialect; a parse error names fileName, line and column.
    static Result<std::unique_ptr<ConfigEditor>> open(ConfigDialect dialect, const QByteArray &text,
                                                      const QString &fileName);

    // The value at path (object keys / table names from the top), if present.
    virtual std::optional<JsonValue> value(const QStringList &path) const = 0;
    // Member names of the object/table at path, without converting any values (cheap on a
    // 1 MiB ~/.claude.json).
    virtual QStringList keys(const QStringList &path) const = 0;
    virtual Result<ConfigChange> set(const QStringList &path, const JsonValue &value) const = 0;
    // Removing a missing entry is not an error: the text comes back unchanged.
    virtual Result<ConfigChange> remove(const QStringList &path, const QList<ContainerNote> &notes) const = 0;

protected:
    ConfigEditor() = default;
};

} // namespace mcpc::clientconfig
