#pragma once

#include <QCommandLineParser>
#include <QString>

namespace mcpc::cli {

// Sign-in options shared by login and every command that connects to a server.
struct OAuthCliOptions
{
    QString browser;            // "", system, print, http
    bool noLogin = false;       // never sign in interactively: exit 3 instead
    QString clientId;
    QString clientSecret;
    QString clientMetadataUrl;  // CIMD
    QString scope;
    int loginTimeoutMs = 5 * 60 * 1000;

    // Interactive sign-in is allowed when a browser mode was asked for, or when the run
    // is interactive (a terminal, CI not set) and --no-login was not given.
    bool allowsInteractiveLogin() const;
    QString effectiveBrowser() const; // browser, or "system" by default
};

void addOAuthOptions(QCommandLineParser &parser);
// Reads them; returns a usage message or "".
QString readOAuthOptions(const QCommandLineParser &parser, OAuthCliOptions *out);
bool isInteractiveRun();
// The "Sign-in options" help block (defined with the auth commands).
QString oauthOptionsHelp();

} // namespace mcpc::cli
