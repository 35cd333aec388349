#include "clientconfig/adapters/clientadapter.h"

#include <QDir>
#include <QUrl>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

ClientAdapter::~ClientAdapter() = default;

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::User: return u"user"_s;
    case Scope::Project: return u"project"_s;
    case Scope::Local: return u"local"_s;
    }
    return u"user"_s;
}

std::optional<Scope> scopeFromName(const QString &name)
{
    for (Scope s : {Scope::User, Scope::Project, Scope::Local})
        if (scopeName(s) == name)
            return s;
    return std::nullopt;
}

QStringList ClientAdapter::resolveContainer(const ConfigEditor &, const ConfigLocation &location) const
{
    return location.container;
}

QString ClientAdapter::entryUrl(const JsonValue &entry)
{
    for (const char *key : {"url", "serverUrl", "httpUrl", "uri"}) {
        if (const JsonValue *v = entry.find(QString::fromLatin1(key)); v && v->isString())
            return v->toString();
    }
    // mcp-remote bridges (Claude Desktop, the seed's Windsurf form): the URL is an argument.
    if (const JsonValue *args = entry.find(u"args"); args && args->isArray()) {
        for (const JsonValue &a : args->items()) {
            const QString s = a.toString();
            if (s.startsWith(u"https://") || s.startsWith(u"http://"))
                return s;
        }
    }
    return QString();
}

QString ClientAdapter::normalizedUrl(const QString &url)
{
    QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return url.trimmed();
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    QString s = u.toString(QUrl::NormalizePathSegments);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

Result<QString> ClientAdapter::remoteUrl(const ServerProfile &profile, const QString &client)
{
    if (!profile.isHttp() || profile.url.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"'%1' is not an HTTP server; %2 needs a server URL."_s.arg(profile.name, client)));
    return profile.url.toString();
}

JsonValue ClientAdapter::headersWith(const EntryOptions &options, const QString &pattern)
{
    JsonValue h = JsonValue::object();
    for (const auto &[header, var] : options.headerEnv)
        h.insert(header, JsonValue::string(pattern.arg(var)));
    return h;
}

Error ClientAdapter::noHeaderIndirection(const QString &client)
{
    return Error::make(ErrorKind::Usage,
        u"%1 has no documented way to read a header from the environment, and MCP Connect never writes a literal token into a client's file."_s.arg(client),
        0, u"Leave out --header-env: %1 can sign in to the server itself (OAuth)."_s.arg(client));
}

JsonValue ClientAdapter::mcpRemoteBridge(const ServerProfile &profile, const ClientEnvironment &env)
{
    // The seed's Claude Desktop form: npx runs mcp-remote, which does the OAuth sign-in.
    std::vector<JsonValue> args;
    if (env.os == HostOs::Windows)
        args = {JsonValue::string(u"/c"_s), JsonValue::string(u"npx"_s)}; // npx is a .cmd there
    args.push_back(JsonValue::string(u"-y"_s));
    args.push_back(JsonValue::string(QString::fromLatin1(kMcpRemotePackage)));
    args.push_back(JsonValue::string(profile.url.toString()));
    if (isInsecureRemoteUrl(profile.url))
        args.push_back(JsonValue::string(u"--allow-http"_s)); // mcp-remote refuses http:// to other hosts without it
    if (profile.transport == TransportKind::Sse) {
        args.push_back(JsonValue::string(u"--transport"_s));
        args.push_back(JsonValue::string(u"sse-only"_s));
    }
    JsonValue e = JsonValue::object();
    e.insert(u"command"_s, JsonValue::string(env.os == HostOs::Windows ? u"cmd"_s : u"npx"_s));
    e.insert(u"args"_s, JsonValue::array(std::move(args)));
    return e;
}

JsonValue ClientAdapter::stdioEntry(const ServerProfile &profile, const QString &type)
{
    std::vector<JsonValue> args;
    for (const QString &a : profile.args)
        args.push_back(JsonValue::string(a));
    JsonValue e = JsonValue::object();
    if (!type.isEmpty())
        e.insert(u"type"_s, JsonValue::string(type));
    e.insert(u"command"_s, JsonValue::string(profile.command));
    e.insert(u"args"_s, JsonValue::array(std::move(args)));
    return e;
}

QString ClientAdapter::projectFile(const QString &projectDir, const QString &relative)
{
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(relative));
}

} // namespace mcpc::clientconfig
