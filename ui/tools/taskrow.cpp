#include "tools/taskrow.h"
#include "util/jsonfield.h"

#include "protocol/inputrequiredloop.h"
#include "style/theme.h"
#include "widgets/chip.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace mcpc::ui {

namespace {

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

// The first line of a CallToolResult's first text block: what the row says it ended with
// (the result view below shows all of it).
QString firstLine(const nlohmann::json &result)
{
    const auto content = result.is_object() ? result.find("content") : result.end();
    if (!result.is_object() || content == result.end() || !content->is_array())
        return {};
    for (const nlohmann::json &block : *content)
        if (jsonStdString(block, "type") == "text" && jsonMember(block, "text") && block["text"].is_string())
            return QString::fromStdString(block["text"].get<std::string>()).section(QLatin1Char('\n'), 0, 0).left(120);
    return {};
}

std::pair<QString, Chip::Tone> endLook(TaskRow::End end)
{
    switch (end) {
    case TaskRow::End::Running: break;
    case TaskRow::End::Completed: return {QStringLiteral("completed"), Chip::Tone::Success};
    case TaskRow::End::ToolError: return {QCoreApplication::translate("TaskRow", "tool error"), Chip::Tone::Error};
    case TaskRow::End::Failed: return {QStringLiteral("failed"), Chip::Tone::Error};
    case TaskRow::End::Cancelled: return {QStringLiteral("cancelled"), Chip::Tone::Neutral};
    case TaskRow::End::Expired: return {QStringLiteral("expired"), Chip::Tone::Warning};
    }
    return {QStringLiteral("working"), Chip::Tone::Info};
}

} // namespace

TaskRow::TaskRow(InputRequiredLoop *loop, const QString &tool, const QString &taskId, QWidget *parent)
    : QFrame(parent)
    , m_loop(loop)
    , m_tool(tool)
    , m_taskId(taskId)
    , m_chip(new Chip(QString(), Chip::Tone::Info, this))
    , m_id(new QLabel(shortId(taskId), this))
    , m_copy(new QToolButton(this))
    , m_toolLabel(new QLabel(tool, this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_cancel(new QPushButton(QCoreApplication::translate("TaskRow", "Cancel"), this))
    , m_show(new QPushButton(QCoreApplication::translate("TaskRow", "Show result"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskRow"));
    setFrameShape(QFrame::StyledPanel);
    m_clock.start();
    const QColor ink = palette().color(QPalette::ButtonText);

    // The id is long and opaque: show its ends, keep all of it one click away.
    m_id->setFont(QFont(QStringLiteral("monospace"), m_id->font().pointSize()));
    m_id->setToolTip(QCoreApplication::translate("TaskRow", "Task ID: %1").arg(taskId));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setIcon(icons::icon(icons::Icon::Copy, ink));
    m_copy->setAutoRaise(true);
    m_copy->setFocusPolicy(Qt::StrongFocus);
    m_copy->setToolTip(QCoreApplication::translate("TaskRow", "Copy the task ID"));
    m_copy->setAccessibleName(QCoreApplication::translate("TaskRow", "Copy task ID %1").arg(taskId));
    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_taskId); });

    QPalette muted = m_toolLabel->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_toolLabel->setPalette(muted);
    m_elapsed->setPalette(muted);
    m_message->setTextFormat(Qt::PlainText); // the server's words, never markup
    m_message->setMinimumWidth(60);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(70);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(QCoreApplication::translate("TaskRow", "Task is working"));

    m_cancel->setIcon(icons::icon(icons::Icon::Stop, ink));
    m_cancel->setToolTip(QCoreApplication::translate("TaskRow", "Ask the server to stop this task (tasks/cancel)"));
    m_cancel->setAccessibleName(QCoreApplication::translate("TaskRow", "Cancel task %1").arg(shortId(taskId)));
    connect(m_cancel, &QPushButton::clicked, this, &TaskRow::cancel);
    m_show->setAccessibleName(QCoreApplication::translate("TaskRow", "Show the result of task %1").arg(shortId(taskId)));
    m_show->hide();
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showResultRequested(this); });
    m_dismiss->setIcon(icons::icon(icons::Icon::Close, ink));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setFocusPolicy(Qt::StrongFocus);
    m_dismiss->setToolTip(QCoreApplication::translate("TaskRow", "Remove this row"));
    m_dismiss->setAccessibleName(QCoreApplication::translate("TaskRow", "Remove task %1 from the list").arg(shortId(taskId)));
    m_dismiss->hide();
    connect(m_dismiss, &QToolButton::clicked, this, [this] { Q_EMIT dismissRequested(this); });

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->setSpacing(8);
    row->addWidget(m_chip);
    row->addWidget(m_id);
    row->addWidget(m_copy);
    row->addWidget(m_toolLabel);
    row->addWidget(m_message, 1);
    row->addWidget(m_busy);
    row->addWidget(m_elapsed);
    row->addWidget(m_cancel);
    row->addWidget(m_show);
    row->addWidget(m_dismiss);

    loop->setParent(this);
    connect(loop, &InputRequiredLoop::taskStatus, this, [this](const QString &, TaskStatus status, const QString &message) {
        setStatus(status, message);
    });
    connect(loop, &InputRequiredLoop::waitingForInput, this, [this](bool waiting) {
        m_waiting = waiting;
        setStatus(m_status, m_serverMessage);
    });
    connect(loop, &InputRequiredLoop::finished, this, &TaskRow::onLoopFinished);
    setStatus(TaskStatus::Working, QString());
    tick();
}

QString TaskRow::shortId(const QString &taskId)
{
    return taskId.size() <= 14 ? taskId : taskId.left(6) + QChar(0x2026) + taskId.right(4);
}

QLabel *TaskRow::statusLabel() const
{
    return m_chip;
}

void TaskRow::setStatus(TaskStatus status, const QString &message)
{
    if (m_end != End::Running)
        return;
    m_status = status;
    m_serverMessage = message;
    const bool needsInput = status == TaskStatus::InputRequired || m_waiting;
    m_chip->setText(needsInput ? tr("needs input") : taskStatusName(status));
    m_chip->setTone(needsInput ? Chip::Tone::Warning : Chip::Tone::Info);
    m_message->setText(m_waiting ? tr("Waiting for your answer…") : message);
    m_message->setToolTip(message);
    m_busy->setVisible(!needsInput);
    updateAccessibleName();
}

void TaskRow::tick()
{
    m_elapsed->setText(seconds(elapsedMs()));
}

void TaskRow::cancel()
{
    if (!m_loop || m_end != End::Running)
        return;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_message->setText(tr("Asking the server to stop…"));
    m_loop->cancel(tr("Cancelled by the user."));
}

void TaskRow::onLoopFinished()
{
    InputRequiredLoop *loop = m_loop;
    if (!loop)
        return;
    m_elapsedMs = m_clock.elapsed();
    if (loop->ok()) {
        m_result = loop->result();
        const bool toolError = jsonBool(m_result, "isError", false);
        const QString gist = firstLine(m_result);
        return finishAs(toolError ? End::ToolError : End::Completed,
                        !gist.isEmpty() ? gist : toolError ? tr("The tool reported an error.") : tr("Done."));
    }
    m_error = loop->error();
    switch (m_error.kind) {
    case ErrorKind::Cancelled: return finishAs(End::Cancelled, m_error.message);
    case ErrorKind::Timeout: return finishAs(End::Expired, m_error.message);
    default: return finishAs(End::Failed, m_error.message);
    }
}

void TaskRow::finishAs(End end, const QString &message)
{
    m_end = end;
    const auto [text, tone] = endLook(end);
    m_chip->setText(text);
    m_chip->setTone(tone);
    m_message->setText(message);
    m_message->setToolTip(message);
    m_busy->hide();
    const bool hadFocus = m_cancel->hasFocus();
    m_cancel->hide();
    m_show->show();
    m_dismiss->show();
    if (hadFocus)
        m_show->setFocus(); // keyboard users keep their place
    tick();
    updateAccessibleName();
    Q_EMIT ended(this);
}

void TaskRow::updateAccessibleName()
{
    setAccessibleName(tr("Task %1 of %2: %3").arg(shortId(m_taskId), m_tool, m_chip->text()));
    setAccessibleDescription(m_message->text());
}

} // namespace mcpc::ui
