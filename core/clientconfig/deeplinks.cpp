#include "clientconfig/deeplinks.h"

#include <QUrl>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString encodeUriComponent(const QByteArray &utf8)
{
    // encodeURIComponent keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ); toPercentEncoding keeps the
    // first four groups on its own.
    return QString::fromLatin1(QByteArray(utf8).toPercentEncoding("!*'()"));
}

namespace {
QString base64Config(const JsonValue &entry)
{
    return encodeUriComponent(entry.toCompactJson().toBase64()); // padding '=' becomes %3D
}

JsonValue withName(const QString &name, const JsonValue &entry)
{
    JsonValue v = JsonValue::object();
    v.insert(u"name"_s, JsonValue::string(name));
    for (const auto &[k, value] : entry.members())
        v.insert(k, value);
    return v;
}
} // namespace

QString cursorInstallLink(const QString &name, const JsonValue &entry, bool web)
{
    const QString base = web ? u"https://cursor.com/en/install-mcp"_s : u"cursor://anysphere.cursor-deeplink/mcp/install"_s;
    return base + u"?name="_s + encodeUriComponent(name.toUtf8()) + u"&config="_s + base64Config(entry);
}

QString vscodeInstallLink(const QString &name, const JsonValue &entry, bool insiders)
{
    return (insiders ? u"vscode-insiders:mcp/install?"_s : u"vscode:mcp/install?"_s)
        + encodeUriComponent(withName(name, entry).toCompactJson());
}

QString vscodeWebInstallLink(const QString &name, const JsonValue &entry, bool insiders)
{
    QString link = (insiders ? u"https://insiders.vscode.dev/redirect/mcp/install?name="_s
                             : u"https://vscode.dev/redirect/mcp/install?name="_s)
        + encodeUriComponent(name.toUtf8()) + u"&config="_s + encodeUriComponent(entry.toCompactJson());
    if (insiders)
        link += u"&quality=insiders"_s;
    return link;
}

QString lmStudioInstallLink(const QString &name, const JsonValue &entry)
{
    return u"lmstudio://add_mcp?name="_s + encodeUriComponent(name.toUtf8()) + u"&config="_s + base64Config(entry);
}

} // namespace mcpc::clientconfig
