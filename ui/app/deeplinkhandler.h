#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace mcpc::ui {

class MainWindow;
class ServerDialog;

// Opens "Add to MCP Connect" links (mcp-connect://add?url=…&name=…&client=…) in the
// window: a valid one opens the add dialog, pre-filled, and nothing is added until the
// person presses Add; with client= the Clients tab then opens that client's connect
// preview. A refused link is explained in the window's notice banner.
class DeeplinkHandler : public QObject
{
    Q_OBJECT
public:
    explicit DeeplinkHandler(MainWindow *window, QObject *parent = nullptr);

    void open(const QString &link);
    ServerDialog *currentDialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogOpened(mcpc::ui::ServerDialog *dialog);
    void refused(const QString &message);

private:
    MainWindow *m_window;
    QPointer<ServerDialog> m_dialog;
};

} // namespace mcpc::ui
