#include "tray/traysettings.h"

#include "mainwindow/mainwindow.h"
#include "tray/autostart.h"
#include "widgets/banner.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>

namespace mcpc::ui {

namespace {
const QString kKeepRunning = QStringLiteral("tray/keepRunning");
}

bool TraySettings::keepRunning(QSettings *settings)
{
    return settings->value(kKeepRunning, false).toBool();
}

TraySettings::TraySettings(MainWindow *window, QSettings *settings, bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    QAction *keep = window->actions().keepRunning;
    keep->setChecked(trayAvailable && keepRunning(settings));
    keep->setEnabled(trayAvailable);
    if (!trayAvailable)
        keep->setToolTip(QCoreApplication::translate("TraySettings", "There is no system tray on this desktop."));
    window->setKeepRunningOnClose(keep->isChecked());
    connect(keep, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(kKeepRunning, on);
        m_window->setKeepRunningOnClose(on);
    });

    QAction *autostart = window->actions().autostart;
    autostart->setChecked(Autostart::isEnabled());
    autostart->setToolTip(Autostart::entryPath());
    connect(autostart, &QAction::toggled, this, [this, autostart](bool on) {
        auto done = Autostart::setEnabled(on, QCoreApplication::applicationFilePath());
        if (!done) {
            const QSignalBlocker block(autostart);
            autostart->setChecked(!on);
            m_window->notice()->showMessage(done.error().message, Chip::Tone::Error);
            return;
        }
        m_window->notice()->showMessage(on ? QCoreApplication::translate("TraySettings", "MCP Connect will start when you log in (%1).").arg(Autostart::entryPath())
                                           : QCoreApplication::translate("TraySettings", "MCP Connect will no longer start when you log in."),
                                        Chip::Tone::Success, {}, 6000);
    });
}

} // namespace mcpc::ui
