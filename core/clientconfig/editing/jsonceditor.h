#pragma once

#include "clientconfig/editing/configeditor.h"
#include "clientconfig/jsonc/jsoncdocument.h"

namespace mcpc::clientconfig {

// JSON and JSONC client files, edited through JsoncModifier.
class JsoncEditor final : public ConfigEditor
{
public:
    static Result<std::unique_ptr<JsoncEditor>> parse(const QByteArray &text, const JsoncDialect &dialect,
                                                      const QString &fileName);

    std::optional<JsonValue> value(const QStringList &path) const override;
    QStringList keys(const QStringList &path) const override;
    Result<ConfigChange> set(const QStringList &path, const JsonValue &value) const override;
    Result<ConfigChange> remove(const QStringList &path, const QList<ContainerNote> &notes) const override;

private:
    std::optional<Error> duplicateOnPath(const QStringList &path) const;
    JsoncEditor(JsoncDocument doc, JsoncDialect dialect, QString fileName);
    Result<ConfigChange> verified(const QByteArray &text, const QStringList &path,
                                  const std::optional<JsonValue> &expected) const;

    JsoncDocument m_doc;
    JsoncDialect m_dialect;
    QString m_fileName;
};

} // namespace mcpc::clientconfig
