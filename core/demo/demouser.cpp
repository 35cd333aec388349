#include "demo/demouser.h"

namespace mcpc::demo {

namespace {
QString yesNo(bool b)
{
    return b ? QStringLiteral("Yes") : QStringLiteral("No");
}
QString orNone(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("None") : s;
}
} // namespace

DemoUser DemoUser::builtIn()
{
    DemoUser u;
    u.userId = QStringLiteral("user_2demo7Hc9mN4pLr8tVw3ZkQx");
    u.username = QStringLiteral("ada.demo");
    u.firstName = QStringLiteral("Ada");
    u.lastName = QStringLiteral("Lovelace");
    u.primaryEmail = QStringLiteral("ada@example.com");
    u.secondaryEmail = QStringLiteral("ada.lovelace@example.org");
    u.twoFactorEnabled = false;
    u.banned = false;
    u.locked = false;
    u.profileImageUrl = QStringLiteral("https://img.example.com/avatars/ada-demo.png");
    u.externalAccounts = {QStringLiteral("google (ada@example.com)")};
    u.createOrganizationEnabled = true;
    u.deleteSelfEnabled = true;
    return u;
}

QString DemoUser::toText() const
{
    const QList<DemoUserField> &f = demoUserFields();
    const QStringList values = {
        orNone(userId),
        orNone(username),
        orNone(firstName),
        orNone(lastName),
        orNone(primaryEmail),
        orNone(secondaryEmail),
        yesNo(twoFactorEnabled),
        yesNo(banned),
        yesNo(locked),
        orNone(profileImageUrl),
        externalAccounts.isEmpty() ? QStringLiteral("None") : externalAccounts.join(QStringLiteral(", ")),
        yesNo(createOrganizationEnabled),
        yesNo(deleteSelfEnabled),
    };
    QStringList lines;
    for (qsizetype i = 0; i < f.size(); ++i)
        lines.append(f[i].label + QStringLiteral(": ") + values[i]);
    return lines.join(u'\n');
}

const QList<DemoUserField> &demoUserFields()
{
    static const QList<DemoUserField> fields = {
        {QString::fromUtf16(userkey::userId), QStringLiteral("User ID")},
        {QString::fromUtf16(userkey::username), QStringLiteral("Username")},
        {QString::fromUtf16(userkey::firstName), QStringLiteral("First Name")},
        {QString::fromUtf16(userkey::lastName), QStringLiteral("Last Name")},
        {QString::fromUtf16(userkey::primaryEmail), QStringLiteral("Primary Email")},
        {QString::fromUtf16(userkey::secondaryEmail), QStringLiteral("Secondary Email")},
        {QString::fromUtf16(userkey::twoFactorEnabled), QStringLiteral("2FA Enabled")},
        {QString::fromUtf16(userkey::banned), QStringLiteral("Account Banned")},
        {QString::fromUtf16(userkey::locked), QStringLiteral("Account Locked")},
        {QString::fromUtf16(userkey::profileImageUrl), QStringLiteral("Profile Image")},
        {QString::fromUtf16(userkey::externalAccounts), QStringLiteral("External Accounts")},
        {QString::fromUtf16(userkey::createOrganizationEnabled), QStringLiteral("Organization Creation Enabled")},
        {QString::fromUtf16(userkey::deleteSelfEnabled), QStringLiteral("Delete Self Enabled")},
    };
    return fields;
}

QString demoUserLabel(const QString &key)
{
    for (const DemoUserField &f : demoUserFields()) {
        if (f.key == key)
            return f.label;
    }
    return {};
}

} // namespace mcpc::demo
