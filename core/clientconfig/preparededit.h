#pragma once

#include "clientconfig/clientconfigtypes.h"
#include "clientconfig/files/directorylock.h"
#include "clientconfig/files/ownershipstore.h"
#include "clientconfig/files/safefile.h"

#include <optional>

namespace mcpc::clientconfig {

// Engine-internal: one computed edit with everything needed to commit it. Holds the
// client's lock (Claude Code) from before the read until the write is done.
struct PreparedEdit
{
    const ClientAdapter *adapter = nullptr;
    ConfigLocation location;
    std::optional<DirectoryLock> lock;
    FileSnapshot snapshot;
    FileRecord record;              // our sidecar record for the file, before the change
    EditPlan plan;
    QList<ContainerNote> notes;     // what the edit taught us (connect)
    QByteArray entryHash;           // hash of the entry we write (connect)
};

// Hex SHA-256 of an entry's canonical JSON: the ownership fingerprint.
QByteArray entryHash(const JsonValue &entry);
EntryState entryState(const std::optional<JsonValue> &current, const OwnedEntry *owned);

} // namespace mcpc::clientconfig
