#include "protocol/userdata.h"

#include <QRegularExpression>

using nlohmann::json;

namespace mcpc {

const QList<UserDataField> &seedUserDataFields()
{
    static const QList<UserDataField> fields{
        {QStringLiteral("User ID"), {QStringLiteral("userId"), QStringLiteral("user_id"), QStringLiteral("id")}},
        {QStringLiteral("Username"), {QStringLiteral("username"), QStringLiteral("userName")}},
        {QStringLiteral("First Name"), {QStringLiteral("firstName"), QStringLiteral("first_name")}},
        {QStringLiteral("Last Name"), {QStringLiteral("lastName"), QStringLiteral("last_name")}},
        {QStringLiteral("Primary Email"), {QStringLiteral("primaryEmail"), QStringLiteral("primaryEmailAddress"), QStringLiteral("email")}},
        {QStringLiteral("Secondary Email"), {QStringLiteral("secondaryEmail"), QStringLiteral("secondaryEmailAddress")}},
        {QStringLiteral("2FA Enabled"), {QStringLiteral("twoFactorEnabled"), QStringLiteral("two_factor_enabled")}},
        {QStringLiteral("Account Banned"), {QStringLiteral("banned"), QStringLiteral("accountBanned")}},
        {QStringLiteral("Account Locked"), {QStringLiteral("locked"), QStringLiteral("accountLocked")}},
        {QStringLiteral("Profile Image"), {QStringLiteral("profileImageUrl"), QStringLiteral("imageUrl"), QStringLiteral("profileImage")}},
        {QStringLiteral("External Accounts"), {QStringLiteral("externalAccounts"), QStringLiteral("external_accounts")}},
        {QStringLiteral("Organization Creation Enabled"), {QStringLiteral("createOrganizationEnabled"), QStringLiteral("organizationCreationEnabled")}},
        {QStringLiteral("Delete Self Enabled"), {QStringLiteral("deleteSelfEnabled"), QStringLiteral("delete_self_enabled")}},
    };
    return fields;
}

QString pickUserDataTool(const QList<Tool> &tools, const QString &preferred)
{
    if (!preferred.isEmpty())
        return preferred;
    for (const Tool &t : tools)
        if (t.name == u"get_user_data" || t.name == u"get-user-data")
            return t.name;
    static const QRegularExpression re(QStringLiteral("(user.?(data|info|profile)|whoami|current.?user|get.?me$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const Tool &t : tools)
        if (re.match(t.name).hasMatch())
            return t.name;
    return {};
}

namespace {

QString valueText(const json &v)
{
    if (v.is_null())
        return QStringLiteral("(none)");
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("Yes") : QStringLiteral("No");
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QStringList parts;
        for (const json &item : v) {
            if (item.is_object()) {
                // {"provider":"google","email":"a@b"} -> "google (a@b)"
                QStringList fields;
                for (auto it = item.begin(); it != item.end(); ++it)
                    fields << valueText(it.value());
                parts << (fields.size() > 1 ? QStringLiteral("%1 (%2)").arg(fields.first(), fields.mid(1).join(QStringLiteral(", ")))
                                            : fields.join(QString()));
            } else {
                parts << valueText(item);
            }
        }
        return parts.isEmpty() ? QStringLiteral("None") : parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(v.dump());
}

QString labelFor(const QString &key)
{
    // camelCase / snake_case -> "Camel Case"
    QString out;
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-') {
            out += u' ';
            continue;
        }
        if (i > 0 && c.isUpper() && key.at(i - 1).isLower())
            out += u' ';
        out += out.isEmpty() || out.endsWith(u' ') ? c.toUpper() : c;
    }
    // An empty key ("") or one of only separators ("_") still needs a visible label.
    return out.trimmed().isEmpty() ? QStringLiteral("(unnamed)") : out;
}

} // namespace

QList<QPair<QString, QString>> userDataLines(const ToolResult &result)
{
    QList<QPair<QString, QString>> lines;
    const json &sc = result.structuredContent;
    if (sc.is_object() && !sc.empty()) {
        QSet<QString> used;
        for (const UserDataField &f : seedUserDataFields()) {
            for (const QString &k : f.keys) {
                auto it = sc.find(k.toStdString());
                if (it != sc.end()) {
                    lines.append({f.label, valueText(*it)});
                    used.insert(k);
                    break;
                }
            }
        }
        for (auto it = sc.begin(); it != sc.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!used.contains(key))
                lines.append({labelFor(key), valueText(it.value())});
        }
        return lines;
    }
    static const QRegularExpression lineRe(QStringLiteral("^\\s*([^:]{1,60}):\\s*(.*)$"));
    for (const ContentBlock &b : result.content) {
        if (b.type != u"text")
            continue;
        for (const QString &l : b.text.split(u'\n')) {
            const auto m = lineRe.match(l);
            if (m.hasMatch())
                lines.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        }
    }
    return lines;
}

QString formatUserData(const ToolResult &result)
{
    const auto lines = userDataLines(result);
    if (lines.isEmpty())
        return result.displayText();
    QStringList out;
    for (const auto &[label, value] : lines)
        out << QStringLiteral("%1: %2").arg(label, value);
    return out.join(u'\n');
}

} // namespace mcpc
