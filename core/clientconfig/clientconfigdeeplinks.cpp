#include "clientconfig/addlink.h"
#include "clientconfig/clientconfigengine.h"
#include "clientconfig/deeplinks.h"

// The engine's "install link" answer per client; the link encodings themselves are in
// deeplinks.cpp, which stays free of the engine so the fuzzer can link it alone.
namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

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
