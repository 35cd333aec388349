#pragma once

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/jsonc/jsonvalue.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpc::clientconfig {

// Which file of which client: the client id and, where it has them, scope and project.
struct ClientTarget
{
    QString client;       // "cursor", "vscode", ... (see allClientAdapters())
    Scope scope = Scope::User;
    QString projectDir;   // project and local scopes
    QString variant;      // VS Code profile id; empty = default profile
};

// What is at our entry's place in the file, relative to what we remember writing.
enum class EntryState {
    Absent,       // no entry with that name
    Ours,         // we wrote it and it is byte-for-byte what we wrote (canonically)
    EditedByHand, // we wrote it, someone changed it since: ask before touching it
    Foreign,      // an entry with that name that MCP Connect did not write
    Missing       // we wrote it and it is gone: the client or the user removed it
};
QString entryStateName(EntryState state);

enum class PlanAction { None, Add, Update, Remove, DeleteFile };
QString planActionName(PlanAction action);

struct ConnectRequest
{
    ClientTarget target;
    ServerProfile profile;
    QString name;         // entry name; empty = profile.name
    EntryOptions options;
    bool force = false;   // overwrite an entry edited by hand or not ours
};

struct DisconnectRequest
{
    ClientTarget target;
    QString name;
    bool force = false;   // remove an entry edited by hand or not ours
};

// A computed change, before anything is written: what dry-run prints and what the GUI
// shows for "preview".
struct EditPlan
{
    QString client;
    QString path;
    QStringList container;
    QString name;
    EntryState state = EntryState::Absent;
    PlanAction action = PlanAction::None;
    bool needsForce = false;  // EditedByHand/Foreign: the GUI asks, the CLI wants --force
    bool fileExisted = false;
    QByteArray before;
    QByteArray after;
    std::optional<JsonValue> current; // the entry as found
    std::optional<JsonValue> desired; // the entry we would write (connect)
    QString summary;                  // one sentence for the user

    // Unified diff of before -> after ("" when nothing changes).
    QString diff() const;
};

// After a write: what changed and what the user does next.
struct WriteReport
{
    EditPlan plan;
    bool written = false;
    QString backupId;
    QString reloadHint; // restart / refresh instructions
    QString nextStep;   // the seed's "Needs login" step for this client
    QStringList notes;  // platform notes (Claude Desktop on Linux, ...)
    QStringList warnings;
};

struct UndoReport
{
    QString client;
    QString path;
    QString backupId;
    QString undoneAction; // "connect acme"
    bool deletedFile = false;
    QString reloadHint;
};

struct ClientStatus
{
    QString id;
    QString displayName;
    bool installed = false;
    QStringList evidence;          // config folders / binaries that were found
    Scope scope = Scope::User;
    QString configPath;
    bool configExists = false;
    std::optional<Error> problem;  // the file cannot be read or parsed
    QString serverName;            // when asked about a profile
    EntryState state = EntryState::Absent;
    bool matchesProfile = false;   // the entry is exactly what connect would write
    QStringList sameUrlEntries;    // other names pointing at the profile's URL
    QStringList ourEntries;        // every entry MCP Connect wrote in this file
    QStringList variants;          // VS Code profiles
    QStringList notes;
};

struct Deeplink
{
    QString label; // "Open in Cursor"
    QString url;
};

} // namespace mcpc::clientconfig
