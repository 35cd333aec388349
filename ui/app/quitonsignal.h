#pragma once

#include <QObject>

namespace mcpc::ui {

// SIGINT/SIGTERM close the app the normal way (window close, goodbyes to servers, demo
// profile removed) instead of killing it mid-write. Self-pipe: the handler only writes a
// byte; the event loop does the rest.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    bool isInstalled() const { return m_installed; }

Q_SIGNALS:
    void quitRequested();

private:
    bool m_installed = false;
};

} // namespace mcpc::ui
