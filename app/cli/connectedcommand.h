#pragma once

#include "cli/command.h"
#include "cli/oauthoptions.h"

#include <QCommandLineParser>
#include "profiles/serverprofile.h"
#include "protocol/protocolera.h"
#include "util/error.h"

#include <QPointer>

namespace mcpc {
class InputProvider;
class McpClient;
}

namespace mcpc::oauth {
class OAuthAuthenticator;
class TokenStore;
}

namespace mcpc::cli {

// Resolves a TARGET (profile name or URL) to a profile. A URL that a saved profile
// already uses resolves to that profile (so its sign-in is shared); any other URL is an
// ad-hoc target (*adHoc = true) whose sign-in is keyed by the URL itself.
Result<ServerProfile> resolveTarget(Services *services, const QString &target, bool allowHttp, bool *adHoc = nullptr);

// Creates the token store for a resolved target (profile-keyed or URL-keyed).
oauth::TokenStore *tokenStoreFor(Services *services, const ServerProfile &profile, bool adHoc, QObject *parent);
// "mcp-connect-cli login TARGET" for hints.
QString loginCommandFor(const ServerProfile &profile, bool adHoc);

// Help text for --protocol-era, which every connected command takes.
QString eraOptionHelp();

// Base for commands that talk to a server: resolve the target, connect, run, and always
// close the session politely (HTTP DELETE / stop the process) before exiting. OAuth
// profiles and ad-hoc URLs connect through the OAuth authenticator, which signs in when
// the server asks (if allowed) or fails with exit 3 and a "sign in" hint.
class ConnectedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    // The common front of every server command: adds --allow-http and the sign-in
    // options to `parser` (the command adds its own first), parses, checks that there
    // are exactly `positional` arguments, and resolves the first one as TARGET. On any
    // problem it finishes the command with the message and returns false.
    bool parseTarget(QCommandLineParser &parser, const QString &synopsis, int positional = 1);
    // Resolves TARGET (remembering whether it is ad hoc) or fails the command.
    bool resolve(const QString &target, bool allowHttp);
    void connectTo(const ServerProfile &profile);
    virtual void onConnected(McpClient *client) = 0;
    // Closes the connection, then finishes with this exit code.
    void closeAndFinish(int exitCode);
    int failAndClose(const Error &error);
    // Hook for `login`: tweak the authenticator before connecting.
    virtual void configureAuthenticator(oauth::OAuthAuthenticator *) {}
    virtual bool forceFreshSignIn() const { return false; }
    // Who answers a 2025-era server's elicitation/create; none (the default) means the
    // capability is not declared. Called once, before connecting.
    virtual InputProvider *inputProvider() { return nullptr; }

    // What an earlier run learned about the server's era (profile or cache file), and
    // remembering what this run learned.
    EraHint cachedEra() const;
    void rememberEra(const EraHint &hint);

    ServerProfile m_profile;
    bool m_adHoc = false;
    EraPreference m_eraPreference = EraPreference::Auto;
    QString m_logLevel; // --log-level; empty: MCPC_LOG_LEVEL or none
    OAuthCliOptions m_oauth;
    QPointer<McpClient> m_client;
    QPointer<oauth::OAuthAuthenticator> m_authenticator;
};

} // namespace mcpc::cli
