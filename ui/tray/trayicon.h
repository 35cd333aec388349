#pragma once

#include "monitor/serverstatus.h"
#include "tray/traystatus.h"

#include <QHash>
#include <QIcon>
#include <QMap>
#include <QObject>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;

namespace mcpc::ui {

class AppServices;
class MainWindow;
class SignInController;

// Lives in the tray: an icon with the worst server's status and a tooltip listing what
// is wrong; a notification when a server goes down, recovers or needs sign-in, and once
// before a sign-in ends that cannot renew itself. Its menu shows the window, checks all,
// or quits. Decisions are in tray/traystatus (pure, unit-tested).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(AppServices *services, MainWindow *window, SignInController *signIn, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool available(); // a tray host (status notifier / system tray) is running
    tray::Overall overall() const { return tray::aggregate(m_current); }
    void checkExpiries();   // also every minute

Q_SIGNALS:
    void noticeShown(const QString &title, const QString &text);

private:
    void onStatus(const QString &name, const ServerStatus &status);
    void notify(const QString &title, const QString &text, bool problem);
    void refresh();
    void showWindow();

    AppServices *m_services;
    MainWindow *m_window;
    SignInController *m_signIn;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QTimer m_expiryTimer;
    QMap<QString, tray::State> m_current;  // for the icon
    QMap<QString, tray::State> m_settled;  // last result, for notices
    QHash<QString, qint64> m_warnedExpiry; // profile -> expiry already announced
    QHash<int, QIcon> m_icons;             // by state (-1: no servers)
    int m_shownIcon = -2;
};

} // namespace mcpc::ui
