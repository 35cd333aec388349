#pragma once

#include "protocol/types.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

#include "protocol/inputrequiredloop.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"

namespace mcpc::ui {

class Chip;
class DialogInputProvider;
class FitScrollArea;
class TaskList;
class TaskRow;
class ToolForm;
class ToolResultView;

// One tool: its title and description, the generated argument form, Run (Ctrl+Enter) and
// Cancel, a progress bar fed by notifications/progress, and the rendered result. A call
// the server turns into a task (Tasks extension) moves to the task list below the Run
// row, where it can be watched and cancelled while Run is free for the next call; its
// result shows here when it ends.
class ToolCallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ToolCallPanel(QWidget *parent = nullptr);

    void setTool(const Tool &tool);
    const Tool &tool() const { return m_tool; }
    void setClient(McpClient *client); // nullptr: not connected, Run disabled

    ToolForm *form() const { return m_form; }
    ToolResultView *resultView() const { return m_result; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isRunning() const { return m_call != nullptr; }
    TaskList *taskList() const { return m_tasks; }

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    void callFinished(bool ok);

private:
    void updateButtons();
    void onFinished();
    void moveToTasks(InputRequiredLoop *loop, const QString &taskId, TaskStatus status, const QString &message);
    void onTaskEnded(TaskRow *row, bool automatic);
    // Shows a call's outcome in the result view; true when the tool succeeded.
    bool showOutcome(bool ok, const nlohmann::json &result, const Error &error, const QString &what, qint64 ms);

    Tool m_tool;
    QPointer<McpClient> m_client;
    QPointer<InputRequiredLoop> m_call;   // the run, including any input_required rounds
    DialogInputProvider *m_input = nullptr; // asks the user when the server needs input
    QElapsedTimer m_clock;

    QLabel *m_title;
    QLabel *m_name;
    QLabel *m_description;
    QWidget *m_hints;
    ToolForm *m_form;
    FitScrollArea *m_formScroll = nullptr;
    QLabel *m_formError;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_state;
    TaskList *m_tasks;
    ToolResultView *m_result;
    QTimer *m_ticker;
};

} // namespace mcpc::ui
