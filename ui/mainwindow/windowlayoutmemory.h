#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QSettings;
class QSplitter;

namespace mcpc::ui {

// How the main window was laid out, remembered across runs (the settings' window/ keys):
// its geometry, and the server list beside the page, at the width the user dragged it to
// or collapsed (View › Server list). Widths are saved as soon as the splitter moves.
class WindowLayoutMemory : public QObject
{
    Q_OBJECT
public:
    // splitter: the server list (first) and the page; showList: the checkable View action.
    WindowLayoutMemory(QMainWindow *window, QSplitter *splitter, QAction *showList, QSettings *settings);

    void restore(); // geometry, the list's width and whether it shows
    void save();

    void setListVisible(bool visible);
    bool isListVisible() const;

private:
    void onSplitterMoved();

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QAction *m_showList;
    QSettings *m_settings;
    int m_listWidth = 240; // the width the server list comes back at
};

} // namespace mcpc::ui
