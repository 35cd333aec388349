#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace mcpc::ui {

// What the log shows must never leak credentials: values under keys that name secrets
// (authorization, token, secret, password, api key, cookie...) are masked at any depth,
// and "Bearer xyz" anywhere in a string becomes "Bearer ••••". progressToken and cursors
// are protocol bookkeeping, not secrets, and stay.
nlohmann::json redactJson(const nlohmann::json &value);
QString redactText(const QString &text);
bool isSecretKey(const std::string &key);

} // namespace mcpc::ui
