#pragma once

#include "oauth/useragent.h"

namespace mcpc::ui {

// The GUI's AuthorizationUserAgent when the embedded consent view cannot run (see
// WebSandbox): open() hands the authorization page to the default browser
// (QDesktopServices, i.e. xdg-open on Linux) and reports the URL, so the sign-in card
// can show it for copying in case no browser appears. The flow's loopback listener
// receives the redirect, exactly as with `mcp-connect-cli login --browser system`.
class BrowserSignIn : public oauth::AuthorizationUserAgent
{
    Q_OBJECT
public:
    using AuthorizationUserAgent::AuthorizationUserAgent;

    void open(const QUrl &authorizationUrl, const QUrl &redirectUri) override;

Q_SIGNALS:
    // `launched`: whether a browser could be started at all.
    void pageOpened(const QUrl &authorizationUrl, bool launched);
};

} // namespace mcpc::ui
