#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace mcpc {

// One member of a JSON object that came from outside (a server's reply, a stored sign-in,
// a client's answer), read without trusting its type. nlohmann's value(key, default)
// throws type_error when the member exists with another type, which nothing catches
// (one `"isError": "yes"` from a server ended the process), and get<qint64>() of a
// float out of range is undefined behaviour (fuzz_oauthmetadata: "obtained_at_ms":
// 4.4e19). Each reader gives the default instead; callers that must reject a wrong type
// check it themselves.

inline const nlohmann::json *jsonMember(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

inline std::string jsonStdString(const nlohmann::json &object, const char *key, std::string fallback = {})
{
    const nlohmann::json *v = jsonMember(object, key);
    return v && v->is_string() ? v->get<std::string>() : fallback;
}

// A string member, or an empty string when it is missing or of another type.
QString jsonString(const nlohmann::json &object, const char *key);

inline QString jsonString(const nlohmann::json &object, const char *key, const QString &fallback)
{
    const nlohmann::json *v = jsonMember(object, key);
    return v && v->is_string() ? QString::fromStdString(v->get_ref<const std::string &>()) : fallback;
}

inline bool jsonBool(const nlohmann::json &object, const char *key, bool fallback)
{
    const nlohmann::json *v = jsonMember(object, key);
    return v && v->is_boolean() ? v->get<bool>() : fallback;
}

// A finite number (integer or float), else the fallback.
inline double jsonNumber(const nlohmann::json &object, const char *key, double fallback)
{
    const nlohmann::json *v = jsonMember(object, key);
    if (!v || !v->is_number())
        return fallback;
    const double d = v->get<double>();
    return std::isfinite(d) ? d : fallback;
}

// A number that fits in 64 bits (a float is truncated toward zero), else nullopt.
inline std::optional<qint64> jsonInt64(const nlohmann::json &v)
{
    if (v.is_number_integer() && !v.is_number_unsigned())
        return v.get<qint64>();
    if (v.is_number_unsigned())
        return v.get<quint64>() <= quint64(std::numeric_limits<qint64>::max())
            ? std::optional<qint64>(qint64(v.get<quint64>())) : std::nullopt;
    if (v.is_number_float()) {
        const double d = std::trunc(v.get<double>());
        // 2^63 is exactly representable; everything below it converts without overflow.
        if (std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return qint64(d);
    }
    return std::nullopt;
}

inline std::optional<qint64> jsonInt64(const nlohmann::json &object, const char *key)
{
    const nlohmann::json *v = jsonMember(object, key);
    return v ? jsonInt64(*v) : std::nullopt;
}

} // namespace mcpc
