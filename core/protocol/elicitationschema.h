#pragma once

#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace mcpc {

// One field of an elicitation form: the spec's restricted schema (flat object of string,
// number/integer, boolean, single- and multi-select enums). The terminal prompter and
// the app's form dialog both build on this, so they accept and refuse the same values.
struct ElicitationField
{
    enum class Type { String, Number, Integer, Boolean, Enum, MultiEnum };

    std::string key;
    Type type = Type::String;
    QString title;          // display label: the schema's title, else the key
    QString description;
    bool required = false;
    QStringList options;        // enum values (Enum, MultiEnum)
    QStringList optionTitles;   // display labels, same length as options
    nlohmann::json defaultValue; // null when none
    std::optional<double> minimum, maximum;   // numbers
    int minLength = -1, maxLength = -1;       // strings
    int minItems = -1, maxItems = -1;         // multi-select
    QString format;                            // email, uri, date, date-time

    // "a number", "one of: red, green", ... for prompts and messages.
    QString typeDescription() const;
};

struct ElicitationForm
{
    QList<ElicitationField> fields;
};

// Reads a requestedSchema. Anything outside the spec's subset (nested objects, arrays of
// non-enums, unknown types) is refused with a message naming the field.
Result<ElicitationForm> parseElicitationSchema(const nlohmann::json &requestedSchema);

// Checks one value against its field: "" when fine, else a sentence for the user.
QString validateFieldValue(const ElicitationField &field, const nlohmann::json &value);

// Turns what a person typed into a value of the field's type ("2" -> 2, "yes" -> true,
// "red, blue" -> ["red","blue"], an enum's title -> its value). Empty text is an error;
// the caller decides what empty means (default, or skip an optional field).
Result<nlohmann::json> parseFieldText(const ElicitationField &field, const QString &text);

// Checks a whole answer: required fields present, every known field valid. Returns the
// content with only the form's own keys (keys the form did not ask for are dropped).
Result<nlohmann::json> validateContent(const ElicitationForm &form, const nlohmann::json &content);

} // namespace mcpc
