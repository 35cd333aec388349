// tools | call | user-data: talking to a server's tools.
#include "cli/appinfo.h"
#include "cli/args.h"
#include "cli/connectedcommand.h"
#include "cli/inputoptions.h"
#include "cli/interruptwatcher.h"
#include "cli/oauthoptions.h"
#include "cli/output.h"
#include "apps/appresource.h"
#include "protocol/inputrequiredloop.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/schemaref.h"
#include "protocol/userdata.h"
#include "transport/transport.h"
#include "util/boundedjson.h"
#include "util/jsonfield.h"

#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <ctime>

using nlohmann::json;

namespace mcpc::cli {

namespace {


// Lists all tools, then hands them to `next`.
void listTools(ConnectedCommand *cmd, McpClient *client, std::function<void(Result<QList<Tool>>)> next)
{
    // A cached modern era skips server/discover, so the capabilities are unknown: just ask.
    if (client->serverInfo().capabilitiesKnown && !client->serverInfo().hasCapability("tools")) {
        next(std::unexpected(Error::make(ErrorKind::Tool,
            QStringLiteral("%1 offers no tools (it declared no tools capability).").arg(client->serverInfo().displayName()))));
        return;
    }
    auto *op = new ListOperation(client, QStringLiteral("tools/list"), "tools", cmd);
    QObject::connect(op, &ListOperation::finished, cmd, [op, next] {
        op->deleteLater();
        if (!op->ok())
            return next(std::unexpected(op->error()));
        QList<Tool> tools;
        for (const json &t : op->items()) {
            auto tool = parseTool(t);
            if (tool)
                tools.append(*tool);
        }
        next(tools);
    });
    op->start();
}

Error toolNotAvailable(const QString &name, const QList<Tool> &tools)
{
    QStringList names;
    for (const Tool &t : tools)
        names << t.name;
    return Error::make(ErrorKind::Tool, QStringLiteral("Tool not available: the server has no tool named '%1'.").arg(name), 0,
        names.isEmpty() ? QStringLiteral("The server lists no tools at all; check that they are implemented and enabled.")
                        : QStringLiteral("Available tools: %1").arg(names.join(QStringLiteral(", "))));
}

// --arg key=value, typed by the tool's input schema (numbers, booleans, objects and
// arrays are parsed as JSON; strings stay verbatim).
Result<json> buildArguments(const QStringList &pairs, const QString &argsJson, const Tool *tool)
{
    json args = json::object();
    if (!argsJson.isEmpty()) {
        auto parsed = parseJson(argsJson.toUtf8(), QStringLiteral("--args"), ErrorKind::Usage,
                                QStringLiteral("--args must be a JSON object, e.g. '{\"a\": 1}'."));
        if (!parsed)
            return std::unexpected(parsed.error());
        if (!parsed->is_object())
            return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("--args must be a JSON object, e.g. '{\"a\": 1}'.")));
        args = std::move(*parsed);
    }
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("--arg must look like key=value (got '%1').").arg(pair)));
        const std::string key = pair.left(eq).toStdString();
        const QString value = pair.mid(eq + 1);
        // Typed by the schema, with local $ref/$defs followed (never fetched: SEP-2106).
        const std::string type = tool ? schema::typeOf(tool->inputSchema, schema::propertySchema(tool->inputSchema, key)).toStdString()
                                      : std::string();
        if (type == "number" || type == "integer" || type == "boolean" || type == "object" || type == "array") {
            auto v = parseJson(value.toUtf8(), QStringLiteral("--arg %1").arg(QString::fromStdString(key)), ErrorKind::Usage,
                QStringLiteral("--arg %1: '%2' is not a valid %3.").arg(QString::fromStdString(key), value, QString::fromStdString(type)));
            if (!v)
                return std::unexpected(v.error());
            args[key] = std::move(*v);
        } else {
            args[key] = value.toStdString();
        }
    }
    return args;
}

class ToolsCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        m_parser.addOption({QStringLiteral("app-info"), QStringLiteral("describe each tool's App (MCP Apps)")});
        if (parseTarget(m_parser, QStringLiteral("tools TARGET [--app-info]")))
            connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        listTools(this, client, [this, client](Result<QList<Tool>> tools) {
            if (!tools)
                return void(failAndClose(tools.error()));
            if (m_parser.isSet(QStringLiteral("app-info")))
                return printAppInfo(client, *tools);
            const ServerInfo &info = client->serverInfo();
            if (m_ctx.out->json()) {
                json list = json::array();
                for (const Tool &t : *tools)
                    list.push_back(t.raw);
                m_ctx.out->document(json{{"server",
                                          {{"name", info.name.toStdString()},
                                           {"version", info.version.toStdString()},
                                           {"protocolVersion", info.protocolVersion.toStdString()},
                                           {"era", eraName(client->era()).toStdString()},
                                           {"transport", client->transport()->describe().toStdString()}}},
                                         {"tools", list}});
            } else {
                m_ctx.out->line(QStringLiteral("%1 %2 · MCP %3 over %4")
                                    .arg(info.displayName(), info.version, info.protocolVersion, client->transport()->describe()));
                m_ctx.out->line(QStringLiteral("%1 tool%2:").arg(tools->size()).arg(tools->size() == 1 ? QString() : QStringLiteral("s")));
                for (const Tool &t : *tools) {
                    QString line = QStringLiteral("  %1").arg(t.name.leftJustified(30));
                    if (!t.title.isEmpty() && t.title != t.name)
                        line += t.title + QStringLiteral(" — ");
                    line += t.description.section(u'\n', 0, 0);
                    if (apps::resourceUriOf(t).isValid())
                        line += QStringLiteral(" [App]");
                    m_ctx.out->line(line.trimmed().prepend(QStringLiteral("  ")));
                }
            }
            closeAndFinish(0);
        });
    }

private:
    void printAppInfo(McpClient *client, const QList<Tool> &tools)
    {
        auto *reader = new AppInfoReader(client, tools, this);
        connect(reader, &AppInfoReader::finished, this, [this, reader] {
            if (m_ctx.out->json()) {
                m_ctx.out->document(json{{"apps", reader->apps()}});
            } else if (reader->apps().empty()) {
                m_ctx.out->line(QStringLiteral("No tool of this server has an App (MCP Apps, _meta.ui.resourceUri)."));
            } else {
                for (const json &app : reader->apps())
                    for (const QString &l : AppInfoReader::describe(app))
                        m_ctx.out->line(l);
            }
            closeAndFinish(0);
        });
        reader->start();
    }

    QCommandLineParser m_parser;
};

class CallCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        m_parser.addOption({QStringLiteral("arg"), {}, QStringLiteral("key=value")});
        m_parser.addOption({QStringLiteral("args"), {}, QStringLiteral("json")});
        m_parser.addOption({QStringLiteral("timeout"), {}, QStringLiteral("seconds")});
        InputOptions::addTo(m_parser);
        if (!parseTarget(m_parser, QStringLiteral("call TARGET TOOL [--arg key=value]... [--args JSON]"), 2))
            return;
        if (const QString err = m_input.read(m_parser); !err.isEmpty())
            return finish(m_ctx.out->usage(err));
        if (m_parser.isSet(QStringLiteral("timeout"))) {
            bool ok = false;
            m_timeoutMs = int(m_parser.value(QStringLiteral("timeout")).toDouble(&ok) * 1000);
            if (!ok || m_timeoutMs <= 0)
                return finish(m_ctx.out->usage(QStringLiteral("--timeout must be a positive number of seconds.")));
        }
        // Malformed --arg/--args is a usage error before anything connects (typing by the
        // tool's schema happens once the tools are listed).
        if (auto shape = buildArguments(m_parser.values(QStringLiteral("arg")), m_parser.value(QStringLiteral("args")), nullptr); !shape)
            return finish(m_ctx.out->fail(shape.error()));
        connectTo(m_profile);
    }

protected:
    InputProvider *inputProvider() override
    {
        if (!m_provider)
            m_provider = m_input.provider(m_ctx.out, this);
        return m_provider;
    }

    void onConnected(McpClient *client) override
    {
        // A 2025-era server asks with elicitation/create; when nobody could answer, the
        // command ends with that reason (exit 6), whatever the tool made of the refusal.
        connect(client, &McpClient::inputFailed, this, [this](const Error &e) {
            if (!m_inputError)
                m_inputError = e;
        });
        const QString toolName = m_parser.positionalArguments().at(1);
        listTools(this, client, [this, client, toolName](Result<QList<Tool>> tools) {
            if (!tools)
                return void(failAndClose(tools.error()));
            const Tool *tool = nullptr;
            for (const Tool &t : *tools)
                if (t.name == toolName)
                    tool = &t;
            if (!tool)
                return void(failAndClose(toolNotAvailable(toolName, *tools)));
            if (const QString hint = appHint(*tool); !hint.isEmpty())
                m_ctx.out->info(hint);
            auto args = buildArguments(m_parser.values(QStringLiteral("arg")), m_parser.value(QStringLiteral("args")), tool);
            if (!args)
                return void(failAndClose(args.error()));
            CallOptions opts;
            opts.wantProgress = true;
            opts.timeoutMs = m_timeoutMs;
            // The server may answer input_required (MCP 2026-07-28): the loop asks and retries.
            auto *call = new InputRequiredLoop(client, QStringLiteral("tools/call"), {{"name", toolName.toStdString()}, {"arguments", *args}},
                                               inputProvider(), opts, this);
            connect(call, &InputRequiredLoop::progress, this, [this](double progress, double total, const QString &message) {
                QString line = total > 0 ? QStringLiteral("progress: %1/%2").arg(progress).arg(total) : QStringLiteral("progress: %1").arg(progress);
                if (!message.isEmpty())
                    line += QStringLiteral(" ") + message;
                m_ctx.out->info(line);
            });
            // Tasks extension: the call became a task; its status goes to stderr as it changes.
            connect(call, &InputRequiredLoop::taskStatus, this, [this](const QString &taskId, TaskStatus status, const QString &message) {
                QString line = QStringLiteral("task %1: %2").arg(taskId, taskStatusName(status));
                if (!message.isEmpty())
                    line += QStringLiteral(" - ") + message;
                m_ctx.out->info(line);
            });
            // Ctrl+C cancels the call (a task: tasks/cancel on the server) before exiting.
            auto *interrupt = new InterruptWatcher(call);
            if (interrupt->install())
                connect(interrupt, &InterruptWatcher::interrupted, call, [this, call] {
                    m_ctx.out->info(QStringLiteral("interrupted: cancelling the call on the server (Ctrl+C again quits at once)"));
                    call->cancel(QStringLiteral("Cancelled with Ctrl+C; the server was asked to stop."));
                });
            connect(call, &InputRequiredLoop::finished, this, [this, call] { onResult(call); });
            call->start();
        });
    }

private:
    void onResult(InputRequiredLoop *call)
    {
        if (m_inputError)
            return void(failAndClose(*m_inputError));
        if (!call->ok())
            return void(failAndClose(call->error()));
        if (!isCompleteResult(call->result()))
            return void(failAndClose(Error::make(ErrorKind::Tool,
                QStringLiteral("The tool needs more input from you (resultType \"%1\"), which this command cannot provide yet.")
                    .arg(jsonString(call->result(), "resultType")))));
        auto result = parseToolResult(call->result());
        if (!result)
            return void(failAndClose(result.error()));
        if (m_ctx.out->json())
            m_ctx.out->document(call->result());
        else if (!result->content.empty())
            m_ctx.out->line(result->displayText());
        else
            m_ctx.out->line(QString::fromStdString(result->structuredContent.dump(2)));
        if (result->isError) {
            m_ctx.out->info(QStringLiteral("error: the tool reported an error (isError)."));
            return closeAndFinish(exitCodeFor(ErrorKind::Tool));
        }
        closeAndFinish(0);
    }

    QCommandLineParser m_parser;
    InputOptions m_input;
    InputProvider *m_provider = nullptr;
    std::optional<Error> m_inputError;
    int m_timeoutMs = 0;
};

class UserDataCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("tool"), {}, QStringLiteral("name")});
        if (!parseTarget(p, QStringLiteral("user-data TARGET")))
            return;
        if (p.isSet(QStringLiteral("tool")))
            m_profile.userDataTool = p.value(QStringLiteral("tool"));
        connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        listTools(this, client, [this, client](Result<QList<Tool>> tools) {
            if (!tools)
                return void(failAndClose(tools.error()));
            const QString name = pickUserDataTool(*tools, m_profile.userDataTool);
            bool present = false;
            for (const Tool &t : *tools)
                present = present || t.name == name;
            if (name.isEmpty() || !present) {
                Error e = toolNotAvailable(name.isEmpty() ? QStringLiteral("get_user_data") : name, *tools);
                e.hint += QStringLiteral("\nPick one with --tool NAME, or save it: servers add ... --user-data-tool NAME.");
                return void(failAndClose(e));
            }
            RpcCall *call = client->call(QStringLiteral("tools/call"), {{"name", name.toStdString()}, {"arguments", json::object()}});
            connect(call, &RpcCall::finished, this, [this, call] {
                if (!call->ok())
                    return void(failAndClose(call->error()));
                auto result = parseToolResult(call->result());
                if (!result)
                    return void(failAndClose(result.error()));
                if (result->isError)
                    return void(failAndClose(Error::make(ErrorKind::Tool,
                        QStringLiteral("The user-data tool reported an error: %1").arg(result->displayText()))));
                if (m_ctx.out->json()) {
                    json fields = json::object();
                    for (const auto &[label, value] : userDataLines(*result))
                        fields[label.toStdString()] = value.toStdString();
                    m_ctx.out->document(json{{"fields", fields}, {"structuredContent", result->structuredContent}});
                } else {
                    m_ctx.out->line(formatUserData(*result));
                }
                closeAndFinish(0);
            });
        });
    }
};

// Hidden: N sequential tools/call on one connection, for tests/bench (client CPU per call).
class BenchCallsCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        if (m_ctx.args.size() < 3)
            return finish(m_ctx.out->usage(QStringLiteral("bench-calls TARGET TOOL COUNT [ARGS_JSON]")));
        m_tool = m_ctx.args.at(1);
        m_count = m_ctx.args.at(2).toInt();
        m_args = m_ctx.args.size() > 3 ? parseBoundedJson(m_ctx.args.at(3).toUtf8()).value : json::object();
        if (m_args.is_discarded())
            return finish(m_ctx.out->usage(QStringLiteral("ARGS_JSON is not valid JSON.")));
        if (!resolve(m_ctx.args.first(), false))
            return;
        connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        m_cpuStart = std::clock();
        m_wall.start();
        next(client);
    }

private:
    void next(McpClient *client)
    {
        if (m_done == m_count) {
            const double cpuMs = double(std::clock() - m_cpuStart) * 1000.0 / CLOCKS_PER_SEC;
            m_ctx.out->document(json{{"calls", m_count}, {"cpuMs", cpuMs}, {"wallMs", m_wall.elapsed()},
                                     {"cpuMsPerCall", cpuMs / m_count}});
            return closeAndFinish(0);
        }
        RpcCall *call = client->call(QStringLiteral("tools/call"), {{"name", m_tool.toStdString()}, {"arguments", m_args}});
        connect(call, &RpcCall::finished, this, [this, call, client] {
            if (!call->ok())
                return void(failAndClose(call->error()));
            ++m_done;
            next(client);
        });
    }

    QString m_tool;
    int m_count = 0;
    int m_done = 0;
    json m_args;
    std::clock_t m_cpuStart = 0;
    QElapsedTimer m_wall;
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) -> Command * { return new T(ctx); };
}

} // namespace

QList<CommandSpec> toolCommands()
{
    return {
        {QStringLiteral("tools"), QStringLiteral("tools TARGET [--app-info]"), QStringLiteral("connect and list the server's tools"),
         QStringLiteral("Connects to TARGET (a saved server name or a URL), lists its tools (name, title,\n"
                        "description; the full JSON schemas with --json), and disconnects. A tool with an\n"
                        "App (MCP Apps: a ui:// HTML interface, shown by MCP Connect) is marked [App].\n\n"
                        "Options:\n  --allow-http   accept a plain http:// URL to another machine\n"
                        "  --app-info     describe each App instead: resource URI, mime type, CSP, size\n\n"
                        "Example:\n  mcp-connect-cli tools http://localhost:3000/mcp") + QStringLiteral("\n\n") + eraOptionHelp() + QStringLiteral("\n") + oauthOptionsHelp(),
         make<ToolsCommand>()},
        {QStringLiteral("call"), QStringLiteral("call TARGET TOOL [--arg k=v]... [--args JSON]"), QStringLiteral("call a tool and print its result"),
         QStringLiteral("Calls TOOL on TARGET. Text content prints as text; images, audio and resources as a\n"
                        "one-line summary. --json prints the raw result. Progress goes to stderr.\n\n"
                        "Options:\n"
                        "  --arg key=value   an argument, typed by the tool's schema (repeatable)\n"
                        "  --args JSON       all arguments as one JSON object\n"
                        "  --timeout SECONDS give up after this long without progress (default 60)\n"
                        "  --allow-http      accept a plain http:// URL to another machine\n\n"
                        "Exit code 4 when the tool reports isError, 6 when the server needs input that\n"
                        "nobody can give (no terminal, no --accept-input / --decline-input).\n\n"
                        "Example:\n  mcp-connect-cli call http://localhost:3000/mcp echo --arg message=hi") + QStringLiteral("\n\n")
             + eraOptionHelp() + QStringLiteral("\n") + inputOptionsHelp() + QStringLiteral("\n\n") + oauthOptionsHelp(),
         make<CallCommand>()},
        {QStringLiteral("user-data"), QStringLiteral("user-data TARGET"), QStringLiteral("show what the user-data tool returns"),
         QStringLiteral("Calls the server's user-data tool (the profile's --user-data-tool, else get_user_data\n"
                        "or a tool that looks like it) and prints \"Label: value\" lines, as in the guide's\n"
                        "Expected Response Format.\n\n"
                        "Options:\n  --tool NAME    use this tool\n  --allow-http   accept a plain http:// URL to another machine") + QStringLiteral("\n\n") + eraOptionHelp() + QStringLiteral("\n") + oauthOptionsHelp(),
         make<UserDataCommand>()},
        {QStringLiteral("bench-calls"), QStringLiteral("bench-calls TARGET TOOL COUNT [ARGS_JSON]"), QStringLiteral("benchmark helper"),
         QStringLiteral("Runs COUNT sequential tools/call on one connection and prints CPU and wall time (JSON)."),
         make<BenchCallsCommand>(), true},
    };
}

} // namespace mcpc::cli
