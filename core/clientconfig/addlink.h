#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace mcpc::clientconfig {

// MCP Connect's own "Add to MCP Connect" link, for a server's docs page:
//   mcp-connect://add?url=<enc(URL)>[&name=<enc(NAME)>][&client=<CLIENT ID>]
// The app never adds from a link by itself: it opens the add dialog, pre-filled, and
// the person presses Add. client= then goes straight on to connecting that client.
struct AddLink
{
    QUrl url;       // https://, or http:// to this machine only; no user:password@
    QString name;   // suggested profile name; empty: the dialog derives one
    QString client; // a known client id (clientAdapter()), or empty
};

// Longest link accepted, in bytes: browsers and desktop launchers pass far longer
// arguments, but no honest add link needs more.
inline constexpr qsizetype kMaxAddLinkBytes = 2048;

// Raw bytes from the command line or the single-instance socket -> the link, or one
// plain sentence saying what is wrong with it. Pure: no I/O, safe on any input.
Result<AddLink> parseAddLink(QByteArrayView bytes);

// The link for a URL (and name, and optional client), as `mcp-connect-cli deeplink
// mcp-connect PROFILE` prints it. parseAddLink(addLinkFor(...)) gives them back.
QString addLinkFor(const QUrl &url, const QString &name, const QString &client = {});

} // namespace mcpc::clientconfig
