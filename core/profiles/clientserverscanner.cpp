#include "profiles/clientserverscanner.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/files/safefile.h"
#include "profiles/secretscrubber.h"
#include "util/logging.h"

#include <QFileInfo>

namespace mcpc {

using namespace Qt::StringLiterals;
using clientconfig::JsonValue;

namespace {

QString str(const JsonValue &entry, const QString &key)
{
    const JsonValue *v = entry.find(key);
    return v && v->isString() ? v->toString() : QString();
}

QStringList strings(const JsonValue *v)
{
    QStringList out;
    if (v && v->isArray())
        for (const JsonValue &item : v->items())
            out << item.toString();
    return out;
}

QStringList memberNames(const JsonValue *v)
{
    QStringList out;
    if (v && v->isObject())
        for (const auto &[key, value] : v->members())
            out << key;
    return out;
}

bool isBridge(const QString &command, const QStringList &args)
{
    const QString program = QFileInfo(command).completeBaseName();
    if (program == u"mcp-remote")
        return true;
    for (const QString &a : args)
        if (a == u"mcp-remote" || a.startsWith(u"mcp-remote@"))
            return true;
    return false;
}

// The header names an mcp-remote bridge sends (--header "Name: value").
QStringList bridgeHeaders(const QStringList &args)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args.at(i) == u"--header") {
            const QString name = args.at(i + 1).section(u':', 0, 0).trimmed();
            if (!name.isEmpty() && !out.contains(name))
                out << name;
        }
    return out;
}

} // namespace

ClientServerScanner::ClientServerScanner(clientconfig::ClientEnvironment env)
    : m_env(std::move(env))
{
}

ImportItem ClientServerScanner::fromEntry(const QString &entryName, const JsonValue &entry)
{
    ImportItem item;
    item.entryName = entryName;
    ServerProfile &p = item.profile;
    p.name = isValidServerName(entryName) ? entryName : slugifyServerName(entryName);
    if (!entry.isObject()) {
        item.problem = u"The entry is not an object."_s;
        return item;
    }
    // Commands: a string with "args" (most clients), Zed's {"path", "args"}, opencode's array.
    QString command;
    QStringList args;
    if (const JsonValue *c = entry.find(u"command"_s)) {
        if (c->isString()) {
            command = c->toString();
            args = strings(entry.find(u"args"_s));
        } else if (c->isObject()) {
            command = str(*c, u"path"_s);
            args = strings(c->find(u"args"_s));
        } else if (c->isArray()) {
            args = strings(c);
            command = args.isEmpty() ? QString() : args.takeFirst();
        }
    }
    const QStringList env = memberNames(entry.find(u"env"_s)) + memberNames(entry.find(u"environment"_s));
    const QString url = clientconfig::ClientAdapter::entryUrl(entry);
    const bool bridge = !command.isEmpty() && isBridge(command, args);

    if (!url.isEmpty() && (command.isEmpty() || bridge)) {
        auto parsed = parseServerUrl(url);
        if (!parsed) {
            item.problem = parsed.error().message;
            return item;
        }
        p.url = *parsed;
        const QString type = str(entry, u"type"_s).toLower();
        p.transport = type == u"sse" ? TransportKind::Sse
                    : (type == u"http" || type == u"streamable-http" || type == u"streamablehttp") ? TransportKind::StreamableHttp
                                                                                                    : TransportKind::Auto;
        if (bridge && args.contains(u"--transport"_s)) {
            const QString t = args.value(args.indexOf(u"--transport"_s) + 1);
            p.transport = t == u"sse-only" ? TransportKind::Sse : t == u"http-only" ? TransportKind::StreamableHttp : p.transport;
        }
        // Header names only: the values are secrets, or variables the client expands.
        QStringList headers = bridge ? bridgeHeaders(args) : memberNames(entry.find(u"headers"_s));
        headers += memberNames(entry.find(u"http_headers"_s)) + memberNames(entry.find(u"env_http_headers"_s));
        if (!str(entry, u"bearer_token_env_var"_s).isEmpty())
            headers << u"Authorization"_s;
        headers.removeDuplicates();
        if (!headers.isEmpty()) {
            p.auth = AuthMode::Header;
            p.headerNames = headers;
            item.notes << u"Header values are not imported (%1): enter them in the server's settings."_s.arg(headers.join(u", "_s));
        } else {
            p.auth = AuthMode::OAuth; // as `servers add`: signs in only if the server asks
        }
        if (bridge)
            item.notes << u"Imported from an mcp-remote bridge: MCP Connect talks to the URL directly."_s;
        if (isInsecureRemoteUrl(p.url)) {
            item.problem = u"It uses plain HTTP to another machine; add it by hand if you trust that network."_s;
            return item;
        }
    } else if (!command.isEmpty()) {
        p.transport = TransportKind::Stdio;
        p.command = command;
        p.args = args;
    } else {
        item.problem = u"It has neither a URL nor a command MCP Connect understands."_s;
        return item;
    }
    QStringList removed; // a key pasted into a URL or an argument stays in the client's file
    p = SecretScrubber::scrub(p, &removed);
    for (const QString &r : removed)
        item.notes << u"Left out %1."_s.arg(r);
    if (!env.isEmpty())
        item.notes << u"Environment variables are not imported (%1)."_s.arg(env.join(u", "_s));
    if (entry.find(u"disabled"_s) && entry.find(u"disabled"_s)->toBool())
        item.notes << u"It is disabled in that client."_s;
    if (auto ok = validateProfile(p); !ok)
        item.problem = ok.error().message;
    return item;
}

QList<ImportItem> ClientServerScanner::scan(const QList<ServerProfile> &existing)
{
    m_problems.clear();
    QList<ImportItem> out;
    QStringList names;
    for (const clientconfig::ClientAdapter *adapter : clientconfig::allClientAdapters()) {
        auto location = adapter->location(m_env, clientconfig::Scope::User, QString(), QString());
        if (!location)
            continue;
        auto snapshot = clientconfig::SafeFile::read(location->path);
        if (!snapshot || !snapshot->exists) {
            if (!snapshot)
                m_problems << u"%1: %2"_s.arg(adapter->displayName(), snapshot.error().message);
            continue;
        }
        auto editor = clientconfig::ConfigEditor::open(location->dialect, snapshot->bytes, location->path);
        if (!editor) {
            m_problems << u"%1: %2"_s.arg(adapter->displayName(), editor.error().message);
            continue;
        }
        const std::optional<JsonValue> servers = (*editor)->value(adapter->resolveContainer(**editor, *location));
        if (!servers || !servers->isObject())
            continue;
        for (const auto &[key, value] : servers->members()) {
            ImportItem item = fromEntry(key, value);
            auto same = std::find_if(out.begin(), out.end(), [&](const ImportItem &o) {
                return o.importable() && item.importable() && ProfileImporter::sameServer(o.profile, item.profile);
            });
            if (same != out.end()) {
                if (!same->sources.contains(adapter->displayName()))
                    same->sources << adapter->displayName();
                continue;
            }
            item.sources = {adapter->displayName()};
            item.profile.name = ProfileImporter::freeName(item.profile.name, names); // one name per server
            names << item.profile.name;
            out << item;
        }
    }
    ProfileImporter::markConflicts(out, existing);
    qCInfo(lcProfiles) << "client import scan:" << out.size() << "servers," << m_problems.size() << "unreadable files";
    return out;
}

} // namespace mcpc
