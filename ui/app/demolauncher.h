#pragma once

#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QObject>
#include <QUrl>

namespace mcpc {
class ProfileStore;
namespace demo {
class DemoServer;
}
}

namespace mcpc::ui {

// `mcp-connect --demo` and "Try the demo server": runs the built-in demo MCP server in
// this process on 127.0.0.1 (port 3000 when free, else any free port) and makes sure a
// profile points at it for this session. A user's own "demo" profile is never changed:
// if it points elsewhere, the session uses "mcp-connect-demo" instead. A profile this
// launcher created is removed again by cleanup(), so no dead demo entry stays behind.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kPreferredPort = 3000;

    explicit DemoLauncher(ProfileStore *store, QObject *parent = nullptr);
    ~DemoLauncher() override;

    // Idempotent: a second call returns the running session's profile.
    Result<ServerProfile> start(quint16 preferredPort = kPreferredPort);
    void cleanup(); // removes the session's profile if we created it; stops the server
    bool isRunning() const;
    QUrl url() const;
    const ServerProfile &profile() const { return m_profile; }
    demo::DemoServer *server() const { return m_server; }

    // Which profile name to use for a demo at `url`, given the saved profiles, and whether
    // it has to be written (added or updated). Pure, for tests.
    struct Choice
    {
        QString name;
        bool exists = false;   // a profile with that name is saved
        bool sameUrl = false;  // ...and already points at url
    };
    static Choice chooseProfile(const QList<ServerProfile> &saved, const QUrl &url);

private:
    ProfileStore *m_store;
    demo::DemoServer *m_server = nullptr;
    ServerProfile m_profile;
    bool m_createdProfile = false;
};

} // namespace mcpc::ui
