#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QListView;
class QPushButton;
class QStackedWidget;

namespace mcpc::ui {

class EmptyState;
class ServerListModel;

// The sidebar: "Servers" with an Add button, the list with live status dots, a context
// menu (the window's server actions), and a friendly empty state.
class ServerListPanel : public QWidget
{
    Q_OBJECT
public:
    ServerListPanel(ServerListModel *model, QWidget *parent = nullptr);

    // Actions shown in the context menu, in order (nullptr = separator).
    void setContextActions(const QList<QAction *> &actions);
    QString currentName() const;
    void select(const QString &name);
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void currentChanged(const QString &name); // empty when nothing is selected
    void addRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateEmptyState();

    ServerListModel *m_model;
    QListView *m_view;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPushButton *m_add;
    QList<QAction *> m_contextActions;
};

} // namespace mcpc::ui
