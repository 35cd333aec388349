#include "demo/jsonschemacheck.h"

#include <cmath>

namespace mcpc::demo {

using nlohmann::json;

namespace {

bool hasType(const json &value, const std::string &type)
{
    if (type == "null")
        return value.is_null();
    if (type == "boolean")
        return value.is_boolean();
    if (type == "string")
        return value.is_string();
    if (type == "object")
        return value.is_object();
    if (type == "array")
        return value.is_array();
    if (type == "number")
        return value.is_number();
    if (type == "integer") {
        if (value.is_number_integer())
            return true;
        if (value.is_number_float()) {
            const double d = value.get<double>();
            return std::isfinite(d) && std::floor(d) == d;
        }
        return false;
    }
    return true; // unknown type names don't reject
}

QString where(const QString &pointer)
{
    return pointer.isEmpty() ? QStringLiteral("/") : pointer;
}

void check(const json &schema, const json &value, const QString &pointer, QStringList *errors)
{
    if (schema.is_boolean()) {
        if (!schema.get<bool>())
            errors->append(where(pointer) + QStringLiteral(": no value is allowed here"));
        return;
    }
    if (!schema.is_object())
        return;

    if (auto it = schema.find("type"); it != schema.end()) {
        bool ok = false;
        QStringList names;
        const json types = it->is_array() ? *it : json::array({*it});
        for (const json &t : types) {
            if (t.is_string()) {
                names.append(QString::fromStdString(t.get<std::string>()));
                ok = ok || hasType(value, t.get<std::string>());
            }
        }
        if (!ok) {
            errors->append(where(pointer) + QStringLiteral(": expected ") + names.join(QStringLiteral(" or ")));
            return; // the other keywords would only repeat the same problem
        }
    }
    if (auto it = schema.find("enum"); it != schema.end() && it->is_array()) {
        if (std::find(it->begin(), it->end(), value) == it->end())
            errors->append(where(pointer) + QStringLiteral(": not one of the allowed values"));
    }
    if (auto it = schema.find("const"); it != schema.end() && *it != value)
        errors->append(where(pointer) + QStringLiteral(": must be ") + QString::fromStdString(it->dump()));

    if (value.is_number()) {
        const double d = value.get<double>();
        if (auto it = schema.find("minimum"); it != schema.end() && it->is_number() && d < it->get<double>())
            errors->append(where(pointer) + QStringLiteral(": must be at least ") + QString::fromStdString(it->dump()));
        if (auto it = schema.find("maximum"); it != schema.end() && it->is_number() && d > it->get<double>())
            errors->append(where(pointer) + QStringLiteral(": must be at most ") + QString::fromStdString(it->dump()));
    }
    if (value.is_string()) {
        const qsizetype len = QString::fromStdString(value.get<std::string>()).size();
        if (auto it = schema.find("minLength"); it != schema.end() && it->is_number() && len < it->get<qint64>())
            errors->append(where(pointer) + QStringLiteral(": too short"));
        if (auto it = schema.find("maxLength"); it != schema.end() && it->is_number() && len > it->get<qint64>())
            errors->append(where(pointer) + QStringLiteral(": too long"));
    }
    if (value.is_array()) {
        const auto n = qint64(value.size());
        if (auto it = schema.find("minItems"); it != schema.end() && it->is_number() && n < it->get<qint64>())
            errors->append(where(pointer) + QStringLiteral(": too few items"));
        if (auto it = schema.find("maxItems"); it != schema.end() && it->is_number() && n > it->get<qint64>())
            errors->append(where(pointer) + QStringLiteral(": too many items"));
        if (auto it = schema.find("items"); it != schema.end() && (it->is_object() || it->is_boolean())) {
            for (size_t i = 0; i < value.size(); ++i)
                check(*it, value[i], pointer + u'/' + QString::number(i), errors);
        }
    }
    if (value.is_object()) {
        const json *props = nullptr;
        if (auto it = schema.find("properties"); it != schema.end() && it->is_object())
            props = &*it;
        if (auto it = schema.find("required"); it != schema.end() && it->is_array()) {
            for (const json &name : *it) {
                if (name.is_string() && !value.contains(name.get<std::string>()))
                    errors->append(where(pointer) + QStringLiteral(": missing required property '")
                                   + QString::fromStdString(name.get<std::string>()) + u'\'');
            }
        }
        const auto additional = schema.find("additionalProperties");
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child = pointer + u'/' + QString::fromStdString(it.key());
            if (props && props->contains(it.key()))
                check((*props)[it.key()], it.value(), child, errors);
            else if (additional != schema.end())
                check(*additional, it.value(), child, errors);
        }
    }
}

} // namespace

QStringList checkJsonSchema(const json &schema, const json &value)
{
    QStringList errors;
    check(schema, value, QString(), &errors);
    return errors;
}

} // namespace mcpc::demo
