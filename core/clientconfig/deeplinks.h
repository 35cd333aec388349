#pragma once

#include "clientconfig/jsonc/jsonvalue.h"

#include <QString>

namespace mcpc::clientconfig {

// One-click install links, encoded exactly as client-configs.md §4 describes.

// cursor://anysphere.cursor-deeplink/mcp/install?name=<enc>&config=<enc(base64(JSON))>,
// entry = the inner server object (no name). web = the https://cursor.com fallback.
QString cursorInstallLink(const QString &name, const JsonValue &entry, bool web = false);
// vscode:mcp/install?<enc(JSON with "name" inside)>; Insiders: vscode-insiders:.
QString vscodeInstallLink(const QString &name, const JsonValue &entry, bool insiders = false);
// https://vscode.dev/redirect/mcp/install?name=&config= (URL-encoded JSON, not base64),
// for places that cannot link a vscode: URL (GitHub markdown).
QString vscodeWebInstallLink(const QString &name, const JsonValue &entry, bool insiders = false);
// lmstudio://add_mcp?name=&config=<enc(base64(JSON))>, the Cursor encoding.
QString lmStudioInstallLink(const QString &name, const JsonValue &entry);

// JavaScript's encodeURIComponent.
QString encodeUriComponent(const QByteArray &utf8);

} // namespace mcpc::clientconfig
