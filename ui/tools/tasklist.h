#pragma once

#include "protocol/taskpoller.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace mcpc {
class InputRequiredLoop;
}

namespace mcpc::ui {

class TaskRow;

// The running tasks of a tool panel: one TaskRow per tool call that became a task, the
// newest first, so several can run side by side while the panel starts more. Hidden
// while empty. Ticks the rows' elapsed time while any runs, and keeps the last few ended
// rows (with their outcome) until the user removes them.
class TaskList : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxEndedRows = 5;

    explicit TaskList(QWidget *parent = nullptr);

    // Takes over `loop`, which just reported that the server made the call task `taskId`.
    TaskRow *adopt(InputRequiredLoop *loop, const QString &tool, const QString &taskId, TaskStatus status,
                   const QString &message);
    QList<TaskRow *> rows() const;
    int runningCount() const;
    void cancelAll();
    // Rows are made long after the window's other widgets: Tab reaches them right after
    // `widget` (the panel's Cancel), not at the end of the window.
    void setTabOrderAfter(QWidget *widget) { m_before = widget; }

Q_SIGNALS:
    void taskEnded(mcpc::ui::TaskRow *row);
    void showResultRequested(mcpc::ui::TaskRow *row);

private:
    void remove(TaskRow *row);
    void pruneEnded();
    void updateVisibility();
    void chainTabOrder();

    QLabel *m_heading;
    QVBoxLayout *m_rows;
    QTimer *m_ticker;
    QWidget *m_before = nullptr;
};

} // namespace mcpc::ui
