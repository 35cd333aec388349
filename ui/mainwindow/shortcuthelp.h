#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace mcpc::ui {

struct MainActions;
class ProfileTransfer;

// Help › Keyboard shortcuts (F1): the window's commands grouped as a person looks for them,
// each with the keys read from its own action (so the help never shows keys the app does
// not have) or, for a command without keys, where to find it.
class ShortcutHelp
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutHelp)
public:
    static QString html(const MainActions &actions, const ProfileTransfer &transfer);
    // Opens the help in a dialog that fits the screen (the table scrolls when it does not).
    static void show(QWidget *parent, const MainActions &actions, const ProfileTransfer &transfer);
};

} // namespace mcpc::ui
