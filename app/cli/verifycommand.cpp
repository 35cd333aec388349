// verify CLIENT PROFILE: reads the client's entry back the way the client does and runs it
// (URL: the client's transport; command: exactly its command, args and env on the client's
// PATH), then, where the client ships a CLI that lists its servers, asks it too.
#include "cli/clientsupport.h"
#include "cli/command.h"
#include "cli/output.h"
#include "cli/services.h"

#include "clientconfig/clientconfigengine.h"
#include "compat/entryreader.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "transport/stdiotransport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QProcess>
#include <QTimer>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

namespace {

using namespace clientconfig;
using namespace Qt::StringLiterals;

// The client's own "list my servers" command, where it has one.
struct ClientCli
{
    QString binary;
    QStringList args;
};

std::optional<ClientCli> clientCli(const QString &client)
{
    if (client == u"claude-code")
        return ClientCli{u"claude"_s, {u"mcp"_s, u"list"_s}};
    if (client == u"gemini-cli")
        return ClientCli{u"gemini"_s, {u"mcp"_s, u"list"_s}};
    if (client == u"codex")
        return ClientCli{u"codex"_s, {u"mcp"_s, u"list"_s}};
    return std::nullopt;
}

class VerifyCommand : public Command
{
public:
    using Command::Command;

    void start() override
    {
        auto args = parseArgs(m_ctx.args, {u"allow-http"_s, u"no-client-cli"_s},
                              {u"scope"_s, u"project"_s, u"vscode-profile"_s, u"name"_s, u"path"_s}, 2, 2);
        if (!args)
            return finish(m_ctx.out->fail(args.error()));
        auto target = targetFrom(args->positional[0], *args);
        if (!target)
            return finish(m_ctx.out->fail(target.error()));
        m_adapter = clientAdapter(target->client);
        auto profile = resolveProfile(m_ctx.services, args->positional[1], *args);
        if (!profile)
            return finish(m_ctx.out->fail(profile.error()));
        m_env = ClientEnvironment::fromSystem();
        if (args->has(u"path"_s)) // the client's PATH when it differs from ours (GUI apps, tests)
            m_env.pathDirs = args->value(u"path"_s).split(u':', Qt::SkipEmptyParts);
        m_name = args->has(u"name"_s) ? args->value(u"name"_s) : profile->name;
        m_useCli = !args->has(u"no-client-cli"_s);

        ClientConfigEngine engine(m_env);
        auto plan = engine.planConnect({*target, *profile, m_name});
        if (!plan)
            return done(u"will not load"_s, u"the config file cannot be read: %1"_s.arg(plan.error().message));
        m_path = plan->path;
        if (!plan->current)
            return done(u"will not load"_s, u"%1 has no entry \"%2\" under %3"_s.arg(plan->path, m_name, plan->container.join(u".")));
        m_entry = compat::readClientEntry(target->client, *plan->current);
        if (m_entry.kind == compat::ClientEntry::Kind::Ignored)
            return done(u"will not load"_s, m_entry.reason);
        run();
    }

private:
    void run()
    {
        if (m_entry.kind == compat::ClientEntry::Kind::Url)
            return runUrl();
        const QString exe = QDir::isAbsolutePath(m_entry.command) ? m_entry.command : m_env.findExecutable(m_entry.command);
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            return done(u"will not load"_s, u"`%1` is not on %2's PATH (%3)%4"_s.arg(m_entry.command, m_adapter->displayName(),
                m_env.pathDirs.join(u':'), m_entry.isBridge ? u": the mcp-remote bridge needs Node.js (npx)"_s : QString()));
        // The client starts the server with its own environment: its PATH, plus the entry's env.
        // (Our process environment stays as it is: the client's CLI below gets its own.)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_env.pathDirs.join(u':'));
        for (const auto &[k, v] : std::as_const(m_entry.env))
            env.insert(k, v);
        auto *transport = new StdioTransport(exe, m_entry.args);
        transport->setEnvironment(env);
        m_method = u"started `%1 %2` as %3 would%4"_s.arg(m_entry.command, m_entry.args.join(u' '), m_adapter->displayName(),
                                                         m_entry.isBridge ? u" (the mcp-remote bridge)"_s : QString());
        auto *client = new McpClient(transport, {}, this);
        connect(client, &McpClient::ready, this, [this, client] { listTools(client); });
        connect(client, &McpClient::connectFailed, this, [this, client](const Error &e) {
            client->deleteLater();
            // What the server said on stderr is the reason a user would see in the client's log.
            done(u"will not load"_s, e.message);
        });
        client->connectToServer();
    }

    void runUrl()
    {
        ServerProfile p;
        p.name = m_name;
        p.url = QUrl(m_entry.url);
        p.transport = m_entry.transport;
        p.allowInsecureHttp = true; // the client's entry decides; we only report
        m_method = u"connected to %1 over %2, as %3 would"_s.arg(m_entry.url, transportName(p.transport), m_adapter->displayName());
        auto *connector = new ServerConnector(p, m_ctx.services->httpClient(), m_ctx.services->secrets(), this);
        connect(connector, &ServerConnector::finished, this, [this, connector] {
            connector->deleteLater();
            if (!connector->ok()) {
                const Error e = connector->error();
                if (e.kind == ErrorKind::Auth)
                    return done(u"needs sign-in in the client"_s, e.message);
                return done(u"will not load"_s, e.message);
            }
            listTools(connector->takeClient(this));
        });
        connector->start();
    }

    void listTools(McpClient *client)
    {
        auto *op = new ListOperation(client, u"tools/list"_s, "tools", this);
        connect(op, &ListOperation::finished, this, [this, op, client] {
            op->deleteLater();
            const bool ok = op->ok();
            const QString detail = ok ? u"%1 tools listed"_s.arg(op->items().size()) : op->error().message;
            connect(client, &McpClient::closed, this, [this, ok, detail] {
                done(ok ? u"verified working"_s : u"will not load"_s, detail);
            });
            client->close();
        });
        op->start();
    }

    // Our outcome is known; ask the client's own CLI when it is installed, then print.
    void done(const QString &outcome, const QString &detail)
    {
        if (!m_outcome.isEmpty())
            return; // a failing server may report twice (its exit, then the broken pipe): the first says why
        m_outcome = outcome;
        m_detail = detail;
        const auto cli = clientCli(m_adapter->id());
        const QString exe = cli && m_useCli ? m_env.findExecutable(cli->binary) : QString();
        if (exe.isEmpty())
            return print();
        auto *proc = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_env.pathDirs.join(u':'));
        // Offline and quiet: no update checks, no telemetry.
        env.insert(u"DISABLE_AUTOUPDATER"_s, u"1"_s);
        env.insert(u"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"_s, u"1"_s);
        env.insert(u"DISABLE_TELEMETRY"_s, u"1"_s);
        env.insert(u"GEMINI_TELEMETRY_ENABLED"_s, u"false"_s);
        env.insert(u"NO_UPDATE_NOTIFIER"_s, u"1"_s);
        proc->setProcessEnvironment(env);
        proc->setProcessChannelMode(QProcess::MergedChannels); // some CLIs list on stderr
        m_cliCommand = cli->binary + u' ' + cli->args.join(u' ');
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, proc, [proc] { proc->kill(); });
        connect(proc, &QProcess::finished, this, [this, proc, timer] {
            timer->stop();
            const QString out = QString::fromUtf8(proc->readAllStandardOutput());
            proc->deleteLater();
            for (const QString &line : out.split(u'\n'))
                if (line.contains(m_name + u':') || line.trimmed().startsWith(m_name + u' '))
                    m_cliLine = line.trimmed();
            print();
        });
        connect(proc, &QProcess::errorOccurred, this, [this, proc, timer](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            timer->stop();
            proc->deleteLater();
            print();
        });
        timer->start(60000); // a hung CLI must not hang verify
        proc->start(exe, cli->args);
    }

    void print()
    {
        const QString cliVerdict = m_cliCommand.isEmpty() ? QString() : m_cliLine.isEmpty() ? u"not listed"_s : u"listed"_s;
        if (m_ctx.out->json()) {
            json j{{"client", m_adapter->id().toStdString()},
                   {"name", m_name.toStdString()},
                   {"file", m_path.toStdString()},
                   {"outcome", m_outcome.toStdString()},
                   {"detail", m_detail.toStdString()},
                   {"method", m_method.toStdString()}};
            if (!m_cliCommand.isEmpty())
                j["clientCli"] = {{"command", m_cliCommand.toStdString()}, {"listed", !m_cliLine.isEmpty()}, {"line", m_cliLine.toStdString()}};
            m_ctx.out->document(j);
        } else {
            m_ctx.out->line(u"%1 \"%2\": %3 (%4)"_s.arg(m_adapter->displayName(), m_name, m_outcome, m_detail));
            if (!m_method.isEmpty())
                m_ctx.out->line(u"  method: "_s + m_method);
            if (!m_cliCommand.isEmpty())
                m_ctx.out->line(u"  %1: %2"_s.arg(m_cliCommand, m_cliLine.isEmpty() ? u"does not list it"_s : m_cliLine));
        }
        finish(m_outcome == u"verified working" ? 0 : m_outcome == u"needs sign-in in the client" ? 3 : 7);
    }

    const ClientAdapter *m_adapter = nullptr;
    ClientEnvironment m_env;
    QString m_name;
    QString m_path;
    bool m_useCli = true;
    compat::ClientEntry m_entry;
    QString m_method;
    QString m_outcome;
    QString m_detail;
    QString m_cliCommand;
    QString m_cliLine;
};

} // namespace

QList<CommandSpec> verifyCommands()
{
    CommandSpec spec;
    spec.name = u"verify"_s;
    spec.synopsis = u"verify CLIENT PROFILE [--scope S] [--name NAME] [--path DIRS] [--json]"_s;
    spec.summary = u"run a client's entry exactly as that client would, and say whether it loads"_s;
    spec.help = u"Reads CLIENT's config file back in the client's own dialect, takes the entry named after PROFILE the\n"
                "way the client does (its key, type, url/serverUrl/httpUrl, command) and runs it: a URL entry is\n"
                "connected with the transport that client uses; a command entry (stdio, the mcp-remote bridge) is\n"
                "started with exactly its command, args and env on the client's PATH; then tools/list.\n"
                "Where the client has a CLI that lists its servers (claude, gemini, codex `mcp list`) and it is on the\n"
                "PATH, its listing is shown too (--no-client-cli skips it).\n\n"
                "Outcome: verified working (exit 0) · needs sign-in in the client (exit 3) · will not load (exit 7), with\n"
                "the reason.\n\n"
                "  --path DIRS   the client's PATH (colon-separated) when it differs from this shell's"_s;
    spec.create = [](const CommandContext &ctx) -> Command * { return new VerifyCommand(ctx); };
    return {spec};
}

} // namespace mcpc::cli
