#include "protocol/elicitationschema.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>

using nlohmann::json;

namespace mcpc {

namespace {

// A hostile server could send a form with thousands of fields or options; nobody can
// answer that, so it is refused rather than shown.
constexpr int kMaxFields = 64;
constexpr int kMaxOptions = 500;

QString str(const json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<double> num(const json &o, const char *key)
{
    const auto it = o.find(key);
    if (it != o.end() && it->is_number())
        return it->get<double>();
    return std::nullopt;
}

int count(const json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_number_integer() && it->get<long long>() >= 0 ? int(qMin<long long>(it->get<long long>(), INT_MAX)) : -1;
}

Error bad(const std::string &key, const QString &what)
{
    return Error::make(ErrorKind::Protocol, QStringLiteral("The server's form is not usable: field '%1' %2.").arg(QString::fromStdString(key), what));
}

// Reads [{const, title}] option lists (oneOf / anyOf).
bool readTitledOptions(const json &list, ElicitationField &f)
{
    if (!list.is_array() || list.empty() || list.size() > size_t(kMaxOptions))
        return false;
    for (const json &o : list) {
        if (!o.is_object() || !o.contains("const") || !o["const"].is_string())
            return false;
        f.options << QString::fromStdString(o["const"].get<std::string>());
        const QString t = str(o, "title");
        f.optionTitles << (t.isEmpty() ? f.options.last() : t);
    }
    return true;
}

bool readPlainOptions(const json &list, ElicitationField &f)
{
    if (!list.is_array() || list.empty() || list.size() > size_t(kMaxOptions))
        return false;
    for (const json &o : list) {
        if (!o.is_string())
            return false;
        f.options << QString::fromStdString(o.get<std::string>());
    }
    f.optionTitles = f.options;
    return true;
}

Result<ElicitationField> parseField(const std::string &key, const json &s)
{
    ElicitationField f;
    f.key = key;
    if (!s.is_object())
        return std::unexpected(bad(key, QStringLiteral("has no schema object")));
    f.title = str(s, "title");
    if (f.title.isEmpty())
        f.title = QString::fromStdString(key);
    f.description = str(s, "description");
    f.defaultValue = s.value("default", json());
    const QString type = str(s, "type");
    if (type == QLatin1String("string")) {
        if (s.contains("oneOf")) {
            f.type = ElicitationField::Type::Enum;
            if (!readTitledOptions(s["oneOf"], f))
                return std::unexpected(bad(key, QStringLiteral("has an unreadable oneOf option list")));
        } else if (s.contains("enum")) {
            f.type = ElicitationField::Type::Enum;
            if (!readPlainOptions(s["enum"], f))
                return std::unexpected(bad(key, QStringLiteral("has an unreadable enum list")));
            // Legacy display names, when they line up with the values.
            if (const auto n = s.find("enumNames"); n != s.end() && n->is_array() && n->size() == size_t(f.options.size())) {
                QStringList titles;
                for (const json &t : *n)
                    titles << (t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString());
                if (!titles.contains(QString()))
                    f.optionTitles = titles;
            }
        } else {
            f.type = ElicitationField::Type::String;
            f.minLength = count(s, "minLength");
            f.maxLength = count(s, "maxLength");
            f.format = str(s, "format");
        }
    } else if (type == QLatin1String("number") || type == QLatin1String("integer")) {
        f.type = type == QLatin1String("integer") ? ElicitationField::Type::Integer : ElicitationField::Type::Number;
        f.minimum = num(s, "minimum");
        f.maximum = num(s, "maximum");
    } else if (type == QLatin1String("boolean")) {
        f.type = ElicitationField::Type::Boolean;
    } else if (type == QLatin1String("array")) {
        f.type = ElicitationField::Type::MultiEnum;
        const json items = s.value("items", json());
        const bool ok = items.is_object()
            && (items.contains("anyOf") ? readTitledOptions(items["anyOf"], f) : readPlainOptions(items.value("enum", json()), f));
        if (!ok)
            return std::unexpected(bad(key, QStringLiteral("is a list without a usable set of choices")));
        f.minItems = count(s, "minItems");
        f.maxItems = count(s, "maxItems");
    } else {
        return std::unexpected(bad(key, type.isEmpty() ? QStringLiteral("has no type")
                                                      : QStringLiteral("has type '%1', which a form cannot ask for").arg(type)));
    }
    // A default that does not fit is ignored rather than offered.
    if (!f.defaultValue.is_null() && !validateFieldValue(f, f.defaultValue).isEmpty())
        f.defaultValue = json();
    return f;
}

} // namespace

QString ElicitationField::typeDescription() const
{
    switch (type) {
    case Type::String:
        return format.isEmpty() ? QStringLiteral("text") : QStringLiteral("text (%1)").arg(format);
    case Type::Number:
        return QStringLiteral("a number");
    case Type::Integer:
        return QStringLiteral("a whole number");
    case Type::Boolean:
        return QStringLiteral("yes or no");
    case Type::Enum:
        return QStringLiteral("one of: %1").arg(optionTitles.join(QStringLiteral(", ")));
    case Type::MultiEnum:
        return QStringLiteral("any of: %1 (comma-separated)").arg(optionTitles.join(QStringLiteral(", ")));
    }
    return {};
}

Result<ElicitationForm> parseElicitationSchema(const json &schema)
{
    if (!schema.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The server's form has no requestedSchema object.")));
    if (schema.contains("type") && schema["type"] != "object")
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The server's form schema is not of type object.")));
    const json props = schema.value("properties", json::object());
    if (!props.is_object())
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The server's form has no properties object.")));
    if (props.size() > size_t(kMaxFields))
        return std::unexpected(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server's form asks for %1 fields; MCP Connect shows at most %2.").arg(props.size()).arg(kMaxFields)));
    QStringList required;
    if (const auto r = schema.find("required"); r != schema.end() && r->is_array())
        for (const json &k : *r)
            if (k.is_string())
                required << QString::fromStdString(k.get<std::string>());
    ElicitationForm form;
    for (auto it = props.begin(); it != props.end(); ++it) {
        auto field = parseField(it.key(), it.value());
        if (!field)
            return std::unexpected(field.error());
        field->required = required.contains(QString::fromStdString(it.key()));
        form.fields.append(*field);
    }
    // Our JSON objects keep keys sorted, not in the server's order; asking the required
    // fields first is the order a person expects most.
    std::stable_partition(form.fields.begin(), form.fields.end(), [](const ElicitationField &f) { return f.required; });
    return form;
}

QString validateFieldValue(const ElicitationField &f, const json &v)
{
    using T = ElicitationField::Type;
    const QString name = f.title;
    switch (f.type) {
    case T::String: {
        if (!v.is_string())
            return QStringLiteral("%1 must be text.").arg(name);
        const QString s = QString::fromStdString(v.get<std::string>());
        if (f.minLength >= 0 && s.size() < f.minLength)
            return QStringLiteral("%1 must be at least %2 characters.").arg(name).arg(f.minLength);
        if (f.maxLength >= 0 && s.size() > f.maxLength)
            return QStringLiteral("%1 must be at most %2 characters.").arg(name).arg(f.maxLength);
        if (f.format == QLatin1String("email") && !s.contains(QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+$"))))
            return QStringLiteral("%1 must be an email address.").arg(name);
        if (f.format == QLatin1String("uri") && !s.contains(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"))))
            return QStringLiteral("%1 must be a URI, like https://example.com.").arg(name);
        if (f.format == QLatin1String("date") && !s.contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))))
            return QStringLiteral("%1 must be a date (YYYY-MM-DD).").arg(name);
        if (f.format == QLatin1String("date-time") && !s.contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"))))
            return QStringLiteral("%1 must be a date and time (YYYY-MM-DDTHH:MM:SSZ).").arg(name);
        return {};
    }
    case T::Number:
    case T::Integer: {
        if (!v.is_number())
            return QStringLiteral("%1 must be a number.").arg(name);
        const double d = v.get<double>();
        if (f.type == T::Integer && (!v.is_number_integer() && d != std::floor(d)))
            return QStringLiteral("%1 must be a whole number.").arg(name);
        if (f.minimum && d < *f.minimum)
            return QStringLiteral("%1 must be at least %2.").arg(name).arg(*f.minimum);
        if (f.maximum && d > *f.maximum)
            return QStringLiteral("%1 must be at most %2.").arg(name).arg(*f.maximum);
        return {};
    }
    case T::Boolean:
        return v.is_boolean() ? QString() : QStringLiteral("%1 must be true or false.").arg(name);
    case T::Enum:
        if (!v.is_string() || !f.options.contains(QString::fromStdString(v.get<std::string>())))
            return QStringLiteral("%1 must be one of: %2.").arg(name, f.options.join(QStringLiteral(", ")));
        return {};
    case T::MultiEnum: {
        if (!v.is_array())
            return QStringLiteral("%1 must be a list of choices.").arg(name);
        for (const json &item : v)
            if (!item.is_string() || !f.options.contains(QString::fromStdString(item.get<std::string>())))
                return QStringLiteral("%1 may only contain: %2.").arg(name, f.options.join(QStringLiteral(", ")));
        if (f.minItems >= 0 && int(v.size()) < f.minItems)
            return QStringLiteral("%1 needs at least %2 choices.").arg(name).arg(f.minItems);
        if (f.maxItems >= 0 && int(v.size()) > f.maxItems)
            return QStringLiteral("%1 allows at most %2 choices.").arg(name).arg(f.maxItems);
        return {};
    }
    }
    return {};
}

Result<json> parseFieldText(const ElicitationField &f, const QString &raw)
{
    using T = ElicitationField::Type;
    const QString text = raw.trimmed();
    auto fail = [](const QString &m) { return std::unexpected(Error::make(ErrorKind::Usage, m)); };
    if (text.isEmpty())
        return fail(QStringLiteral("%1: please enter %2.").arg(f.title, f.typeDescription()));
    // Options may be typed as their value or their title, in any case.
    auto option = [&f](const QString &t) -> QString {
        for (qsizetype i = 0; i < f.options.size(); ++i)
            if (f.options[i].compare(t, Qt::CaseInsensitive) == 0 || f.optionTitles[i].compare(t, Qt::CaseInsensitive) == 0)
                return f.options[i];
        bool isIndex = false;
        const int n = t.toInt(&isIndex);
        return isIndex && n >= 1 && n <= f.options.size() ? f.options[n - 1] : QString();
    };
    json v;
    switch (f.type) {
    case T::String:
        v = raw.toStdString(); // typed text is kept as typed (leading spaces may matter)
        break;
    case T::Number:
    case T::Integer: {
        bool ok = false;
        if (f.type == T::Integer) {
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                v = n;
        } else {
            const double d = text.toDouble(&ok);
            if (ok && std::isfinite(d))
                v = d;
            ok = ok && std::isfinite(d);
        }
        if (!ok)
            return fail(QStringLiteral("%1: '%2' is not %3.").arg(f.title, text, f.typeDescription()));
        break;
    }
    case T::Boolean: {
        const QString t = text.toLower();
        if (t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            v = true;
        else if (t == QLatin1String("n") || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            v = false;
        else
            return fail(QStringLiteral("%1: please answer yes or no.").arg(f.title));
        break;
    }
    case T::Enum: {
        const QString o = option(text);
        if (o.isEmpty())
            return fail(QStringLiteral("%1: '%2' is not %3.").arg(f.title, text, f.typeDescription()));
        v = o.toStdString();
        break;
    }
    case T::MultiEnum: {
        v = json::array();
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            const QString o = option(part.trimmed());
            if (o.isEmpty())
                return fail(QStringLiteral("%1: '%2' is not one of the choices (%3).").arg(f.title, part.trimmed(), f.optionTitles.join(QStringLiteral(", "))));
            v.push_back(o.toStdString());
        }
        break;
    }
    }
    if (const QString err = validateFieldValue(f, v); !err.isEmpty())
        return fail(err);
    return v;
}

Result<json> validateContent(const ElicitationForm &form, const json &content)
{
    if (!content.is_object())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("The answer must be a JSON object, e.g. {\"name\": \"Ada\"}.")));
    json out = json::object();
    QStringList missing;
    for (const ElicitationField &f : form.fields) {
        const auto it = content.find(f.key);
        if (it == content.end() || it->is_null()) {
            if (f.required)
                missing << QString::fromStdString(f.key);
            continue;
        }
        if (const QString err = validateFieldValue(f, *it); !err.isEmpty())
            return std::unexpected(Error::make(ErrorKind::Usage, err));
        out[f.key] = *it;
    }
    if (!missing.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("The form needs %1.").arg(missing.join(QStringLiteral(", ")))));
    return out;
}

} // namespace mcpc
