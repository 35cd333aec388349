#pragma once

#include <QList>

class QAction;
class QMenuBar;
class QWidget;

namespace mcpc::ui {

// The window's commands with their shortcuts, in one place so the menus, the context
// menu, the buttons and the shortcut help all show the same keys.
struct MainActions
{
    QAction *addServer = nullptr;    // Ctrl+N
    QAction *checkNow = nullptr;     // F5, Ctrl+R
    QAction *checkAll = nullptr;     // Ctrl+Shift+R
    QAction *editServer = nullptr;   // Ctrl+E
    QAction *removeServer = nullptr; // Del (in the server list)
    QAction *copyUrl = nullptr;      // Ctrl+Shift+C
    QAction *signIn = nullptr;       // OAuth servers (enabled when sign-in is available)
    QAction *signOut = nullptr;
    QAction *findTool = nullptr;     // Ctrl+F
    QAction *runTool = nullptr;      // Ctrl+Enter
    QList<QAction *> tabs;           // Ctrl+1..4
    QAction *showServerList = nullptr; // Ctrl+B, checkable: the sidebar shown or collapsed
    QAction *keepRunning = nullptr;  // checkable: closing the window keeps monitoring in the tray
    QAction *autostart = nullptr;    // checkable: start at login (XDG autostart entry)
    QAction *quit = nullptr;         // Ctrl+Q
    QAction *shortcuts = nullptr;    // F1
    QAction *about = nullptr;

    static MainActions create(QWidget *window);
    void populateMenus(QMenuBar *bar) const;
    QList<QAction *> serverContextMenu() const; // nullptr = separator
};

} // namespace mcpc::ui
