#pragma once

#include "profiles/serverprofile.h"

#include <QObject>

#include <optional>

namespace mcpc::ui {

class AppServices;
class Banner;
class ServerListModel;

// Removing a server with an Undo window. hide() takes the server out of the list and the
// monitor at once and offers Undo in the window's notice banner; the profile and its
// secrets are deleted only by commit() (the banner timed out or was closed, another
// removal or an add came, the app quits), so Undo never has to recreate secrets.
// One removal is pending at a time.
class ServerRemoval : public QObject
{
    Q_OBJECT
public:
    ServerRemoval(ServerListModel *model, AppServices *services, Banner *notice, QObject *parent = nullptr);

    void setUndoTimeoutMs(int ms) { m_undoTimeoutMs = ms; }
    bool hasPending() const { return m_pending.has_value(); }
    bool isPending(const QString &name) const { return m_pending && m_pending->profile.name == name; }

    // Hides the server and shows the Undo banner; an earlier pending removal becomes final.
    // Returns the row the server had, or -1 for an unknown name (nothing changes then).
    int hide(const QString &name);
    // Puts the pending server back in its row and in the monitor; nothing when none is pending.
    std::optional<ServerProfile> undo();
    // Deletes the pending server's secrets and profile; committed() when that is done.
    void commit();

Q_SIGNALS:
    void committed(const QString &name, bool ok);

private:
    struct Pending
    {
        ServerProfile profile;
        int row = -1;
    };

    ServerListModel *m_model;
    AppServices *m_services;
    Banner *m_notice;
    std::optional<Pending> m_pending;
    int m_undoTimeoutMs = 8000;
};

} // namespace mcpc::ui
