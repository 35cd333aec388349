#include "mainwindow/mainactions.h"

#include "widgets/icons.h"

#include <QCoreApplication>
#include <QAction>
#include <QMenuBar>
#include <QWidget>

namespace mcpc::ui {

namespace {

QAction *make(QWidget *w, const QString &text, const QList<QKeySequence> &keys, const QString &tip = {})
{
    auto *a = new QAction(text, w);
    a->setShortcuts(keys);
    a->setToolTip(tip.isEmpty() ? text : tip);
    a->setStatusTip(tip);
    w->addAction(a); // shortcuts work wherever focus is in the window
    return a;
}

} // namespace

MainActions MainActions::create(QWidget *w)
{
    const QColor fg = w->palette().color(QPalette::WindowText);
    MainActions m;
    m.addServer = make(w, QCoreApplication::translate("MainActions", "&Add server…"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
                       QCoreApplication::translate("MainActions", "Add an MCP server by its URL"));
    m.addServer->setIcon(icons::icon(icons::Icon::Add, fg));
    m.checkNow = make(w, QCoreApplication::translate("MainActions", "&Check now"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
                      QCoreApplication::translate("MainActions", "Ping the selected server and list its tools again"));
    m.checkNow->setIcon(icons::icon(icons::Icon::Refresh, fg));
    m.checkAll = make(w, QCoreApplication::translate("MainActions", "Check &all servers"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m.editServer = make(w, QCoreApplication::translate("MainActions", "&Edit…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                        QCoreApplication::translate("MainActions", "Change the selected server's URL, transport or sign-in"));
    m.editServer->setIcon(icons::icon(icons::Icon::Edit, fg));
    m.removeServer = new QAction(QStringLiteral("&Remove"), w);
    m.removeServer->setShortcut(QKeySequence::Delete);
    m.removeServer->setIcon(icons::icon(icons::Icon::Remove, fg));
    m.removeServer->setToolTip(QCoreApplication::translate("MainActions", "Remove the selected server (you can undo for a few seconds)"));
    m.copyUrl = make(w, QCoreApplication::translate("MainActions", "Copy &URL"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m.copyUrl->setIcon(icons::icon(icons::Icon::Copy, fg));
    m.signIn = make(w, QCoreApplication::translate("MainActions", "&Sign in…"), {}, QCoreApplication::translate("MainActions", "Sign in to the selected server on its own page (OAuth)"));
    m.signIn->setIcon(icons::icon(icons::Icon::SignIn, fg));
    m.signOut = make(w, QCoreApplication::translate("MainActions", "Sign &out"), {},
                     QCoreApplication::translate("MainActions", "Revoke the selected server's tokens where it offers that, and delete them here"));
    m.findTool = make(w, QCoreApplication::translate("MainActions", "&Find tool"), {QKeySequence::Find}, QCoreApplication::translate("MainActions", "Search the server's tools"));
    m.findTool->setIcon(icons::icon(icons::Icon::Search, fg));
    m.runTool = make(w, QCoreApplication::translate("MainActions", "&Run tool"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                     QCoreApplication::translate("MainActions", "Run the selected tool with the form's arguments"));
    m.runTool->setIcon(icons::icon(icons::Icon::Run, fg));
    const QStringList tabNames{QStringLiteral("&Overview"), QStringLiteral("&Tools"), QCoreApplication::translate("MainActions", "&Connect clients"),
                               QStringLiteral("&Log")};
    for (int i = 0; i < tabNames.size(); ++i)
        m.tabs << make(w, tabNames.at(i), {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))});
    m.showServerList = make(w, QCoreApplication::translate("MainActions", "Server &list"), {QKeySequence(Qt::CTRL | Qt::Key_B)},
                            QCoreApplication::translate("MainActions", "Show or hide the list of servers (more room for the server's page)"));
    m.showServerList->setCheckable(true);
    m.showServerList->setChecked(true);
    m.keepRunning = new QAction(QCoreApplication::translate("MainActions", "&Keep monitoring in the tray when the window is closed"), w);
    m.keepRunning->setCheckable(true);
    m.autostart = new QAction(QCoreApplication::translate("MainActions", "&Start MCP Connect when I log in"), w);
    m.autostart->setCheckable(true);
    m.quit = make(w, QStringLiteral("&Quit"), {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m.shortcuts = make(w, QCoreApplication::translate("MainActions", "&Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)});
    m.about = new QAction(QCoreApplication::translate("MainActions", "&About MCP Connect"), w);
    return m;
}

void MainActions::populateMenus(QMenuBar *bar) const
{
    QMenu *file = bar->addMenu(QStringLiteral("&File"));
    file->addAction(addServer);
    file->addSeparator();
    file->addAction(quit);
    QMenu *server = bar->addMenu(QStringLiteral("&Server"));
    server->addAction(checkNow);
    server->addAction(checkAll);
    server->addSeparator();
    server->addAction(editServer);
    server->addAction(copyUrl);
    server->addAction(removeServer);
    server->addSeparator();
    server->addAction(signIn);
    server->addAction(signOut);
    server->addSeparator();
    server->addAction(findTool);
    server->addAction(runTool);
    QMenu *view = bar->addMenu(QStringLiteral("&View"));
    view->addAction(showServerList);
    view->addSeparator();
    for (QAction *t : tabs)
        view->addAction(t);
    view->addSeparator();
    view->addAction(keepRunning);
    view->addAction(autostart);
    QMenu *help = bar->addMenu(QStringLiteral("&Help"));
    help->addAction(shortcuts);
    help->addAction(about);
}

QList<QAction *> MainActions::serverContextMenu() const
{
    return {checkNow, nullptr, editServer, copyUrl, nullptr, signIn, signOut, nullptr, removeServer};
}

} // namespace mcpc::ui
