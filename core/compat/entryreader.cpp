#include "compat/entryreader.h"

namespace mcpc::compat {

using clientconfig::JsonValue;
using namespace Qt::StringLiterals;

namespace {

QString str(const JsonValue &e, const char *key)
{
    const JsonValue *v = e.find(QString::fromLatin1(key));
    return v && v->isString() ? v->toString() : QString();
}

ClientEntry ignored(const QString &reason)
{
    ClientEntry c;
    c.reason = reason;
    return c;
}

ClientEntry url(const QString &u, TransportKind t)
{
    ClientEntry c;
    c.kind = ClientEntry::Kind::Url;
    c.url = u;
    c.transport = t;
    return c;
}

// {"command": "...", "args": [...], "env": {...}}; opencode: "command": [cmd, args...], "environment".
ClientEntry command(const JsonValue &e, const QString &client)
{
    ClientEntry c;
    c.kind = ClientEntry::Kind::Command;
    const JsonValue *cmd = e.find(u"command");
    if (cmd && cmd->isArray()) {
        for (const JsonValue &a : cmd->items()) {
            if (c.command.isEmpty())
                c.command = a.toString();
            else
                c.args.append(a.toString());
        }
    } else {
        c.command = cmd ? cmd->toString() : QString();
        if (const JsonValue *args = e.find(u"args"); args && args->isArray())
            for (const JsonValue &a : args->items())
                c.args.append(a.toString());
    }
    if (c.command.isEmpty())
        return ignored(u"%1 needs a command to run, and the entry's \"command\" is empty"_s.arg(client));
    const JsonValue *env = e.find(client == u"opencode" ? u"environment" : u"env");
    if (env && env->isObject())
        for (const auto &m : env->members())
            c.env.append({m.first, m.second.toString()});
    for (const QString &a : c.args)
        c.isBridge = c.isBridge || a.startsWith(u"mcp-remote");
    return c;
}

TransportKind typed(const QString &type)
{
    if (type == u"sse")
        return TransportKind::Sse;
    return TransportKind::StreamableHttp;
}

} // namespace

ClientEntry readClientEntry(const QString &client, const JsonValue &e)
{
    if (!e.isObject())
        return ignored(u"the entry is not an object"_s);
    if (const JsonValue *d = e.find(u"disabled"); d && d->toBool())
        return ignored(u"the entry is disabled (\"disabled\": true)"_s);
    if (const JsonValue *en = e.find(u"enabled"); en && en->type() == JsonValue::Type::Bool && !en->toBool())
        return ignored(u"the entry is disabled (\"enabled\": false)"_s);
    const QString type = str(e, "type");
    const bool hasCommand = e.find(u"command") != nullptr;

    if (client == u"claude-desktop") {
        // Remote entries in the file are ignored; only local (stdio) servers start.
        if (!hasCommand)
            return ignored(u"Claude Desktop only starts local (command) servers from its file; a \"url\" entry is ignored"_s);
        return command(e, client);
    }
    if (client == u"opencode") {
        if (type == u"remote" && !str(e, "url").isEmpty())
            return url(str(e, "url"), TransportKind::Auto);
        if (type == u"local" && hasCommand)
            return command(e, client);
        return ignored(u"opencode wants \"type\": \"remote\" with \"url\", or \"type\": \"local\" with \"command\""_s);
    }
    if (client == u"claude-code" || client == u"vscode" || client == u"vscode-insiders") {
        // Both read "type": without it the entry is a stdio one.
        if ((type == u"http" || type == u"sse") && !str(e, "url").isEmpty())
            return url(str(e, "url"), typed(type));
        if ((type.isEmpty() || type == u"stdio") && hasCommand)
            return command(e, client);
        if (type.isEmpty() && !str(e, "url").isEmpty() && client != u"claude-code")
            return url(str(e, "url"), TransportKind::Auto);
        return ignored(u"the entry has no \"type\": \"http\" with a \"url\", and no \"command\""_s);
    }
    if (client == u"windsurf") {
        const QString u = str(e, "serverUrl").isEmpty() ? str(e, "url") : str(e, "serverUrl");
        if (!u.isEmpty())
            return url(u, TransportKind::Auto);
    } else if (client == u"gemini-cli") {
        if (!str(e, "httpUrl").isEmpty())
            return url(str(e, "httpUrl"), TransportKind::StreamableHttp);
        if (!str(e, "url").isEmpty()) // without "type": "http" Gemini CLI takes a url for SSE
            return url(str(e, "url"), type == u"http" ? TransportKind::StreamableHttp : TransportKind::Sse);
    } else if (client == u"cline") {
        if (!str(e, "url").isEmpty())
            return url(str(e, "url"), type == u"streamableHttp" ? TransportKind::StreamableHttp : TransportKind::Sse);
    } else if (client == u"continue") {
        if (!str(e, "url").isEmpty())
            return url(str(e, "url"), type == u"sse" ? TransportKind::Sse : TransportKind::StreamableHttp);
    } else if (client == u"codex") {
        if (!str(e, "url").isEmpty())
            return url(str(e, "url"), TransportKind::StreamableHttp);
    } else if (!str(e, "url").isEmpty()) { // cursor, zed, lmstudio, junie
        return url(str(e, "url"), TransportKind::Auto);
    }
    if (hasCommand)
        return command(e, client);
    return ignored(u"the entry has neither a URL key this client reads nor a \"command\""_s);
}

} // namespace mcpc::compat
