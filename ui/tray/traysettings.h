#pragma once

#include <QObject>

class QSettings;

namespace mcpc::ui {

class MainWindow;

// The View menu's two desktop choices, kept in the settings: "Keep monitoring in the tray
// when the window is closed" (only offered where a tray exists: otherwise a hidden
// window could not be brought back but by starting the app again) and "Start MCP Connect
// when I log in" (the XDG autostart entry, tray/autostart).
class TraySettings : public QObject
{
    Q_OBJECT
public:
    TraySettings(MainWindow *window, QSettings *settings, bool trayAvailable, QObject *parent = nullptr);

    static bool keepRunning(QSettings *settings);

private:
    MainWindow *m_window;
    QSettings *m_settings;
};

} // namespace mcpc::ui
