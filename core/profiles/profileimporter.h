#pragma once

#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mcpc {

class ProfileStore;

// How an incoming profile relates to the ones the user already has.
enum class ImportConflict {
    None,       // new
    Identical,  // the same name and the same settings: nothing to do
    SameName,   // a profile of that name points elsewhere
    SameServer  // the same URL / command is already saved under another name
};
QString importConflictName(ImportConflict conflict);

// What the user picked for a duplicate.
enum class DuplicateChoice { Skip, Rename, Replace };
QString duplicateChoiceName(DuplicateChoice choice);
std::optional<DuplicateChoice> duplicateChoiceFromName(const QString &name);

// One row of the import preview.
struct ImportItem
{
    ServerProfile profile;        // as it would be saved (name before any rename)
    QStringList sources;          // where it came from: the file, or "Cursor", "VS Code"...
    QString entryName;            // the entry's own name in the client's file (client import)
    QString problem;              // non-empty: cannot be imported, and why (one sentence)
    QStringList notes;            // what was left out (secrets, environment variables)
    ImportConflict conflict = ImportConflict::None;
    QString existingName;         // the profile it collides with
    QString renameTo;             // a free name, for DuplicateChoice::Rename
    bool selected = true;         // the preview's checkbox
    DuplicateChoice choice = DuplicateChoice::Skip;

    bool importable() const { return problem.isEmpty(); }
};

// What an import did, kept for Undo.
struct ImportOutcome
{
    QList<ServerProfile> added;           // under their final names
    QList<ServerProfile> replacedBefore;  // the profiles as they were before Replace
    QList<ServerProfile> replacedAfter;
    QStringList skipped;

    int changed() const { return int(added.size() + replacedAfter.size()); }
    QString summary() const; // "Imported 3 servers, replaced 1, skipped 2."
};

// Reads the portable profile file (see ProfileExporter), compares it with the saved
// profiles and applies the user's choices. parse() and plan() change nothing; a file
// with any problem is refused as a whole with an error that names the profile and field.
class ProfileImporter
{
public:
    static Result<QList<ServerProfile>> parse(const QByteArray &bytes, const QString &source);
    // The preview rows: duplicates marked, free names proposed, identical ones unselected.
    static QList<ImportItem> plan(const QList<ServerProfile> &incoming, const QList<ServerProfile> &existing,
                                  const QString &source);
    // Marks conflicts on rows that already carry their profiles (client import).
    static void markConflicts(QList<ImportItem> &items, const QList<ServerProfile> &existing);
    // Saves the selected, importable rows per their choice. Everything is checked before
    // the first write; a write that fails takes the earlier ones back.
    static Result<ImportOutcome> apply(ProfileStore &store, const QList<ImportItem> &items);
    // Takes an import back: removes what it added, restores what it replaced.
    static Result<void> undo(ProfileStore &store, const ImportOutcome &outcome);

    // What apply() would do with the row, in a few words: "add", "add as acme-2",
    // "replace acme", "skip: already saved as acme", "not importable: …".
    static QString describe(const ImportItem &item);

    // Same URL (scheme/host case and a trailing slash ignored) or same command line.
    static bool sameServer(const ServerProfile &a, const ServerProfile &b);
    static bool sameSettings(const ServerProfile &a, const ServerProfile &b);
    // base, base-2, base-3…: the first not in taken (at most 64 characters).
    static QString freeName(const QString &base, const QStringList &taken);
};

} // namespace mcpc
