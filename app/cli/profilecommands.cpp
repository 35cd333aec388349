// servers add | list | show | remove: the user's saved server profiles.
#include "cli/args.h"
#include "cli/command.h"
#include "protocol/eracache.h"
#include "cli/output.h"
#include "cli/services.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

json profileJson(const ServerProfile &p)
{
    json o = {{"name", p.name.toStdString()},
              {"transport", transportName(p.transport).toStdString()},
              {"auth", authModeName(p.auth).toStdString()}};
    if (p.isHttp()) {
        o["url"] = p.url.toString().toStdString();
        o["insecureHttp"] = isInsecureRemoteUrl(p.url);
    } else {
        o["command"] = p.command.toStdString();
        json args = json::array();
        for (const QString &a : p.args)
            args.push_back(a.toStdString());
        o["args"] = args;
    }
    json headers = json::array();
    for (const QString &h : p.headerNames)
        headers.push_back(h.toStdString());
    o["headers"] = headers;
    if (!p.userDataTool.isEmpty())
        o["userDataTool"] = p.userDataTool.toStdString();
    return o;
}

namespace {

const QString kAddSynopsis = QStringLiteral("servers add NAME URL [--header \"K: V\"]... | NAME --stdio -- CMD [ARGS]...");

class ServersAdd : public Command
{
public:
    using Command::Command;
    void start() override
    {
        QCommandLineParser p;
        p.addPositionalArgument(QStringLiteral("name"), {});
        p.addOption({QStringLiteral("header"), {}, QStringLiteral("h")});
        p.addOption({QStringLiteral("transport"), {}, QStringLiteral("t")});
        p.addOption({QStringLiteral("auth"), {}, QStringLiteral("mode")});
        p.addOption({QStringLiteral("user-data-tool"), {}, QStringLiteral("tool")});
        p.addOption({QStringLiteral("allow-http"), {}});
        p.addOption({QStringLiteral("stdio"), {}});
        if (const QString e = parseArgs(p, m_ctx.args); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        if (const QString e = expectPositional(p, 2, p.isSet(QStringLiteral("stdio")) ? -1 : 2, kAddSynopsis); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        const QStringList pos = p.positionalArguments();

        ServerProfile profile;
        profile.name = pos.at(0);
        profile.userDataTool = p.value(QStringLiteral("user-data-tool"));
        profile.allowInsecureHttp = p.isSet(QStringLiteral("allow-http"));
        if (p.isSet(QStringLiteral("stdio"))) {
            profile.transport = TransportKind::Stdio;
            profile.command = pos.at(1);
            profile.args = pos.mid(2);
            profile.auth = AuthMode::None;
        } else {
            auto url = parseServerUrl(pos.at(1));
            if (!url)
                return finish(m_ctx.out->fail(url.error()));
            profile.url = *url;
            if (p.isSet(QStringLiteral("transport"))) {
                auto t = transportFromName(p.value(QStringLiteral("transport")));
                if (!t || *t == TransportKind::Stdio)
                    return finish(m_ctx.out->usage(QStringLiteral("--transport must be auto, http or sse.")));
                profile.transport = *t;
            }
            profile.auth = AuthMode::OAuth; // signs in only if the server asks (401)
        }
        for (const QString &h : p.values(QStringLiteral("header"))) {
            const qsizetype colon = h.indexOf(u':');
            const QString name = h.left(colon).trimmed();
            if (colon <= 0 || name.contains(u' '))
                return finish(m_ctx.out->usage(QStringLiteral("--header must look like \"Name: value\" (got '%1').").arg(h)));
            profile.headerNames << name;
            m_headerValues << h.mid(colon + 1).trimmed().toUtf8();
        }
        if (!profile.headerNames.isEmpty())
            profile.auth = AuthMode::Header;
        if (p.isSet(QStringLiteral("auth"))) {
            auto mode = authModeFromName(p.value(QStringLiteral("auth")));
            if (!mode)
                return finish(m_ctx.out->usage(QStringLiteral("--auth must be none, oauth or header.")));
            profile.auth = *mode;
        }
        if (auto ok = validateProfile(profile); !ok)
            return finish(m_ctx.out->fail(ok.error()));
        if (auto existing = m_ctx.services->profiles()->find(profile.name); !existing)
            return finish(m_ctx.out->fail(existing.error()));
        else if (existing->has_value())
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Usage,
                QStringLiteral("A server named '%1' already exists.").arg(profile.name), 0,
                QStringLiteral("Pick another name, or run `mcp-connect-cli servers remove %1` first.").arg(profile.name))));
        m_profile = profile;
        storeHeader(0);
    }

private:
    // Header values are secrets: keychain first, profile file second, so a failed
    // keychain write leaves no half-added profile behind.
    void storeHeader(int i)
    {
        if (i >= m_profile.headerNames.size()) {
            save();
            return;
        }
        SecretStore *store = m_ctx.services->secrets();
        SecretJob *job = store->write(secretkeys::header(m_profile.name, m_profile.headerNames.at(i)), m_headerValues.at(i));
        connect(job, &SecretJob::finished, this, [this, job, store, i] {
            if (!job->ok() || !store->persistent()) {
                finish(m_ctx.out->fail(Error::make(ErrorKind::Unavailable,
                    QStringLiteral("Could not store the header value in the system keychain%1; the server was not added.")
                        .arg(job->errorString().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(job->errorString())),
                    0, QStringLiteral("Start a keyring, or pass --secret-store plaintext:<path> to opt in to a plaintext file."))));
                return;
            }
            storeHeader(i + 1);
        });
    }

    void save()
    {
        if (auto r = m_ctx.services->profiles()->add(m_profile); !r)
            return finish(m_ctx.out->fail(r.error()));
        if (m_ctx.out->json())
            m_ctx.out->document(json{{"added", profileJson(m_profile)}});
        else
            m_ctx.out->line(QStringLiteral("Added '%1' (%2).").arg(m_profile.name, m_profile.target()));
        if (m_profile.isHttp() && isInsecureRemoteUrl(m_profile.url))
            m_ctx.out->info(QStringLiteral("warning: %1 uses plain HTTP to another machine. Always use HTTPS in production.")
                                .arg(m_profile.url.toString()));
        finish(0);
    }

    ServerProfile m_profile;
    QList<QByteArray> m_headerValues;
};

class ServersList : public Command
{
public:
    using Command::Command;
    void start() override
    {
        if (!m_ctx.args.isEmpty())
            return finish(m_ctx.out->usage(QStringLiteral("servers list takes no arguments.")));
        auto profiles = m_ctx.services->profiles()->profiles();
        if (!profiles)
            return finish(m_ctx.out->fail(profiles.error()));
        if (m_ctx.out->json()) {
            json list = json::array();
            for (const ServerProfile &p : *profiles)
                list.push_back(profileJson(p));
            m_ctx.out->document(json{{"servers", list}});
            return finish(0);
        }
        if (profiles->isEmpty()) {
            m_ctx.out->line(QStringLiteral("No servers yet. Add one: mcp-connect-cli servers add NAME URL"));
            return finish(0);
        }
        m_ctx.out->line(QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("NAME").leftJustified(20), QStringLiteral("TRANSPORT").leftJustified(9),
                                                      QStringLiteral("AUTH").leftJustified(6), QStringLiteral("TARGET")));
        for (const ServerProfile &p : *profiles) {
            QString target = p.target();
            if (p.isHttp() && isInsecureRemoteUrl(p.url))
                target += QStringLiteral("  (insecure: plain HTTP)");
            m_ctx.out->line(QStringLiteral("%1 %2 %3 %4").arg(p.name.leftJustified(20), transportName(p.transport).leftJustified(9),
                                                          authModeName(p.auth).leftJustified(6), target));
        }
        finish(0);
    }
};

class ServersShow : public Command
{
public:
    using Command::Command;
    void start() override
    {
        if (m_ctx.args.size() != 1)
            return finish(m_ctx.out->usage(QStringLiteral("Usage: mcp-connect-cli servers show NAME")));
        auto found = m_ctx.services->profiles()->find(m_ctx.args.first());
        if (!found)
            return finish(m_ctx.out->fail(found.error()));
        if (!found->has_value())
            return finish(m_ctx.out->usage(QStringLiteral("No server named '%1'.").arg(m_ctx.args.first())));
        const ServerProfile &p = **found;
        // The era the last connection found (remembered to skip detection next time).
        const EraHint era = EraCache::forProfile(m_ctx.services->profiles(), p.name);
        if (m_ctx.out->json()) {
            json o = profileJson(p);
            if (era.era != ProtocolEra::Unknown)
                o["protocol"] = {{"era", eraName(era.era).toStdString()}, {"version", era.version.toStdString()}};
            m_ctx.out->document(o);
            return finish(0);
        }
        m_ctx.out->line(QStringLiteral("Name:       %1").arg(p.name));
        m_ctx.out->line(QStringLiteral("Transport:  %1").arg(transportName(p.transport)));
        m_ctx.out->line(p.isHttp() ? QStringLiteral("URL:        %1").arg(p.url.toString())
                                   : QStringLiteral("Command:    %1").arg(p.target()));
        m_ctx.out->line(QStringLiteral("Auth:       %1").arg(authModeName(p.auth)));
        for (const QString &h : p.headerNames)
            m_ctx.out->line(QStringLiteral("Header:     %1: (stored in the keychain)").arg(h));
        if (!p.userDataTool.isEmpty())
            m_ctx.out->line(QStringLiteral("User data:  %1").arg(p.userDataTool));
        if (era.era != ProtocolEra::Unknown)
            m_ctx.out->line(QStringLiteral("Protocol:   MCP %1 (%2 era, as last seen)").arg(era.version, eraName(era.era)));
        if (p.isHttp() && isInsecureRemoteUrl(p.url))
            m_ctx.out->line(QStringLiteral("Warning:    plain HTTP to another machine; use HTTPS in production."));
        finish(0);
    }
};

class ServersRemove : public Command
{
public:
    using Command::Command;
    void start() override
    {
        if (m_ctx.args.size() != 1)
            return finish(m_ctx.out->usage(QStringLiteral("Usage: mcp-connect-cli servers remove NAME")));
        auto found = m_ctx.services->profiles()->find(m_ctx.args.first());
        if (!found)
            return finish(m_ctx.out->fail(found.error()));
        if (!found->has_value())
            return finish(m_ctx.out->usage(QStringLiteral("No server named '%1'.").arg(m_ctx.args.first())));
        m_profile = **found;
        m_keys = secretkeys::allForProfile(m_profile.name, m_profile.headerNames);
        removeSecrets();
    }

private:
    // Secrets go first: a profile must never disappear while its secrets stay behind.
    void removeSecrets()
    {
        if (m_keys.isEmpty()) {
            if (auto r = m_ctx.services->profiles()->remove(m_profile.name); !r)
                return finish(m_ctx.out->fail(r.error()));
            if (m_ctx.out->json())
                m_ctx.out->document(json{{"removed", m_profile.name.toStdString()}});
            else
                m_ctx.out->line(QStringLiteral("Removed '%1' and its stored secrets.").arg(m_profile.name));
            return finish(0);
        }
        SecretJob *job = m_ctx.services->secrets()->remove(m_keys.takeFirst());
        connect(job, &SecretJob::finished, this, [this, job] {
            if (!job->ok() && job->status() != SecretJob::Status::NotFound)
                return finish(m_ctx.out->fail(Error::make(ErrorKind::Unavailable,
                    QStringLiteral("Could not delete a stored secret for '%1': %2").arg(m_profile.name, job->errorString()))));
            removeSecrets();
        });
    }

    ServerProfile m_profile;
    QStringList m_keys;
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) -> Command * { return new T(ctx); };
}

} // namespace

QList<CommandSpec> profileCommands()
{
    return {
        {QStringLiteral("servers add"), kAddSynopsis, QStringLiteral("save a server profile"),
         QStringLiteral("Saves a server. Header values (API keys) go to the OS keychain, never to the profile file.\n\n"
                        "Options:\n"
                        "  --header \"K: V\"        send this header (repeatable); the value is kept in the keychain\n"
                        "  --transport auto|http|sse  auto tries Streamable HTTP, then legacy SSE (default auto)\n"
                        "  --auth none|oauth|header   oauth (default) signs in only when the server asks\n"
                        "  --user-data-tool TOOL   the tool `user-data` calls (default: detect, e.g. get_user_data)\n"
                        "  --allow-http            accept plain http:// to another machine (not for production)\n"
                        "  --stdio                 a local server: NAME --stdio -- COMMAND [ARGS]...\n\n"
                        "Examples:\n"
                        "  mcp-connect-cli servers add demo http://localhost:3000/mcp\n"
                        "  mcp-connect-cli servers add acme https://mcp.acme.dev/mcp --header \"Authorization: Bearer …\"\n"
                        "  mcp-connect-cli servers add everything --stdio -- npx -y @modelcontextprotocol/server-everything"),
         make<ServersAdd>()},
        {QStringLiteral("servers list"), QStringLiteral("servers list"), QStringLiteral("list saved servers"),
         QStringLiteral("Lists saved server profiles."), make<ServersList>()},
        {QStringLiteral("servers show"), QStringLiteral("servers show NAME"), QStringLiteral("show one server profile"),
         QStringLiteral("Shows a profile. Secret values are never printed."), make<ServersShow>()},
        {QStringLiteral("servers remove"), QStringLiteral("servers remove NAME"), QStringLiteral("remove a profile and its secrets"),
         QStringLiteral("Removes a profile and deletes its keychain entries (header values, sign-in tokens)."),
         make<ServersRemove>()},
    };
}

} // namespace mcpc::cli
