// compat: "will it work in Cursor?" — connects once, then applies every client's
// compatibility rules (core/compat) to what it saw.
#include "cli/connectedcommand.h"
#include "cli/output.h"
#include "cli/services.h"

#include "compat/catalogbuilder.h"
#include "compat/compatengine.h"
#include "oauth/oauthauthenticator.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "transport/transport.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

namespace {

using namespace compat;

QString mark(Verdict v)
{
    switch (v) {
    case Verdict::Works: return QStringLiteral("✓");
    case Verdict::Warnings: return QStringLiteral("⚠");
    case Verdict::Problems: return QStringLiteral("✗");
    }
    return {};
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Works: return QStringLiteral("works");
    case Verdict::Warnings: return QStringLiteral("warnings");
    case Verdict::Problems: return QStringLiteral("problems");
    }
    return {};
}

json findingJson(const Finding &f)
{
    json j{{"rule", f.ruleId.toStdString()},
           {"severity", severityName(f.severity).toStdString()},
           {"message", f.message.toStdString()},
           {"fix", f.fix.toStdString()},
           {"verified", f.verified}};
    j["tool"] = f.tool.isEmpty() ? json(nullptr) : json(f.tool.toStdString());
    if (!f.fixAction.isEmpty())
        j["fixAction"] = f.fixAction.toStdString();
    if (f.blocksServer)
        j["willNotLoad"] = true; // transport, sign-in or era: the client cannot use the server at all
    j["source"] = f.source.url.isEmpty() ? json(nullptr)
                                         : json{{"url", f.source.url.toStdString()}, {"checked", f.source.checked.toStdString()}};
    return j;
}

QString sourceLine(const Finding &f)
{
    if (f.source.url.isEmpty())
        return QStringLiteral("source: none yet (unverified)");
    return QStringLiteral("source: %1 (checked %2)%3")
        .arg(f.source.url, f.source.checked, f.verified ? QString() : QStringLiteral(", unverified"));
}

class CompatCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;

    void start() override
    {
        const QCommandLineOption client(QStringLiteral("client"), {}, QStringLiteral("id"));
        const QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("entry name"));
        const QCommandLineOption rules(QStringLiteral("rules"), {}, QStringLiteral("dir"));
        m_parser.addOption(client);
        m_parser.addOption(name);
        m_parser.addOption(rules);
        if (!parseTarget(m_parser, QStringLiteral("compat TARGET [--client ID]... [--name NAME] [--json]")))
            return;
        auto set = m_parser.isSet(rules) ? RuleSet::loadDirectory(m_parser.value(rules)) : RuleSet::loadDefault();
        if (!set)
            return finish(m_ctx.out->fail(set.error()));
        m_rules = *set;
        m_clients = m_parser.values(client);
        QStringList known;
        for (const ClientRules &c : m_rules.clients())
            known << c.client;
        for (const QString &id : std::as_const(m_clients))
            if (!known.contains(id))
                return finish(m_ctx.out->usage(QStringLiteral("Unknown client '%1'. Known: %2.").arg(id, known.join(QStringLiteral(", ")))));
        m_name = m_parser.isSet(name) ? m_parser.value(name) : m_profile.name;
        connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        const ServerInfo &info = client->serverInfo();
        if (info.capabilitiesKnown && !info.hasCapability("tools"))
            return report(client, {});
        auto *op = new ListOperation(client, QStringLiteral("tools/list"), "tools", this);
        connect(op, &ListOperation::finished, this, [this, op, client] {
            op->deleteLater();
            if (!op->ok())
                return void(failAndClose(op->error()));
            QList<Tool> tools;
            for (const json &t : op->items())
                if (auto tool = parseTool(t))
                    tools.append(*tool);
            probeLegacy(client, tools);
        });
        op->start();
    }

private:
    // server/discover lists only 2026-era versions, so whether a modern server also serves
    // 2025 clients (initialize) takes one more handshake, pinned to the legacy era.
    void probeLegacy(McpClient *client, const QList<Tool> &tools)
    {
        if (client->era() != ProtocolEra::Modern || !m_profile.isHttp())
            return report(client, tools);
        auto *connector = new ServerConnector(m_profile, m_ctx.services->httpClient(), m_ctx.services->secrets(), this);
        ClientOptions options;
        options.eraPreference = EraPreference::Legacy;
        connector->setClientOptions(options);
        if (m_authenticator)
            connector->setAuthenticator(m_authenticator);
        connect(connector, &ServerConnector::finished, this, [this, connector, client, tools] {
            connector->deleteLater();
            m_servesLegacy = connector->ok();
            if (connector->ok())
                connector->takeClient(this)->close(); // ends its session politely; we only needed the answer
            report(client, tools);
        });
        connector->start();
    }

    void report(McpClient *client, const QList<Tool> &tools)
    {
        const oauth::SignInRecord *signIn = m_authenticator ? &m_authenticator->record() : nullptr;
        const QString transport = client->transport()->describe();
        ServerCatalog catalog = buildCatalog(m_name, client->serverInfo(), client->era(), transport, tools, signIn);
        if (m_servesLegacy && !catalog.eras.contains(QStringLiteral("legacy")))
            catalog.eras.append(QStringLiteral("legacy"));
        const QList<ClientReport> reports = CompatEngine::evaluateAll(catalog, m_rules, m_clients);
        if (m_ctx.out->json())
            printJson(client, catalog, reports);
        else
            printText(client, catalog, reports);
        closeAndFinish(0);
    }

    void printJson(McpClient *client, const ServerCatalog &catalog, const QList<ClientReport> &reports)
    {
        json clients = json::array();
        for (const ClientReport &r : reports) {
            json findings = json::array();
            for (const Finding &f : r.findings)
                findings.push_back(findingJson(f));
            clients.push_back({{"client", r.client.toStdString()},
                               {"displayName", r.displayName.toStdString()},
                               {"verdict", verdictName(r.verdict()).toStdString()},
                               {"summary", r.summary().toStdString()},
                               {"unverifiedRules", r.unverifiedRules},
                               {"findings", findings}});
        }
        auto list = [](const QStringList &l) {
            json a = json::array();
            for (const QString &s : l)
                a.push_back(s.toStdString());
            return a;
        };
        m_ctx.out->document(json{{"server",
                                  {{"name", client->serverInfo().name.toStdString()},
                                   {"entryName", catalog.serverName.toStdString()},
                                   {"tools", catalog.tools.size()},
                                   {"resources", catalog.resources},
                                   {"prompts", catalog.prompts},
                                   {"mcpApps", catalog.mcpApps()},
                                   {"oauth", catalog.oauth},
                                   {"registration", list(catalog.registration)},
                                   {"eras", list(catalog.eras)},
                                   {"transports", list(catalog.transports)}}},
                                 {"clients", clients}});
    }

    void printText(McpClient *client, const ServerCatalog &catalog, const QList<ClientReport> &reports)
    {
        m_ctx.out->line(QStringLiteral("%1 as \"%2\": %3 tools · MCP %4 over %5%6")
                            .arg(client->serverInfo().displayName(), catalog.serverName)
                            .arg(catalog.tools.size())
                            .arg(client->serverInfo().protocolVersion, client->transport()->describe(),
                                 catalog.oauth ? QStringLiteral(" · OAuth (%1)").arg(catalog.registration.join(QStringLiteral(", "))) : QString()));
        for (const ClientReport &r : reports) {
            m_ctx.out->line(QStringLiteral("%1 %2 — %3").arg(mark(r.verdict()), r.displayName, r.summary()));
            for (const Finding &f : r.findings) {
                m_ctx.out->line(QStringLiteral("    %1 %2%3: %4")
                                    .arg(severityName(f.severity), f.ruleId,
                                         f.tool.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(f.tool), f.message));
                if (!f.fix.isEmpty())
                    m_ctx.out->line(QStringLiteral("        fix: %1").arg(f.fix));
                m_ctx.out->line(QStringLiteral("        %1").arg(sourceLine(f)));
            }
            if (r.unverifiedRules > 0)
                m_ctx.out->line(QStringLiteral("    (%1 of %2's rules are unverified: no first-hand source yet)").arg(r.unverifiedRules).arg(r.displayName));
        }
    }

    QCommandLineParser m_parser;
    RuleSet m_rules;
    QStringList m_clients;
    QString m_name;
    bool m_servesLegacy = false;
};

} // namespace

QList<CommandSpec> compatCommands()
{
    CommandSpec spec;
    spec.name = QStringLiteral("compat");
    spec.synopsis = QStringLiteral("compat TARGET [--client ID]... [--name NAME] [--json]");
    spec.summary = QStringLiteral("will the server work in each AI client? (per-client rules, with sources)");
    spec.help = QStringLiteral(
        "Connects to TARGET once (signing in if needed), lists its tools, and checks them against each AI\n"
        "client's compatibility rules: tool-name charset and length (with the client's own prefix), tool-count\n"
        "limits, JSON Schema features the client's model provider refuses, transports, OAuth registration,\n"
        "protocol era, resources/prompts and MCP Apps support.\n\n"
        "Per client: ✓ works, ⚠ warnings, ✗ problems; each finding names the tool, the rule, the fix and the\n"
        "source (documentation or code, with the date it was checked). Rules without a source are marked\n"
        "unverified.\n\n"
        "  --client ID   only this client (repeatable): cursor, vscode, claude-code, gemini-cli, codex, ...\n"
        "  --name NAME   the entry name the clients will use (prefixes such as mcp__NAME__tool); default: the\n"
        "                profile name\n"
        "  --rules DIR   read the rule files from DIR instead of the built-in ones\n"
        "  --json        {\"server\": {...}, \"clients\": [{client, verdict, summary, findings: [...]}]}");
    spec.create = [](const CommandContext &ctx) -> Command * { return new CompatCommand(ctx); };
    return {spec};
}

} // namespace mcpc::cli
