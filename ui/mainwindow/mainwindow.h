#pragma once

#include "mainwindow/mainactions.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QSplitter;
class QStackedWidget;

namespace mcpc::ui {

class AppServices;
class Banner;
class DemoLauncher;
class EmptyState;
class ServerListModel;
class ServerListPanel;
class ServerDialog;
class ServerPage;
class ServerRemoval;
class ProfileTransfer;
class StatusSummary;
class WindowLayoutMemory;

// The main window: the server list with live status dots on the left, the selected
// server's page on the right, notification banners on top, menus with every shortcut.
//
// Plug-in points for work being done elsewhere:
//  - OAuth: connect signInRequested(profile) / signOutRequested(profile); call
//    setSignInAvailable(true) so the Sign in buttons enable; pageAdded(page) lets the
//    sign-in controller (ui/auth) put its card on each server's Overview tab.
//  - Client configs: replace ConnectClientsPage (ui/clients/) and handle its
//    connectRequested(clientId, profile).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the built-in demo server and selects its profile (--demo, "Try the demo server").
    Result<ServerProfile> startDemo();
    void setSignInAvailable(bool available);

    void selectServer(const QString &name);
    QString currentServer() const;
    // A server's page if it was made (a server's page is made when it is first shown).
    ServerPage *page(const QString &name) const { return m_pages.value(name); }
    // The page, made now if needed.
    ServerPage *pageFor(const QString &name);
    ServerPage *currentPage() const;
    ServerListPanel *serverList() const { return m_list; }
    ServerListModel *model() const { return m_model; }
    Banner *notice() const { return m_notice; }
    const MainActions &actions() const { return m_actions; }
    DemoLauncher *demo() const { return m_demo; }
    ProfileTransfer *transfer() const { return m_transfer; }
    void setUndoTimeoutMs(int ms);
    QSplitter *splitter() const { return m_splitter; }
    // The server list: collapsed to give the page the whole width, or shown at the width
    // the user last dragged it to (remembered in the settings).
    void setServerListVisible(bool visible);
    bool isServerListVisible() const;

    ServerDialog *addServer();                 // opens the add dialog
    void editServer(const QString &name);      // opens the edit dialog
    void removeServer(const QString &name);    // hides it now, deletes after the Undo window
    void undoRemove();
    // Brings the list, the monitor and the pages in line with the profile file after
    // something else wrote it (an import, its undo); changed = profiles whose settings changed.
    void syncProfiles(const QStringList &changed = {});
    // With the tray: closing the window hides it and monitoring goes on; quitApp() (File ›
    // Quit, the tray's Quit, SIGTERM) really ends the app.
    void setKeepRunningOnClose(bool keep) { m_keepRunningOnClose = keep; }
    void quitApp();

Q_SIGNALS:
    void signInRequested(const mcpc::ServerProfile &profile);
    void signOutRequested(const mcpc::ServerProfile &profile);
    void pageAdded(mcpc::ui::ServerPage *page); // a server's page was created (sign-in card...)
    void userDataShown(const QString &name); // a page filled its user-data card
    void removalCommitted(const QString &name, bool ok);
    void closed(); // after the goodbyes of a close(): the app may quit
    void hiddenToTray(); // closed with "keep monitoring" on: the window is hidden, the app runs

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void loadProfiles();
    ServerPage *ensurePage(const ServerProfile &profile);
    void dropPage(const QString &name);
    void onSaved(const ServerProfile &profile, bool isNew);
    void onCurrentChanged(const QString &name);
    void commitRemoval();
    void updateActions();
    void showShortcuts();
    void showAbout();
    void restoreState();
    void saveState();

    AppServices *m_services;
    MainActions m_actions;
    ServerListModel *m_model;
    ServerListPanel *m_list;
    QSplitter *m_splitter;
    WindowLayoutMemory *m_layout = nullptr;
    QStackedWidget *m_stack;
    EmptyState *m_welcome;
    QWidget *m_noSelection;
    Banner *m_notice;   // undo, errors, confirmations
    Banner *m_warning;  // the keychain-unavailable warning: stays until dismissed
    StatusSummary *m_statusSummary = nullptr;
    DemoLauncher *m_demo;
    ProfileTransfer *m_transfer = nullptr; // File › Import/Export, View › Servers × Clients
    ServerRemoval *m_removal; // Remove with its Undo window
    QHash<QString, ServerPage *> m_pages;
    bool m_signInAvailable = false;
    bool m_shuttingDown = false;
    bool m_readyToClose = false;
    bool m_keepRunningOnClose = false;
    bool m_quitRequested = false;
};

} // namespace mcpc::ui
