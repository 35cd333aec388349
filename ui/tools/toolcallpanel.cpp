#include "tools/toolcallpanel.h"
#include "util/jsonfield.h"

#include "input/dialoginputprovider.h"
#include "protocol/inputrouter.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "style/theme.h"
#include "tools/tasklist.h"
#include "tools/taskrow.h"
#include "tools/toolform.h"
#include "tools/toolresultview.h"
#include "widgets/chip.h"
#include "widgets/fitscrollarea.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using nlohmann::json;

namespace mcpc::ui {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text.toUpper(), parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    l->setFont(f);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(parent->palette()));
    l->setPalette(pal);
    return l;
}

} // namespace

ToolCallPanel::ToolCallPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_name(new QLabel(this))
    , m_description(new QLabel(this))
    , m_hints(new QWidget(this))
    , m_form(new ToolForm(this))
    , m_formError(new QLabel(this))
    , m_run(new QPushButton(QCoreApplication::translate("ToolCallPanel", "Run"), this))
    , m_cancel(new QPushButton(QCoreApplication::translate("ToolCallPanel", "Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_tasks(new TaskList(this))
    , m_result(new ToolResultView(this))
    , m_ticker(new QTimer(this))
{
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_name->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_name->setPalette(muted);
    m_name->setFont(QFont(QStringLiteral("monospace"), m_name->font().pointSize()));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    new QHBoxLayout(m_hints);
    m_hints->layout()->setContentsMargins(0, 0, 0, 0);
    m_hints->layout()->setSpacing(6);
    m_formError->setWordWrap(true);
    QPalette red = m_formError->palette();
    red.setColor(QPalette::WindowText, theme::errorColor(palette()));
    m_formError->setPalette(red);
    m_formError->hide();

    m_run->setIcon(icons::icon(icons::Icon::Run, palette().color(QPalette::ButtonText)));
    m_run->setToolTip(QCoreApplication::translate("ToolCallPanel", "Run the tool (Ctrl+Enter)"));
    m_run->setDefault(true);
    m_cancel->setIcon(icons::icon(icons::Icon::Stop, palette().color(QPalette::ButtonText)));
    m_cancel->setToolTip(QCoreApplication::translate("ToolCallPanel", "Ask the server to stop (notifications/cancelled)"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    QPalette mutedState = m_state->palette();
    mutedState.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_state->setPalette(mutedState);
    connect(m_run, &QPushButton::clicked, this, &ToolCallPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &ToolCallPanel::cancel);
    // Ctrl+Enter is the window's "Run tool" action; Enter in a field runs too, like a web form.
    connect(m_form, &ToolForm::submitRequested, this, &ToolCallPanel::run);
    m_tasks->setTabOrderAfter(m_cancel);
    connect(m_tasks, &TaskList::taskEnded, this, [this](TaskRow *row) { onTaskEnded(row, true); });
    connect(m_tasks, &TaskList::showResultRequested, this, [this](TaskRow *row) { onTaskEnded(row, false); });
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        m_state->setText(QCoreApplication::translate("ToolCallPanel", "Running… %1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    });

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_name, 0, Qt::AlignBaseline);
    titleRow->addStretch(1);
    titleRow->addWidget(m_hints);

    // As tall as the form whatever tool came before, up to a limit: long forms scroll and
    // the result keeps its room.
    auto *formScroll = m_formScroll = new FitScrollArea(this);
    formScroll->setMaximumHintHeight(320);
    formScroll->setWidget(m_form);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addSpacing(8);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_state, 1);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(16, 0, 0, 0);
    col->setSpacing(6);
    col->addLayout(titleRow);
    col->addWidget(m_description);
    col->addSpacing(6);
    col->addWidget(sectionLabel(QCoreApplication::translate("ToolCallPanel", "Arguments"), this));
    col->addWidget(formScroll);
    col->addWidget(m_formError);
    col->addSpacing(4);
    col->addLayout(runRow);
    col->addWidget(m_tasks);
    col->addSpacing(10);
    col->addWidget(sectionLabel(QCoreApplication::translate("ToolCallPanel", "Result"), this));
    col->addWidget(m_result, 1);
    m_result->showPlaceholder(QCoreApplication::translate("ToolCallPanel", "Run the tool to see its result here."));
    updateButtons();
}

void ToolCallPanel::setTool(const Tool &tool)
{
    if (m_call)
        cancel();
    const bool same = tool.name == m_tool.name && tool.inputSchema == m_tool.inputSchema;
    m_tool = tool;
    m_title->setText(tool.displayTitle());
    m_name->setText(tool.displayTitle() == tool.name ? QString() : tool.name);
    m_description->setText(tool.description.isEmpty() ? tr("No description.") : tool.description);
    // Annotations are hints from the server (untrusted), shown as such.
    QLayout *hints = m_hints->layout();
    while (QLayoutItem *item = hints->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const json &a = tool.annotations;
    if (a.is_object()) {
        if (jsonBool(a, "readOnlyHint", false))
            hints->addWidget(new Chip(QStringLiteral("read-only"), Chip::Tone::Success, m_hints));
        if (jsonBool(a, "destructiveHint", false) && !jsonBool(a, "readOnlyHint", false))
            hints->addWidget(new Chip(QStringLiteral("destructive"), Chip::Tone::Error, m_hints));
        if (jsonBool(a, "openWorldHint", false))
            hints->addWidget(new Chip(tr("open world"), Chip::Tone::Neutral, m_hints));
    }
    if (!same) {
        m_form->setSchema(tool.inputSchema);
        m_formScroll->verticalScrollBar()->setValue(0);
        m_result->showPlaceholder(tr("Run the tool to see its result here."));
        m_state->clear();
        m_formError->hide();
    }
    updateButtons();
}

void ToolCallPanel::setClient(McpClient *client)
{
    m_client = client;
    updateButtons();
}

void ToolCallPanel::run()
{
    if (m_call || !m_client || m_tool.name.isEmpty())
        return;
    auto args = m_form->arguments();
    if (!args) {
        m_formError->setText(args.error().message);
        m_formError->show();
        return;
    }
    m_formError->hide();
    CallOptions options;
    options.wantProgress = true;
    // A server may answer input_required (MCP 2026-07-28): the loop shows the form and retries.
    if (!m_input)
        m_input = new DialogInputProvider(this);
    m_call = new InputRequiredLoop(m_client, QStringLiteral("tools/call"), {{"name", m_tool.name.toStdString()}, {"arguments", *args}},
                                   m_input, options, this);
    // A 2025-era server asks with elicitation/create on the shared connection: while this
    // run lasts, those questions come to the same dialog (otherwise they are declined).
    if (InputRouter *router = InputRouter::of(m_client))
        router->attach(m_input, m_call);
    InputRequiredLoop *loop = m_call;
    connect(m_call, &InputRequiredLoop::taskStatus, this, [this, loop](const QString &taskId, TaskStatus status, const QString &message) {
        if (loop == m_call)
            moveToTasks(loop, taskId, status, message);
    });
    connect(m_call, &InputRequiredLoop::waitingForInput, this, [this](bool waiting) {
        m_state->setText(waiting ? tr("Waiting for your answer…") : tr("Running…"));
    });
    connect(m_call, &InputRequiredLoop::progress, this, [this](double progress, double total, const QString &message) {
        m_progress->show();
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(qBound(0.0, progress / total, 1.0) * 1000));
            m_progress->setFormat(message.isEmpty() ? QStringLiteral("%p%") : message);
        } else {
            m_progress->setRange(0, 0); // indeterminate
        }
        m_progress->setToolTip(message);
    });
    connect(m_call, &InputRequiredLoop::finished, this, &ToolCallPanel::onFinished);
    m_call->start();
    m_clock.start();
    m_ticker->start();
    m_state->setText(tr("Running…"));
    m_result->showPlaceholder(tr("Waiting for the server…"));
    updateButtons();
}

void ToolCallPanel::cancel()
{
    if (m_call)
        m_call->cancel(tr("Cancelled by the user."));
}

void ToolCallPanel::onFinished()
{
    InputRequiredLoop *call = m_call;
    m_call = nullptr;
    m_ticker->stop();
    m_progress->hide();
    const bool ok = showOutcome(call->ok(), call->result(), call->error(), QString(), m_clock.elapsed());
    updateButtons();
    Q_EMIT callFinished(ok);
}

void ToolCallPanel::moveToTasks(InputRequiredLoop *loop, const QString &taskId, TaskStatus status, const QString &message)
{
    // The row follows the task from now on; Run is free for the next call.
    disconnect(loop, nullptr, this, nullptr);
    m_call = nullptr;
    m_ticker->stop();
    m_progress->hide();
    TaskRow *row = m_tasks->adopt(loop, m_tool.name, taskId, status, message);
    m_state->setText(tr("Running as task %1 (see Tasks)").arg(TaskRow::shortId(taskId)));
    m_result->showPlaceholder(tr("The server runs this call as a task. Its result shows here when it ends."));
    row->cancelButton()->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ToolCallPanel::onTaskEnded(TaskRow *row, bool automatic)
{
    // A plain call's result, or another tool's form, stays put: the row offers the result.
    if (automatic && (m_call || row->tool() != m_tool.name))
        return;
    const bool ok = showOutcome(row->end() == TaskRow::End::Completed || row->end() == TaskRow::End::ToolError, row->result(),
                                row->error(), tr("Task %1 (%2)").arg(TaskRow::shortId(row->taskId()), row->tool()),
                                row->elapsedMs());
    if (automatic)
        Q_EMIT callFinished(ok);
}

bool ToolCallPanel::showOutcome(bool ok, const json &value, const Error &error, const QString &what, qint64 ms)
{
    const QString prefix = what.isEmpty() ? QString() : what + QStringLiteral(": ");
    if (!ok) {
        m_result->showError(error);
        const QString how = error.kind == ErrorKind::Cancelled ? tr("Cancelled")
                          : error.kind == ErrorKind::Timeout   ? tr("Timed out")
                                                               : tr("Failed");
        m_state->setText(prefix + tr("%1 after %2 ms").arg(how).arg(ms));
        return false;
    }
    auto result = parseToolResult(value);
    if (!result) {
        m_result->showError(result.error());
        m_state->setText(prefix + tr("Unreadable result after %1 ms").arg(ms));
        return false;
    }
    m_result->showResult(*result);
    m_state->setText(prefix + (result->isError ? tr("Tool error after %1 ms").arg(ms) : tr("Done in %1 ms").arg(ms)));
    return !result->isError;
}

void ToolCallPanel::updateButtons()
{
    const bool connected = m_client && m_client->state() == McpClient::State::Ready;
    m_run->setEnabled(connected && !m_call && !m_tool.name.isEmpty());
    m_run->setToolTip(connected ? tr("Run the tool (Ctrl+Enter)") : tr("Not connected to the server"));
    m_cancel->setEnabled(m_call != nullptr);
}

} // namespace mcpc::ui
