#pragma once

#include "protocol/taskpoller.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>

#include <nlohmann/json.hpp>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace mcpc {
class InputRequiredLoop;
}

namespace mcpc::ui {

class Chip;

// One tool call that the server made a task (Tasks extension), as a row you can watch
// and cancel: the task id (shortened, with a copy button), its status, the server's
// statusMessage, the time it has run, and Cancel (tasks/cancel). The row follows the
// InputRequiredLoop that polls the task; when it ends, the row keeps the outcome
// (completed, failed, cancelled or expired) and offers to show the result again.
class TaskRow : public QFrame
{
    Q_OBJECT
public:
    enum class End { Running, Completed, ToolError, Failed, Cancelled, Expired };

    // Takes over `loop` (re-parented to the row); it already reports task `taskId`.
    TaskRow(InputRequiredLoop *loop, const QString &tool, const QString &taskId, QWidget *parent = nullptr);

    static QString shortId(const QString &taskId); // "3f9a0c…e71b" for long ids

    QString taskId() const { return m_taskId; }
    QString tool() const { return m_tool; }
    bool isRunning() const { return m_end == End::Running; }
    End end() const { return m_end; }
    TaskStatus status() const { return m_status; }
    qint64 elapsedMs() const { return m_elapsedMs >= 0 ? m_elapsedMs : m_clock.elapsed(); }
    // The outcome, once ended: a CallToolResult, or the error.
    const nlohmann::json &result() const { return m_result; }
    const Error &error() const { return m_error; }

    QLabel *statusLabel() const;
    QLabel *messageLabel() const { return m_message; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *copyButton() const { return m_copy; }
    QPushButton *showButton() const { return m_show; }
    QToolButton *dismissButton() const { return m_dismiss; }

    // What the task reports (the loop's taskStatus), until it ends.
    void setStatus(TaskStatus status, const QString &message);

public Q_SLOTS:
    void cancel();
    void tick(); // refreshes the elapsed time

Q_SIGNALS:
    void ended(mcpc::ui::TaskRow *row);
    void showResultRequested(mcpc::ui::TaskRow *row);
    void dismissRequested(mcpc::ui::TaskRow *row);

private:
    void onLoopFinished();
    void finishAs(End end, const QString &message);
    void updateAccessibleName();

    QPointer<InputRequiredLoop> m_loop;
    QString m_tool;
    QString m_taskId;
    TaskStatus m_status = TaskStatus::Working;
    End m_end = End::Running;
    bool m_waiting = false;
    QString m_serverMessage; // the latest statusMessage
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1; // frozen at the end
    nlohmann::json m_result;
    Error m_error;

    Chip *m_chip;
    QLabel *m_id;
    QToolButton *m_copy;
    QLabel *m_toolLabel;
    QLabel *m_message;
    QProgressBar *m_busy;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QPushButton *m_show;
    QToolButton *m_dismiss;
};

} // namespace mcpc::ui
