#include "clientconfig/deeplinks.h"

#include "clientconfig/addlink.h"
#include "clientconfig/clientconfigengine.h"

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

Result<QList<Deeplink>> ClientConfigEngine::deeplinks(const QString &client, const ServerProfile &profile,
                                                      const QString &nameOverride) const
{
    if (client == u"mcp-connect") {
        // MCP Connect's own "Add to MCP Connect" link: checked by the parser the app uses.
        if (!profile.isHttp())
            return std::unexpected(Error::make(ErrorKind::Usage, u"A local command (stdio) server cannot be shared as a link."_s));
        const QString link = addLinkFor(profile.url, nameOverride.isEmpty() ? profile.name : nameOverride);
        if (auto parsed = parseAddLink(link.toUtf8()); !parsed)
            return std::unexpected(parsed.error());
        return QList<Deeplink>{{u"Add to MCP Connect"_s, link}};
    }
    const ClientAdapter *adapter = clientAdapter(client);
    if (!adapter)
        return std::unexpected(Error::make(ErrorKind::Usage, u"Unknown client '%1'."_s.arg(client)));
    const QString name = nameOverride.isEmpty() ? profile.name : nameOverride;
    if (!isValidServerName(name))
        return std::unexpected(Error::make(ErrorKind::Usage, u"'%1' cannot be used as a server name."_s.arg(name), 0,
                                           u"Try --name %1."_s.arg(slugifyServerName(name))));
    auto entry = adapter->entry(profile, {}, m_env);
    if (!entry)
        return std::unexpected(entry.error());
    const QString url = profile.url.toString();
    if (client == u"cursor")
        return QList<Deeplink>{{u"Open in Cursor"_s, cursorInstallLink(name, *entry)},
                               {u"Install from the web (cursor.com)"_s, cursorInstallLink(name, *entry, true)}};
    if (client == u"vscode" || client == u"vscode-insiders") {
        const bool insiders = client == u"vscode-insiders";
        return QList<Deeplink>{{u"Open in %1"_s.arg(adapter->displayName()), vscodeInstallLink(name, *entry, insiders)},
                               {u"Install from the web (vscode.dev)"_s, vscodeWebInstallLink(name, *entry, insiders)}};
    }
    if (client == u"lmstudio")
        return QList<Deeplink>{{u"Open in LM Studio"_s, lmStudioInstallLink(name, *entry)}};
    // No link scheme: say what the client's own CLI would run instead.
    QString command;
    if (client == u"claude-code")
        command = u"claude mcp add --transport http -s user %1 %2"_s.arg(name, url);
    else if (client == u"codex")
        command = u"codex mcp add %1 --url %2"_s.arg(name, url);
    else if (client == u"gemini-cli")
        command = u"gemini mcp add -s user -t http %1 %2"_s.arg(name, url);
    else
        command = u"mcp-connect-cli connect %1 %2"_s.arg(client, name);
    return std::unexpected(Error::make(ErrorKind::Unavailable,
        u"%1 has no install link."_s.arg(adapter->displayName()), 0, u"Run: %1"_s.arg(command)));
}

} // namespace mcpc::clientconfig
