#include "log/redaction.h"

#include <QRegularExpression>

using nlohmann::json;

namespace mcpc::ui {

namespace {
const char kMask[] = "••••••";
}

bool isSecretKey(const std::string &key)
{
    static const QRegularExpression secret(
        QStringLiteral("(authorization|token|secret|password|passwd|api[-_]?key|cookie|credential|session[-_]?id|private[-_]?key)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString k = QString::fromStdString(key);
    if (k == u"progressToken" || k == u"nextCursor" || k == u"cursor")
        return false;
    return secret.match(k).hasMatch();
}

QString redactText(const QString &text)
{
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1 ") + QString::fromUtf8(kMask));
    return out;
}

json redactJson(const json &value)
{
    if (value.is_object()) {
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            out[it.key()] = isSecretKey(it.key()) && !it.value().is_object() && !it.value().is_array() && !it.value().is_null()
                                ? json(kMask)
                                : redactJson(it.value());
        return out;
    }
    if (value.is_array()) {
        json out = json::array();
        for (const json &v : value)
            out.push_back(redactJson(v));
        return out;
    }
    if (value.is_string())
        return redactText(QString::fromStdString(value.get<std::string>())).toStdString();
    return value;
}

} // namespace mcpc::ui
