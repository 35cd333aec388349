#pragma once

#include "clientconfig/jsonc/jsonvalue.h"
#include "profiles/serverprofile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mcpc::compat {

// A client's config entry read the way that client reads it: which key holds the URL,
// what `type` means, when an entry is ignored. `verify` runs what comes out.
struct ClientEntry
{
    enum class Kind { Url, Command, Ignored };
    Kind kind = Kind::Ignored;
    QString reason;                      // Ignored: why the client will not load it
    QString url;
    TransportKind transport = TransportKind::Auto; // Url: what the client connects with
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;  // Command: the entry's environment additions
    bool isBridge = false;               // Command: the mcp-remote bridge
};

ClientEntry readClientEntry(const QString &client, const clientconfig::JsonValue &entry);

} // namespace mcpc::compat
