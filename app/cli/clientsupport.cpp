#include "cli/clientsupport.h"

#include "cli/services.h"
#include "profiles/profilestore.h"

#include <QDir>

#include <nlohmann/json.hpp>

namespace mcpc::cli {

using namespace Qt::StringLiterals;
using nlohmann::json;
using namespace mcpc::clientconfig;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

json list(const QStringList &l)
{
    json a = json::array();
    for (const QString &x : l)
        a.push_back(s(x));
    return a;
}

Error usage(const QString &message)
{
    return Error::make(ErrorKind::Usage, message);
}

} // namespace

Result<ParsedArgs> parseArgs(const QStringList &args, const QStringList &flags, const QStringList &valued,
                             int minPositional, int maxPositional)
{
    ParsedArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(u"--") || a == u"--") {
            out.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name)) {
            if (eq >= 0)
                return std::unexpected(usage(u"--%1 takes no value."_s.arg(name)));
            out.options[name] << QString();
        } else if (valued.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size())
                    return std::unexpected(usage(u"--%1 needs a value."_s.arg(name)));
                value = args[++i];
            }
            out.options[name] << value;
        } else {
            return std::unexpected(usage(u"Unknown option --%1."_s.arg(name)));
        }
    }
    if (out.positional.size() < minPositional)
        return std::unexpected(usage(u"Missing arguments; see --help."_s));
    if (out.positional.size() > maxPositional)
        return std::unexpected(usage(u"Unexpected argument '%1'."_s.arg(out.positional.value(maxPositional))));
    return out;
}

Result<ClientTarget> targetFrom(const QString &client, const ParsedArgs &args)
{
    ClientTarget t;
    t.client = client;
    if (args.has(u"scope"_s)) {
        auto scope = scopeFromName(args.value(u"scope"_s));
        if (!scope)
            return std::unexpected(usage(u"--scope must be user, project or local."_s));
        t.scope = *scope;
    }
    t.projectDir = args.has(u"project"_s) ? QDir(args.value(u"project"_s)).absolutePath() : QString();
    if (t.scope != Scope::User && t.projectDir.isEmpty())
        t.projectDir = QDir::currentPath();
    t.variant = args.value(u"vscode-profile"_s);
    return t;
}

Result<ServerProfile> resolveProfile(Services *services, const QString &ref, const ParsedArgs &args)
{
    const bool isUrl = ref.startsWith(u"http://") || ref.startsWith(u"https://");
    if (!isUrl) {
        auto found = services->profiles()->find(ref);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return std::unexpected(Error::make(ErrorKind::Usage, u"No server profile named '%1'."_s.arg(ref), 0,
                u"Add it first, or pass the server URL instead (with --name NAME)."_s));
        return **found;
    }
    auto url = parseServerUrl(ref);
    if (!url)
        return std::unexpected(url.error());
    ServerProfile p;
    p.url = *url;
    p.name = args.has(u"name"_s) ? args.value(u"name"_s) : slugifyServerName(url->host());
    p.allowInsecureHttp = args.has(u"allow-http"_s);
    if (!isValidServerName(p.name))
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"'%1' cannot be used as a server name: use 1 to 64 letters, digits, '-' or '_'."_s.arg(p.name), 0,
            u"Try --name %1."_s.arg(slugifyServerName(p.name))));
    if (auto v = validateProfile(p); !v)
        return std::unexpected(v.error());
    return p;
}

json toJson(const ClientStatus &st)
{
    json o = {{"id", s(st.id)},
              {"displayName", s(st.displayName)},
              {"installed", st.installed},
              {"evidence", list(st.evidence)},
              {"scope", s(scopeName(st.scope))},
              {"configPath", s(st.configPath)},
              {"configExists", st.configExists},
              {"ourEntries", list(st.ourEntries)},
              {"variants", list(st.variants)},
              {"notes", list(st.notes)}};
    if (st.problem)
        o["problem"] = {{"kind", s(kindName(st.problem->kind))}, {"message", s(st.problem->message)}};
    if (!st.serverName.isEmpty()) {
        o["server"] = {{"name", s(st.serverName)},
                       {"state", s(entryStateName(st.state))},
                       {"matchesProfile", st.matchesProfile},
                       {"sameUrlEntries", list(st.sameUrlEntries)}};
    }
    return o;
}

json toJson(const EditPlan &plan, bool withDiff)
{
    json o = {{"client", s(plan.client)},
              {"path", s(plan.path)},
              {"container", list(plan.container)},
              {"name", s(plan.name)},
              {"state", s(entryStateName(plan.state))},
              {"action", s(planActionName(plan.action))},
              {"needsForce", plan.needsForce},
              {"fileExisted", plan.fileExisted},
              {"summary", s(plan.summary)}};
    if (plan.desired)
        o["entry"] = json::parse(plan.desired->toCompactJson().toStdString());
    if (withDiff)
        o["diff"] = s(plan.diff());
    return o;
}

json toJson(const WriteReport &r)
{
    json o = toJson(r.plan, false);
    o["written"] = r.written;
    if (!r.backupId.isEmpty())
        o["backupId"] = s(r.backupId);
    o["reloadHint"] = s(r.reloadHint);
    o["nextStep"] = s(r.nextStep);
    o["notes"] = list(r.notes);
    o["warnings"] = list(r.warnings);
    return o;
}

} // namespace mcpc::cli
