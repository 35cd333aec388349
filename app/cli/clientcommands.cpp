// clients list, connect, disconnect, undo, deeplink: the "Connect to <client>" engine
// (core/clientconfig) on the command line.
#include "cli/clientsupport.h"
#include "cli/command.h"
#include "cli/output.h"

#include "clientconfig/clientconfigengine.h"

#include <nlohmann/json.hpp>

namespace mcpc::cli {

using namespace Qt::StringLiterals;
using namespace mcpc::clientconfig;
using nlohmann::json;

namespace {

const QStringList kTargetOptions{u"scope"_s, u"project"_s, u"vscode-profile"_s};

QString stateText(const ClientStatus &s)
{
    switch (s.state) {
    case EntryState::Absent: return u"not connected"_s;
    case EntryState::Ours: return s.matchesProfile ? u"connected"_s : u"connected (differs from the profile)"_s;
    case EntryState::EditedByHand: return u"edited by hand"_s;
    case EntryState::Foreign: return s.matchesProfile ? u"present (not written by MCP Connect)"_s : u"name taken by another entry"_s;
    case EntryState::Missing: return u"removed by the client"_s;
    }
    return QString();
}

void printReport(Output *out, const WriteReport &r, const QString &client)
{
    out->line(r.plan.summary);
    if (!r.written)
        return;
    out->line(u"Backup kept; `mcp-connect-cli undo %1` restores the previous file."_s.arg(client));
    if (r.plan.action == PlanAction::Add || r.plan.action == PlanAction::Update) {
        out->line(u"Next: "_s + r.reloadHint);
        out->line(u"Sign in: "_s + r.nextStep);
    } else {
        out->line(u"Next: "_s + r.reloadHint);
    }
    for (const QString &n : r.notes)
        out->line(u"Note: "_s + n);
    for (const QString &w : r.warnings)
        out->info(u"warning: "_s + w);
}

class ClientsListCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"allow-http"_s}, {u"server"_s, u"name"_s, u"project"_s}, 0, 0);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        std::optional<ServerProfile> profile;
        if (args->has(u"server"_s)) {
            auto p = resolveProfile(m_ctx.services, args->value(u"server"_s), *args);
            if (!p)
                return finish(m_ctx.out->fail(p.error()));
            profile = *p;
        }
        ClientConfigEngine engine;
        const QList<ClientStatus> all = engine.statusAll(profile ? &*profile : nullptr);
        if (m_ctx.out->json()) {
            json list = json::array();
            for (const ClientStatus &s : all)
                list.push_back(toJson(s));
            m_ctx.out->document(json{{"clients", list}});
            return finish(0);
        }
        m_ctx.out->line(u"%1 %2 %3 %4"_s.arg(u"CLIENT"_s.leftJustified(16), u"INSTALLED"_s.leftJustified(10),
                                             profile ? u"SERVER"_s.leftJustified(28) : u"ENTRIES"_s.leftJustified(12), u"CONFIG"_s));
        for (const ClientStatus &s : all) {
            QString state = profile ? stateText(s) : QString::number(s.ourEntries.size());
            if (s.problem)
                state = u"unreadable"_s;
            m_ctx.out->line(u"%1 %2 %3 %4"_s.arg(s.id.leftJustified(16), (s.installed ? u"yes"_s : u"no"_s).leftJustified(10),
                                                 state.leftJustified(profile ? 28 : 12), s.configPath));
            if (s.problem)
                m_ctx.out->line(u"    problem: "_s + s.problem->message);
            if (!s.sameUrlEntries.isEmpty())
                m_ctx.out->line(u"    same URL as: "_s + s.sameUrlEntries.join(u", "_s));
            for (const QString &n : s.notes)
                m_ctx.out->line(u"    note: "_s + n);
        }
        finish(0);
    }
};

class ConnectCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"dry-run"_s, u"force"_s, u"bridge"_s, u"allow-http"_s},
                              kTargetOptions + QStringList{u"name"_s, u"header-env"_s}, 2, 2);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        ConnectRequest req;
        auto target = targetFrom(args->positional[0], *args);
        if (!target)
            return finish(m_ctx.out->fail(target.error()));
        req.target = *target;
        auto profile = resolveProfile(m_ctx.services, args->positional[1], *args);
        if (!profile)
            return finish(m_ctx.out->fail(profile.error()));
        req.profile = *profile;
        req.name = args->value(u"name"_s);
        req.force = args->has(u"force"_s);
        req.options.bridge = args->has(u"bridge"_s);
        for (const QString &h : args->options.value(u"header-env"_s)) {
            const qsizetype eq = h.indexOf(u'=');
            if (eq <= 0 || eq == h.size() - 1)
                return finish(m_ctx.out->usage(u"--header-env takes HEADER=ENV_VAR, e.g. Authorization=ACME_AUTH."_s));
            req.options.headerEnv.append({h.left(eq), h.mid(eq + 1)});
        }
        ClientConfigEngine engine;
        if (args->has(u"dry-run"_s))
            return finish(dryRun(engine.planConnect(req)));
        auto report = engine.connect(req);
        if (!report)
            return finish(m_ctx.out->fail(report.error()));
        if (m_ctx.out->json())
            m_ctx.out->document(toJson(*report));
        else
            printReport(m_ctx.out, *report, req.target.client);
        m_ctx.out->info(u"Check that %1 loads it: mcp-connect-cli verify %1 %2"_s.arg(req.target.client, args->positional[1]));
        finish(0);
    }

private:
    int dryRun(const Result<EditPlan> &plan)
    {
        if (!plan)
            return m_ctx.out->fail(plan.error());
        if (m_ctx.out->json()) {
            m_ctx.out->document(toJson(*plan, true));
        } else {
            const QString diff = plan->diff();
            m_ctx.out->line(diff.isEmpty() ? plan->summary : diff.chopped(diff.endsWith(u'\n') ? 1 : 0));
            m_ctx.out->info(u"dry run: nothing was written. "_s + plan->summary);
        }
        if (plan->needsForce)
            m_ctx.out->info(u"note: the entry is not MCP Connect's (or was edited by hand): a real run needs --force."_s);
        return 0;
    }
};

class DisconnectCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"dry-run"_s, u"force"_s}, kTargetOptions + QStringList{u"name"_s}, 2, 2);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        auto target = targetFrom(args->positional[0], *args);
        if (!target)
            return finish(m_ctx.out->fail(target.error()));
        DisconnectRequest req{*target, args->has(u"name"_s) ? args->value(u"name"_s) : args->positional[1], args->has(u"force"_s)};
        if (!isValidServerName(req.name))
            return finish(m_ctx.out->usage(u"'%1' is not a server entry name; pass the profile name (or --name NAME)."_s.arg(req.name)));
        ClientConfigEngine engine;
        if (args->has(u"dry-run"_s)) {
            auto plan = engine.planDisconnect(req);
            if (!plan)
                return finish(m_ctx.out->fail(plan.error()));
            if (m_ctx.out->json())
                m_ctx.out->document(toJson(*plan, true));
            else
                m_ctx.out->line(plan->diff().isEmpty() ? plan->summary : plan->diff().chopped(1));
            m_ctx.out->info(u"dry run: nothing was written."_s);
            return finish(0);
        }
        auto report = engine.disconnect(req);
        if (!report)
            return finish(m_ctx.out->fail(report.error()));
        if (m_ctx.out->json())
            m_ctx.out->document(toJson(*report));
        else
            printReport(m_ctx.out, *report, req.target.client);
        finish(0);
    }
};

class UndoCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"force"_s}, {}, 1, 1);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        ClientConfigEngine engine;
        auto report = engine.undo(args->positional[0], args->has(u"force"_s));
        if (!report)
            return finish(m_ctx.out->fail(report.error()));
        if (m_ctx.out->json()) {
            m_ctx.out->document(json{{"client", report->client.toStdString()},
                                     {"path", report->path.toStdString()},
                                     {"backupId", report->backupId.toStdString()},
                                     {"undone", report->undoneAction.toStdString()},
                                     {"deletedFile", report->deletedFile},
                                     {"reloadHint", report->reloadHint.toStdString()}});
        } else {
            m_ctx.out->line(report->deletedFile ? u"Undid \"%1\": deleted %2, which MCP Connect had created."_s.arg(report->undoneAction, report->path)
                                                : u"Undid \"%1\": restored %2 from its backup."_s.arg(report->undoneAction, report->path));
            m_ctx.out->line(u"Next: "_s + report->reloadHint);
        }
        finish(0);
    }
};

class DeeplinkCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"allow-http"_s}, {u"name"_s}, 2, 2);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        auto profile = resolveProfile(m_ctx.services, args->positional[1], *args);
        if (!profile)
            return finish(m_ctx.out->fail(profile.error()));
        ClientConfigEngine engine;
        auto links = engine.deeplinks(args->positional[0], *profile, args->value(u"name"_s));
        if (!links)
            return finish(m_ctx.out->fail(links.error()));
        if (m_ctx.out->json()) {
            json list = json::array();
            for (const Deeplink &l : *links)
                list.push_back({{"label", l.label.toStdString()}, {"url", l.url.toStdString()}});
            m_ctx.out->document(json{{"links", list}});
        } else {
            m_ctx.out->line(links->first().url);
            for (qsizetype i = 1; i < links->size(); ++i)
                m_ctx.out->info(u"%1: %2"_s.arg((*links)[i].label, (*links)[i].url));
        }
        finish(0);
    }
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) { return new T(ctx); };
}

const QString kClientIds = u"Clients: cursor, vscode, vscode-insiders, claude-code, claude-desktop, windsurf, cline, zed,\n"
                           "gemini-cli, codex, opencode, lmstudio, continue, junie. PROFILE is a saved server profile's name, or a\n"
                           "URL (then --name NAME names the entry; --allow-http accepts http:// to another machine).\n"
                           "Paths follow HOME, XDG_CONFIG_HOME and APPDATA."_s;

} // namespace

QList<CommandSpec> clientCommands()
{
    return {
        {u"clients list"_s, u"clients list [--server PROFILE [--name NAME]]"_s, u"AI clients found here, their config files and status"_s,
         u"Lists every supported client: installed or not (config folder or binary on PATH), its config file, and\n"
         "how many entries MCP Connect wrote there. With --server PROFILE, whether that server is connected, and\n"
         "entries that point at the same URL under another name.\n\n"_s + kClientIds,
         make<ClientsListCommand>()},
        {u"connect"_s, u"connect CLIENT PROFILE [--scope S] [--dry-run]"_s, u"add a server to a client's config file"_s,
         u"Adds (or updates) the server entry in the client's config file with a minimal edit: comments, order,\n"
         "indentation and line endings stay; a backup is kept; only entries MCP Connect wrote are replaced.\n\n"
         "Options:\n"
         "  --scope user|project|local   which file (default user; local = Claude Code's per-project section)\n"
         "  --project DIR                project folder for project/local scope (default: current folder)\n"
         "  --dry-run                    print the unified diff and write nothing\n"
         "  --force                      replace an entry edited by hand or not written by MCP Connect\n"
         "  --name NAME                  entry name (default: the profile name)\n"
         "  --header-env HEADER=VAR      send HEADER with the value of env var VAR, through the client's own\n"
         "                               indirection (never a literal token); repeatable\n"
         "  --vscode-profile ID          a non-default VS Code profile's mcp.json\n"
         "  --bridge                     Windsurf, Junie: the npx mcp-remote form instead of a URL entry\n\n"_s + kClientIds,
         make<ConnectCommand>()},
        {u"disconnect"_s, u"disconnect CLIENT PROFILE [--scope S]"_s, u"remove a server MCP Connect added"_s,
         u"Removes the entry (and anything MCP Connect created for it), restoring the file as it was. Entries\n"
         "edited by hand or not written by MCP Connect need --force. Takes --scope, --project, --vscode-profile,\n"
         "--name and --dry-run like connect.\n\n"_s + kClientIds,
         make<DisconnectCommand>()},
        {u"undo"_s, u"undo CLIENT [--force]"_s, u"restore a client's file from MCP Connect's last backup"_s,
         u"Restores the client's config file as it was before MCP Connect's most recent change to it (deleting it\n"
         "if MCP Connect created it). Refuses if the file changed since, unless --force. Repeat to go further back."_s,
         make<UndoCommand>()},
        {u"deeplink"_s, u"deeplink CLIENT PROFILE [--name NAME]"_s, u"print a one-click install link (Cursor, VS Code, MCP Connect)"_s,
         u"Prints the client's install link: cursor://…/mcp/install, vscode:mcp/install?…,\n"
         "vscode-insiders:mcp/install?…, lmstudio://add_mcp?…. Other clients print their CLI command instead.\n"
         "CLIENT mcp-connect prints an \"Add to MCP Connect\" link (mcp-connect://add?url=…&name=…) for a\n"
         "server's docs page: opening it shows MCP Connect's add dialog, pre-filled; nothing is added silently."_s,
         make<DeeplinkCommand>()},
    };
}

} // namespace mcpc::cli
