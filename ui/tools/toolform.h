#pragma once

#include "util/error.h"

#include <QList>
#include <QWidget>

#include <nlohmann/json.hpp>

class QFormLayout;
class QLabel;

namespace mcpc::ui {

// The argument form generated from a tool's inputSchema: a line edit per string, a
// number field per number/integer, a check box per boolean, a drop-down per enum, and
// a small JSON editor for objects, arrays and anything more complex. arguments() turns
// it back into a typed JSON object (numbers as numbers, booleans as booleans), leaving
// out optional fields the user did not fill in.
class ToolForm : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { String, Number, Integer, Boolean, Enum, Json };

    explicit ToolForm(QWidget *parent = nullptr);
    ~ToolForm() override;

    void setSchema(const nlohmann::json &inputSchema);
    // The typed arguments, or a Usage error naming the field ("'count' must be a whole number").
    Result<nlohmann::json> arguments() const;

    int fieldCount() const { return int(m_fields.size()); }
    QStringList fieldNames() const;
    Kind fieldKind(const QString &name) const;
    QWidget *fieldWidget(const QString &name) const;
    // Puts a value into a field as the user would (tests, "fill from history").
    bool setFieldText(const QString &name, const QString &text);
    void focusFirstField();

Q_SIGNALS:
    void changed();
    void submitRequested(); // Enter in a single-line field

private:
    struct Field
    {
        QString name;
        Kind kind;
        bool required = false;
        bool touched = false; // booleans: only sent when set or required
        nlohmann::json schema;
        QWidget *widget = nullptr;
    };
    void addField(const QString &name, const nlohmann::json &schema, bool required);
    Result<nlohmann::json> valueOf(const Field &f, bool *present) const;
    void clear();

    QFormLayout *m_form;
    QLabel *m_none;
    QList<Field> m_fields;
};

// The schema's main type: "string", "integer"... (first non-null of a type array).
QString schemaType(const nlohmann::json &schema);

} // namespace mcpc::ui
