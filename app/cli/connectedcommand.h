#pragma once

#include "cli/command.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QPointer>

namespace mcpc {
class McpClient;
}

namespace mcpc::cli {

// Resolves a TARGET (profile name or URL) to a profile.
Result<ServerProfile> resolveTarget(Services *services, const QString &target, bool allowHttp);

// Base for commands that talk to a server: resolve the target, connect, run, and always
// close the session politely (HTTP DELETE / stop the process) before exiting.
class ConnectedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    void connectTo(const ServerProfile &profile);
    virtual void onConnected(McpClient *client) = 0;
    // Closes the connection, then finishes with this exit code.
    void closeAndFinish(int exitCode);
    int failAndClose(const Error &error);

    ServerProfile m_profile;
    QPointer<McpClient> m_client;
};

} // namespace mcpc::cli
