#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mcpc::demo {

// The user that the demo server's get_user_data tool reports: the fields of the seed
// guide's "Expected Response Format", so the app can show the same data a real Clerk
// MCP server returns.
struct DemoUser
{
    QString userId;
    QString username;
    QString firstName;
    QString lastName;
    QString primaryEmail;
    QString secondaryEmail;
    bool twoFactorEnabled = false;
    bool banned = false;
    bool locked = false;
    QString profileImageUrl;
    QStringList externalAccounts;
    bool createOrganizationEnabled = true;
    bool deleteSelfEnabled = true;

    static DemoUser builtIn(); // used when no sign-in is required
    // "Label: value" lines in the seed's order, Yes/No for booleans, "None" for empty.
    QString toText() const;
};

// structuredContent keys (camelCase) and the seed's labels, in the seed's order, so
// client code can show structured user data exactly like the text form.
struct DemoUserField
{
    QString key;   // "twoFactorEnabled"
    QString label; // "2FA Enabled"
};
const QList<DemoUserField> &demoUserFields();
QString demoUserLabel(const QString &key); // empty for an unknown key

namespace userkey {
inline constexpr char16_t userId[] = u"userId";
inline constexpr char16_t username[] = u"username";
inline constexpr char16_t firstName[] = u"firstName";
inline constexpr char16_t lastName[] = u"lastName";
inline constexpr char16_t primaryEmail[] = u"primaryEmail";
inline constexpr char16_t secondaryEmail[] = u"secondaryEmail";
inline constexpr char16_t twoFactorEnabled[] = u"twoFactorEnabled";
inline constexpr char16_t banned[] = u"banned";
inline constexpr char16_t locked[] = u"locked";
inline constexpr char16_t profileImageUrl[] = u"profileImageUrl";
inline constexpr char16_t externalAccounts[] = u"externalAccounts";
inline constexpr char16_t createOrganizationEnabled[] = u"createOrganizationEnabled";
inline constexpr char16_t deleteSelfEnabled[] = u"deleteSelfEnabled";
} // namespace userkey

} // namespace mcpc::demo
