#pragma once

#include <QString>
#include <QUrl>

namespace mcpc::ui {

// What the consent view does with one navigation of its page. Kept apart from the web
// view so the rules are testable without QtWebEngine.
struct NavigationDecision
{
    enum class Verdict {
        Allow,     // https, or http on this machine (a local authorization server)
        Intercept, // the redirect back to our loopback redirect URI: hand it over, never load it
        Block      // anything else (plain http to another machine, javascript:, data:, file:...)
    };
    Verdict verdict = Verdict::Block;
    QString reason; // Block: one sentence for the user
};

// RFC 8252 §7.3 loopback redirect: same scheme, host, port and path (query and fragment
// are the answer itself).
bool isRedirectTarget(const QUrl &url, const QUrl &redirectUri);

// The consent view's navigation rules, main frame and sub-frames alike:
//  - the redirect URI in the main frame is intercepted (a sub-frame may not load it);
//  - https is allowed; http only to this machine (127.0.0.1, ::1, localhost);
//  - about:blank / about:srcdoc (empty frames many sign-in pages use) are allowed;
//  - everything else is blocked with a reason.
NavigationDecision decideNavigation(const QUrl &url, const QUrl &redirectUri, bool isMainFrame);

// A link the consent page wants to open in a new window goes to the system browser only
// if it is https (or http on this machine), like the page itself.
bool isExternallyOpenable(const QUrl &url);

} // namespace mcpc::ui
