#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace mcpc::ui {

class ElidedLabel;
struct ClientCardState;

// The facts under a client's name: what gave the client away (or that it was not found),
// its config file (copy the path, show the folder), platform notes in full (Claude
// Desktop on Linux, VS Code's legacy "mcp" block), and the quick actions that need no
// file write: "Open in Cursor" / "Open in VS Code" install links and "Copy config
// snippet".
class ClientCardDetails : public QWidget
{
    Q_OBJECT
public:
    ClientCardDetails(const QString &clientName, const QString &home, QWidget *parent = nullptr);

    void setConfigPath(const QString &path);
    void setState(const ClientCardState &state);

    void copyPath();
    void showInFolder();
    void copySnippet();
    void openLink(int index);

    ElidedLabel *pathLabel() const { return m_path; }
    QLabel *notesLabel() const { return m_notes; }
    QList<QToolButton *> linkButtons() const { return m_links; }
    QToolButton *snippetButton() const { return m_snippet; }
    QString snippet() const { return m_snippetText; }

private:
    void rebuildLinks(const ClientCardState &state);

    QString m_clientName;
    QString m_home;
    QString m_configPath;
    QString m_snippetText;
    QStringList m_urls;
    QLabel *m_detectDot;
    ElidedLabel *m_detect;
    ElidedLabel *m_path;
    QToolButton *m_copyPath;
    QToolButton *m_folder;
    QLabel *m_notes;
    QHBoxLayout *m_actions;
    QList<QToolButton *> m_links;
    QToolButton *m_snippet;
};

} // namespace mcpc::ui
