#pragma once

#include "clientconfig/editing/configeditor.h"

#include <memory>

namespace mcpc::clientconfig {

// Codex's config.toml: one [mcp_servers.NAME] table (plus its sub-tables) is appended,
// replaced or removed as lines of text; the rest of the file is never re-emitted (Codex's
// own `codex mcp add` loses comments that way, openai/codex#45432). toml++ validates the
// file before and after, and checks that nothing but our table changed.
class TomlEditor final : public ConfigEditor
{
public:
    static Result<std::unique_ptr<TomlEditor>> parse(const QByteArray &text, const QString &fileName);
    ~TomlEditor() override;

    std::optional<JsonValue> value(const QStringList &path) const override;
    QStringList keys(const QStringList &path) const override;
    Result<ConfigChange> set(const QStringList &path, const JsonValue &value) const override;
    Result<ConfigChange> remove(const QStringList &path, const QList<ContainerNote> &notes) const override;

    // The text of `[path]` followed by value's keys, without a final line break.
    static QByteArray tableText(const QStringList &path, const JsonValue &value, const QByteArray &eol);

private:
    struct Impl;
    explicit TomlEditor(std::unique_ptr<Impl> impl);
    Result<ConfigChange> verified(const QByteArray &text, const QStringList &path,
                                  const std::optional<JsonValue> &expected) const;

    std::unique_ptr<Impl> m_impl;
};

} // namespace mcpc::clientconfig
