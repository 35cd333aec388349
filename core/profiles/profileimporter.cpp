#include "profiles/profileimporter.h"

#include "clientconfig/adapters/clientadapter.h"
#include "profiles/profileexporter.h"
#include "profiles/profilestore.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;
constexpr size_t kMaxProfiles = 1000;

Error bad(const QString &message, const QString &hint = {})
{
    return Error::make(ErrorKind::Parse, message, 0, hint);
}

// A string member: absent -> fallback; present and not a string -> error.
Result<QString> stringField(const json &o, const char *key, const QString &where, const QString &fallback = {})
{
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return fallback;
    if (!it->is_string())
        return std::unexpected(bad(u"%1: “%2” must be a string."_s.arg(where, QLatin1String(key))));
    return QString::fromStdString(it->get<std::string>());
}

Result<QStringList> stringList(const json &o, const char *key, const QString &where)
{
    QStringList out;
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return out;
    if (!it->is_array())
        return std::unexpected(bad(u"%1: “%2” must be a list of strings."_s.arg(where, QLatin1String(key))));
    for (const json &v : *it) {
        if (!v.is_string())
            return std::unexpected(bad(u"%1: “%2” must be a list of strings."_s.arg(where, QLatin1String(key))));
        out << QString::fromStdString(v.get<std::string>());
    }
    return out;
}

Result<ServerProfile> readProfile(const json &o, const QString &where)
{
    if (!o.is_object())
        return std::unexpected(bad(u"%1 is not an object."_s.arg(where)));
    ServerProfile p;
    auto name = stringField(o, "name", where);
    if (!name)
        return std::unexpected(name.error());
    p.name = *name;
    const QString at = p.name.isEmpty() ? where : u"%1 (“%2”)"_s.arg(where, p.name);
    auto transport = stringField(o, "transport", at, u"auto"_s);
    auto auth = stringField(o, "auth", at, u"none"_s);
    auto url = stringField(o, "url", at);
    auto command = stringField(o, "command", at);
    auto tool = stringField(o, "userDataTool", at);
    auto args = stringList(o, "args", at);
    auto headers = stringList(o, "headers", at);
    for (const auto *r : {&transport, &auth, &url, &command, &tool})
        if (!*r)
            return std::unexpected(r->error());
    for (const auto *r : {&args, &headers})
        if (!*r)
            return std::unexpected(r->error());
    auto t = transportFromName(*transport);
    if (!t)
        return std::unexpected(bad(u"%1: unknown transport “%2” (use auto, http, sse or stdio)."_s.arg(at, *transport)));
    auto a = authModeFromName(*auth);
    if (!a)
        return std::unexpected(bad(u"%1: unknown auth “%2” (use none, oauth or header)."_s.arg(at, *auth)));
    p.transport = *t;
    p.auth = *a;
    p.command = *command;
    p.args = *args;
    p.userDataTool = *tool;
    static const QRegularExpression headerName(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$"_s);
    for (const QString &h : *headers) {
        if (!headerName.match(h).hasMatch())
            return std::unexpected(bad(u"%1: “%2” is not a valid HTTP header name."_s.arg(at, h.left(80))));
        p.headerNames << h;
    }
    if (auto it = o.find("allowInsecureHttp"); it != o.end() && !it->is_null()) {
        if (!it->is_boolean())
            return std::unexpected(bad(u"%1: “allowInsecureHttp” must be true or false."_s.arg(at)));
        p.allowInsecureHttp = it->get<bool>();
    }
    if (p.isHttp()) {
        if (url->isEmpty())
            return std::unexpected(bad(u"%1: an HTTP server needs a “url”."_s.arg(at)));
        auto parsed = parseServerUrl(*url);
        if (!parsed)
            return std::unexpected(bad(u"%1: %2"_s.arg(at, parsed.error().message)));
        p.url = *parsed;
    }
    if (auto ok = validateProfile(p); !ok)
        return std::unexpected(bad(u"%1: %2"_s.arg(at, ok.error().message), ok.error().hint));
    return p;
}

QStringList names(const QList<ServerProfile> &profiles)
{
    QStringList out;
    for (const ServerProfile &p : profiles)
        out << p.name;
    return out;
}

} // namespace

QString importConflictName(ImportConflict conflict)
{
    switch (conflict) {
    case ImportConflict::None: return u"new"_s;
    case ImportConflict::Identical: return u"identical"_s;
    case ImportConflict::SameName: return u"same-name"_s;
    case ImportConflict::SameServer: return u"same-server"_s;
    }
    return u"new"_s;
}

QString duplicateChoiceName(DuplicateChoice choice)
{
    switch (choice) {
    case DuplicateChoice::Skip: return u"skip"_s;
    case DuplicateChoice::Rename: return u"rename"_s;
    case DuplicateChoice::Replace: return u"replace"_s;
    }
    return u"skip"_s;
}

std::optional<DuplicateChoice> duplicateChoiceFromName(const QString &name)
{
    for (DuplicateChoice c : {DuplicateChoice::Skip, DuplicateChoice::Rename, DuplicateChoice::Replace})
        if (duplicateChoiceName(c) == name)
            return c;
    return std::nullopt;
}

QString ImportOutcome::summary() const
{
    QStringList parts;
    parts << (added.size() == 1 ? u"Imported 1 server"_s : u"Imported %1 servers"_s.arg(added.size()));
    if (!replacedAfter.isEmpty())
        parts << u"replaced %1"_s.arg(replacedAfter.size());
    if (!skipped.isEmpty())
        parts << u"skipped %1"_s.arg(skipped.size());
    return parts.join(u", "_s) + u'.';
}

Result<QList<ServerProfile>> ProfileImporter::parse(const QByteArray &bytes, const QString &source)
{
    if (bytes.size() > kMaxFileBytes)
        return std::unexpected(bad(u"%1 is larger than 4 MiB; a profile file is a few kilobytes."_s.arg(source)));
    auto doc = parseJson(bytes, source, ErrorKind::Parse, u"%1 is not valid JSON."_s.arg(source));
    if (!doc)
        return std::unexpected(doc.error());
    const QString notOurs = u"%1 is not an MCP Connect profile file (it has no \"format\": \"%2\")."_s.arg(
        source, QLatin1String(kProfileFileFormat));
    if (!doc->is_object() || doc->value("format", json()) != kProfileFileFormat)
        return std::unexpected(bad(notOurs, u"Export one with `mcp-connect-cli servers export FILE` or File › Export Servers…"_s));
    const json version = doc->value("schemaVersion", json());
    if (!version.is_number_integer())
        return std::unexpected(bad(u"%1 has no whole-number \"schemaVersion\"."_s.arg(source)));
    if (version.get<long long>() > kProfileSchemaVersion || version.get<long long>() < 1)
        return std::unexpected(bad(u"%1 has schema version %2; this MCP Connect reads version %3."_s.arg(source)
                                       .arg(version.get<long long>()).arg(kProfileSchemaVersion),
                                   u"Update MCP Connect to import it."_s));
    const json list = doc->value("profiles", json());
    if (!list.is_array())
        return std::unexpected(bad(u"%1: \"profiles\" must be a list."_s.arg(source)));
    if (list.size() > kMaxProfiles)
        return std::unexpected(bad(u"%1 has %2 profiles; at most %3 are imported at once."_s.arg(source).arg(list.size()).arg(kMaxProfiles)));
    QList<ServerProfile> out;
    QStringList seen;
    for (size_t i = 0; i < list.size(); ++i) {
        auto p = readProfile(list[i], u"Profile %1"_s.arg(i + 1));
        if (!p)
            return std::unexpected(p.error());
        if (seen.contains(p->name))
            return std::unexpected(bad(u"Profile %1: the name “%2” appears twice in %3."_s.arg(i + 1).arg(p->name, source)));
        seen << p->name;
        out << *p;
    }
    return out;
}

QString ProfileImporter::describe(const ImportItem &item)
{
    if (!item.importable())
        return u"not importable: %1"_s.arg(item.problem);
    if (item.conflict == ImportConflict::Identical)
        return item.selected && item.choice == DuplicateChoice::Rename ? u"add as %1"_s.arg(item.renameTo)
                                                                      : u"skip: already saved, identical"_s;
    if (!item.selected)
        return item.conflict == ImportConflict::SameServer ? u"skip: already saved as %1"_s.arg(item.existingName)
                                                           : u"skip"_s;
    if (item.conflict == ImportConflict::None)
        return u"add"_s;
    switch (item.choice) {
    case DuplicateChoice::Skip:
        return item.conflict == ImportConflict::SameServer ? u"skip: already saved as %1"_s.arg(item.existingName)
                                                           : u"skip: the name %1 is taken"_s.arg(item.existingName);
    case DuplicateChoice::Rename: return u"add as %1"_s.arg(item.renameTo);
    case DuplicateChoice::Replace: return u"replace %1"_s.arg(item.existingName);
    }
    return u"skip"_s;
}

bool ProfileImporter::sameServer(const ServerProfile &a, const ServerProfile &b)
{
    if (a.isHttp() != b.isHttp())
        return false;
    if (a.isHttp())
        return clientconfig::ClientAdapter::normalizedUrl(a.url.toString())
            == clientconfig::ClientAdapter::normalizedUrl(b.url.toString());
    return a.command == b.command && a.args == b.args;
}

bool ProfileImporter::sameSettings(const ServerProfile &a, const ServerProfile &b)
{
    return a.name == b.name && sameServer(a, b) && a.transport == b.transport && a.auth == b.auth
        && a.headerNames == b.headerNames && a.userDataTool == b.userDataTool && a.allowInsecureHttp == b.allowInsecureHttp;
}

QString ProfileImporter::freeName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u"-%1"_s.arg(n);
        const QString candidate = base.left(64 - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

void ProfileImporter::markConflicts(QList<ImportItem> &items, const QList<ServerProfile> &existing)
{
    QStringList taken = names(existing);
    for (ImportItem &item : items) {
        item.conflict = ImportConflict::None;
        item.existingName.clear();
        if (!item.importable()) {
            item.selected = false;
            continue;
        }
        for (const ServerProfile &e : existing) {
            if (e.name == item.profile.name) {
                item.conflict = sameSettings(e, item.profile) ? ImportConflict::Identical
                              : sameServer(e, item.profile) ? ImportConflict::SameServer
                                                            : ImportConflict::SameName;
                item.existingName = e.name;
                break;
            }
            if (item.conflict == ImportConflict::None && sameServer(e, item.profile)) {
                item.conflict = ImportConflict::SameServer;
                item.existingName = e.name;
            }
        }
        // Identical and already-saved servers are unticked; a name clash with another
        // server is imported under a free name unless the user says otherwise.
        item.selected = item.conflict == ImportConflict::None || item.conflict == ImportConflict::SameName;
        item.choice = item.conflict == ImportConflict::SameName ? DuplicateChoice::Rename : DuplicateChoice::Skip;
        item.renameTo = freeName(item.profile.name, taken);
        taken << item.renameTo;
    }
}

QList<ImportItem> ProfileImporter::plan(const QList<ServerProfile> &incoming, const QList<ServerProfile> &existing,
                                        const QString &source)
{
    QList<ImportItem> items;
    for (const ServerProfile &p : incoming) {
        ImportItem item;
        item.profile = p;
        item.sources = {source};
        items << item;
    }
    markConflicts(items, existing);
    return items;
}

Result<ImportOutcome> ProfileImporter::apply(ProfileStore &store, const QList<ImportItem> &items)
{
    auto existing = store.profiles();
    if (!existing)
        return std::unexpected(existing.error());
    ImportOutcome out;
    QList<ServerProfile> toAdd;
    QList<ServerProfile> toReplace;
    QStringList taken = names(*existing);
    for (const ImportItem &item : items) {
        if (!item.selected || !item.importable()) {
            out.skipped << item.profile.name;
            continue;
        }
        ServerProfile p = item.profile;
        const bool clash = item.conflict != ImportConflict::None || taken.contains(p.name);
        if (clash && item.choice == DuplicateChoice::Skip) {
            out.skipped << p.name;
            continue;
        }
        if (clash && item.choice == DuplicateChoice::Replace) {
            // Replace keeps the existing name, so its keychain secrets stay with it.
            p.name = item.existingName.isEmpty() ? p.name : item.existingName;
            toReplace << p;
            continue;
        }
        if (clash) {
            p.name = freeName(item.renameTo.isEmpty() || taken.contains(item.renameTo) ? p.name : item.renameTo, taken);
        }
        if (auto ok = validateProfile(p); !ok)
            return std::unexpected(Error::make(ErrorKind::Usage, u"“%1”: %2"_s.arg(p.name, ok.error().message)));
        taken << p.name;
        toAdd << p;
    }
    for (const ServerProfile &p : toReplace) {
        if (!taken.contains(p.name))
            return std::unexpected(Error::make(ErrorKind::Usage, u"There is no profile “%1” to replace."_s.arg(p.name)));
        if (auto ok = validateProfile(p); !ok)
            return std::unexpected(Error::make(ErrorKind::Usage, u"“%1”: %2"_s.arg(p.name, ok.error().message)));
    }

    for (const ServerProfile &p : toReplace) {
        auto before = store.find(p.name);
        Result<void> ok = before ? store.update(p) : Result<void>(std::unexpected(before.error()));
        if (!ok) {
            (void)undo(store, out);
            return std::unexpected(ok.error());
        }
        out.replacedBefore << **before;
        out.replacedAfter << p;
    }
    for (const ServerProfile &p : toAdd) {
        if (auto ok = store.add(p); !ok) {
            (void)undo(store, out);
            return std::unexpected(ok.error());
        }
        out.added << p;
    }
    qCInfo(lcProfiles) << "import:" << out.added.size() << "added," << out.replacedAfter.size() << "replaced,"
                       << out.skipped.size() << "skipped";
    return out;
}

Result<void> ProfileImporter::undo(ProfileStore &store, const ImportOutcome &outcome)
{
    std::optional<Error> first;
    for (const ServerProfile &p : outcome.added)
        if (auto ok = store.remove(p.name); !ok && !first)
            first = ok.error();
    for (const ServerProfile &p : outcome.replacedBefore)
        if (auto ok = store.update(p); !ok && !first)
            first = ok.error();
    if (first)
        return std::unexpected(*first);
    return {};
}

} // namespace mcpc
