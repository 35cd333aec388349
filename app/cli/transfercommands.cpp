// servers export | import | import-clients: profiles in and out, never with secrets.
#include "cli/args.h"
#include "cli/command.h"
#include "cli/output.h"
#include "cli/services.h"
#include "clientconfig/clientenvironment.h"
#include "profiles/clientserverscanner.h"
#include "profiles/profileexporter.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cstdio>

using nlohmann::json;

namespace mcpc::cli {

using namespace Qt::StringLiterals;

namespace {

std::string s(const QString &q) { return q.toStdString(); }

json itemJson(const ImportItem &item)
{
    json sources = json::array();
    for (const QString &src : item.sources)
        sources.push_back(s(src));
    json notes = json::array();
    for (const QString &n : item.notes)
        notes.push_back(s(n));
    json o = {{"name", s(item.profile.name)}, {"target", s(item.profile.target())},
              {"transport", s(transportName(item.profile.transport))}, {"sources", sources},
              {"conflict", s(importConflictName(item.conflict))}, {"action", s(ProfileImporter::describe(item))},
              {"notes", notes}, {"importable", item.importable()}};
    if (!item.existingName.isEmpty())
        o["existing"] = s(item.existingName);
    if (!item.problem.isEmpty())
        o["problem"] = s(item.problem);
    if (!item.entryName.isEmpty() && item.entryName != item.profile.name)
        o["entry"] = s(item.entryName);
    return o;
}

json namesJson(const QList<ServerProfile> &profiles)
{
    json out = json::array();
    for (const ServerProfile &p : profiles)
        out.push_back(s(p.name));
    return out;
}

// The preview both import commands print, then the import itself unless dry-run.
int importItems(Output *out, ProfileStore *store, QList<ImportItem> items, bool dryRun, std::optional<DuplicateChoice> onDuplicate)
{
    for (ImportItem &item : items) {
        if (!onDuplicate || item.conflict == ImportConflict::None || !item.importable())
            continue;
        item.choice = *onDuplicate;
        item.selected = true; // the user said what to do with duplicates
    }
    json rows = json::array();
    for (const ImportItem &item : items) {
        rows.push_back(itemJson(item));
        QString line = u"%1  %2  [%3]  → %4"_s.arg(item.profile.name, item.profile.target(), item.sources.join(u", "_s),
                                                  ProfileImporter::describe(item));
        out->line(line);
        for (const QString &n : item.notes)
            out->line(u"    note: "_s + n);
    }
    if (dryRun) {
        out->document({{"dryRun", true}, {"items", rows}});
        out->info(u"Dry run: nothing was changed."_s);
        return 0;
    }
    auto done = ProfileImporter::apply(*store, items);
    if (!done)
        return out->fail(done.error());
    json skipped = json::array();
    for (const QString &n : done->skipped)
        skipped.push_back(s(n));
    out->document({{"dryRun", false}, {"items", rows}, {"added", namesJson(done->added)},
                   {"replaced", namesJson(done->replacedAfter)}, {"skipped", skipped}});
    out->info(done->summary());
    return 0;
}

Result<std::optional<DuplicateChoice>> duplicateOption(const QCommandLineParser &p)
{
    if (!p.isSet(u"on-duplicate"_s))
        return std::nullopt;
    auto c = duplicateChoiceFromName(p.value(u"on-duplicate"_s));
    if (!c)
        return std::unexpected(Error::make(ErrorKind::Usage,
            u"--on-duplicate takes skip, rename or replace, not “%1”."_s.arg(p.value(u"on-duplicate"_s))));
    return c;
}

class ServersExport : public Command
{
public:
    using Command::Command;
    void start() override
    {
        QCommandLineParser p;
        p.addPositionalArgument(u"file"_s, {});
        p.addOption({u"only"_s, {}, u"name"_s});
        if (const QString e = parseArgs(p, m_ctx.args); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        if (const QString e = expectPositional(p, 0, 1, u"servers export [FILE] [--only NAME]..."_s); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        auto profiles = m_ctx.services->profiles()->profiles();
        if (!profiles)
            return finish(m_ctx.out->fail(profiles.error()));
        const QStringList only = p.values(u"only"_s);
        QList<ServerProfile> chosen;
        for (const ServerProfile &prof : *profiles)
            if (only.isEmpty() || only.contains(prof.name))
                chosen << prof;
        for (const QString &name : only)
            if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const ServerProfile &c) { return c.name == name; }))
                return finish(m_ctx.out->fail(Error::make(ErrorKind::Usage, u"There is no saved server “%1”."_s.arg(name))));
        const ProfileExport result = ProfileExporter::exportProfiles(chosen);
        for (const QString &r : result.removed)
            m_ctx.out->info(u"Left out (a secret): "_s + r);
        const QString file = p.positionalArguments().value(0);
        if (file.isEmpty() || file == u"-") {
            std::fwrite(result.json.constData(), 1, size_t(result.json.size()), stdout); // the file itself, in both modes
            std::fflush(stdout);
            return finish(0);
        }
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(result.json) != result.json.size() || !f.commit())
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Io, u"Cannot write %1: %2"_s.arg(file, f.errorString()))));
        json removed = json::array();
        for (const QString &r : result.removed)
            removed.push_back(s(r));
        m_ctx.out->document({{"file", s(file)}, {"count", result.count}, {"removed", removed}});
        m_ctx.out->line(u"Exported %1 server(s) to %2 (no secrets: sign-ins and header values stay in the keychain)."_s
                            .arg(result.count)
                            .arg(file));
        finish(0);
    }
};

class ServersImport : public Command
{
public:
    using Command::Command;
    void start() override
    {
        QCommandLineParser p;
        p.addPositionalArgument(u"file"_s, {});
        p.addOption({u"dry-run"_s, {}});
        p.addOption({u"on-duplicate"_s, {}, u"choice"_s});
        if (const QString e = parseArgs(p, m_ctx.args); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        if (const QString e = expectPositional(p, 1, 1, u"servers import FILE [--dry-run] [--on-duplicate skip|rename|replace]"_s);
            !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        auto choice = duplicateOption(p);
        if (!choice)
            return finish(m_ctx.out->fail(choice.error()));
        const QString file = p.positionalArguments().at(0);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Io, u"Cannot read %1: %2"_s.arg(file, f.errorString()))));
        auto incoming = ProfileImporter::parse(f.read(8 * 1024 * 1024), file);
        if (!incoming)
            return finish(m_ctx.out->fail(incoming.error()));
        auto existing = m_ctx.services->profiles()->profiles();
        if (!existing)
            return finish(m_ctx.out->fail(existing.error()));
        finish(importItems(m_ctx.out, m_ctx.services->profiles(), ProfileImporter::plan(*incoming, *existing, file),
                           p.isSet(u"dry-run"_s), *choice));
    }
};

class ServersImportClients : public Command
{
public:
    using Command::Command;
    void start() override
    {
        QCommandLineParser p;
        p.addOption({u"pick"_s, {}, u"name"_s});
        p.addOption({u"all"_s, {}});
        p.addOption({u"on-duplicate"_s, {}, u"choice"_s});
        if (const QString e = parseArgs(p, m_ctx.args); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        if (const QString e = expectPositional(p, 0, 0, u"servers import-clients [--pick NAME]... | --all"_s); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        auto choice = duplicateOption(p);
        if (!choice)
            return finish(m_ctx.out->fail(choice.error()));
        auto existing = m_ctx.services->profiles()->profiles();
        if (!existing)
            return finish(m_ctx.out->fail(existing.error()));
        ClientServerScanner scanner(clientconfig::ClientEnvironment::fromSystem());
        QList<ImportItem> items = scanner.scan(*existing);
        for (const QString &problem : scanner.problems())
            m_ctx.out->info(u"Not read: "_s + problem);
        const QStringList picks = p.values(u"pick"_s);
        for (const QString &name : picks) {
            auto it = std::find_if(items.begin(), items.end(), [&](const ImportItem &i) { return i.profile.name == name; });
            if (it == items.end())
                return finish(m_ctx.out->fail(Error::make(ErrorKind::Usage,
                    u"No client has a server “%1”; run `servers import-clients` to list them."_s.arg(name))));
            if (!it->importable())
                return finish(m_ctx.out->fail(Error::make(ErrorKind::Usage, u"“%1” cannot be imported: %2"_s.arg(name, it->problem))));
        }
        if (!picks.isEmpty())
            for (ImportItem &item : items)
                item.selected = item.importable() && picks.contains(item.profile.name);
        const bool listOnly = picks.isEmpty() && !p.isSet(u"all"_s);
        if (items.isEmpty())
            m_ctx.out->info(u"No client on this computer has a server MCP Connect can read."_s);
        const int rc = importItems(m_ctx.out, m_ctx.services->profiles(), items, listOnly, *choice);
        if (listOnly && !items.isEmpty())
            m_ctx.out->info(u"Import with --pick NAME (repeatable) or --all."_s);
        finish(rc);
    }
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) { return new T(ctx); };
}

} // namespace

QList<CommandSpec> transferCommands()
{
    const QString duplicates =
        u"  --on-duplicate skip|rename|replace  for a server already saved (same name or same URL/command):\n"
        "                          skip it, add it under a free name (acme-2), or replace the saved one\n"
        "                          keeping its name and sign-in. Default: identical and same-URL ones are\n"
        "                          skipped, a name taken by another server gets a free name.\n"_s;
    return {
        {u"servers export"_s, u"servers export [FILE] [--only NAME]..."_s, u"export profiles as JSON (no secrets)"_s,
         u"Writes the saved server profiles to FILE (or stdout) as JSON with a schema version. Never a secret:\n"
         "sign-in tokens, client secrets and header values stay in the keychain; a key pasted into a URL or a\n"
         "command-line argument is replaced by REDACTED (and named on stderr).\n\n"
         "  --only NAME             export only this profile (repeatable)"_s,
         make<ServersExport>()},
        {u"servers import"_s, u"servers import FILE [--dry-run] [--on-duplicate skip|rename|replace]"_s,
         u"import profiles from an export"_s,
         u"Reads a file made by `servers export`, shows what happens to each server, then saves them. A file with\n"
         "any problem is refused as a whole, naming the profile and field; nothing is changed.\n\n"
         "  --dry-run               show the plan only\n"_s + duplicates,
         make<ServersImport>()},
        {u"servers import-clients"_s, u"servers import-clients [--pick NAME]... | --all [--on-duplicate …]"_s,
         u"import the servers your AI clients already have"_s,
         u"Lists the servers in the user config of every AI client on this computer (Cursor, VS Code, Claude\n"
         "Code, Claude Desktop, Windsurf, …) with the clients each is in: URL entries, mcp-remote bridges (as\n"
         "their URL) and stdio commands; what cannot be imported says why. Client files are only read.\n"
         "Header values and environment variables are not imported.\n\n"
         "  --pick NAME             import this one (repeatable)\n"
         "  --all                   import every server that is new\n"_s + duplicates,
         make<ServersImportClients>()},
    };
}

} // namespace mcpc::cli
