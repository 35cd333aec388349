#pragma once

#include "protocol/types.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mcpc {

// The seed's "Expected Response Format" labels, in the seed's order, with the
// structuredContent keys that map to each (Clerk-style and generic spellings).
struct UserDataField
{
    QString label;             // "2FA Enabled"
    QStringList keys;          // {"twoFactorEnabled", "two_factor_enabled", ...}
};
const QList<UserDataField> &seedUserDataFields();

// Picks the tool that returns the signed-in user's data: the profile's choice if set,
// else get_user_data, else the first tool whose name reads like "user data"/"whoami".
QString pickUserDataTool(const QList<Tool> &tools, const QString &preferred);

// "Label: value" lines. From structuredContent when present (seed labels first, in seed
// order, then any other keys), booleans as Yes/No, lists joined; otherwise the text
// blocks' own lines.
QList<QPair<QString, QString>> userDataLines(const ToolResult &result);
QString formatUserData(const ToolResult &result);

} // namespace mcpc
