#pragma once

#include "protocol/types.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace mcpc {

// MCP Apps (the io.modelcontextprotocol/ui extension): a tool whose _meta.ui.resourceUri
// names a ui:// HTML resource that the host renders in a sandboxed web view.
namespace apps {

inline constexpr char kExtensionId[] = "io.modelcontextprotocol/ui";
inline constexpr char kMimeType[] = "text/html;profile=mcp-app";

// What we declare for the extension, in both eras: {"mimeTypes": ["text/html;profile=mcp-app"]}.
inline nlohmann::json extensionCapability()
{
    return {{"mimeTypes", nlohmann::json::array({kMimeType})}};
}

// The ui:// resource a tool declares (_meta.ui.resourceUri, or the older flat
// _meta["ui/resourceUri"]); empty when the tool has no App or declares something else.
QUrl resourceUriOf(const Tool &tool);
QUrl resourceUriOf(const nlohmann::json &rawTool);

} // namespace apps

// What the resource itself declares in its _meta.ui: the origins it may reach and the
// device permissions it wants. Anything not listed is refused.
struct AppCsp
{
    QStringList connectDomains;  // fetch / XHR / WebSocket
    QStringList resourceDomains; // scripts, styles, images, fonts, media
    QStringList frameDomains;    // nested iframes
    QStringList baseUriDomains;

    // The Content-Security-Policy the App's document gets (a <meta> injected first in
    // the served HTML): 'self' (its own ui:// origin), inline code, and the declared
    // origins; nothing else.
    QString policy() const;
    // Whether a network request to `url` is one the declaration allows (for the request
    // interceptor, which blocks what CSP would and what it cannot see).
    bool allowsConnect(const QUrl &url) const;
    bool allowsResource(const QUrl &url) const;
    bool allowsFrame(const QUrl &url) const;
    nlohmann::json toJson() const;
};

struct AppPermissions
{
    bool camera = false;
    bool microphone = false;
    bool geolocation = false;
    bool clipboardWrite = false;
    QStringList names() const;
    nlohmann::json toJson() const;
};

// One App as read with resources/read: its HTML and declarations.
struct AppResource
{
    QUrl uri;
    QString mimeType;
    QByteArray html;
    AppCsp csp;
    AppPermissions permissions;
    bool prefersBorder = true;

    // From a resources/read result; a clear error for anything that is not one ui://
    // HTML document (wrong scheme, wrong mime type, no text, malformed _meta).
    static Result<AppResource> fromReadResult(const QUrl &requested, const nlohmann::json &result);
    // The HTML with the CSP <meta> placed before anything else can run.
    QByteArray servedHtml() const;
};

// A declared origin: "https://api.example.com", "https://*.example.com", "wss://x:8443".
// Scheme and host must match (a leading "*." matches subdomains), the port when given.
bool originMatches(const QString &declared, const QUrl &url);

} // namespace mcpc
