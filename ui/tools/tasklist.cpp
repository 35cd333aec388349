#include "tools/tasklist.h"

#include "protocol/inputrequiredloop.h"
#include "style/theme.h"
#include "tools/taskrow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpc::ui {

TaskList::TaskList(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_rows(new QVBoxLayout)
    , m_ticker(new QTimer(this))
{
    setAccessibleName(QCoreApplication::translate("TaskList", "Tasks"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    m_heading->setFont(f);
    QPalette pal = m_heading->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_heading->setPalette(pal);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(4);
    col->addWidget(m_heading);
    col->addLayout(m_rows);
    // The elapsed time is the only thing that changes without the server saying so.
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        for (TaskRow *row : rows())
            if (row->isRunning())
                row->tick();
    });
    updateVisibility();
}

TaskRow *TaskList::adopt(InputRequiredLoop *loop, const QString &tool, const QString &taskId, TaskStatus status,
                         const QString &message)
{
    auto *row = new TaskRow(loop, tool, taskId, this);
    row->setStatus(status, message);
    connect(row, &TaskRow::ended, this, [this](TaskRow *r) {
        pruneEnded();
        updateVisibility();
        Q_EMIT taskEnded(r);
    });
    connect(row, &TaskRow::showResultRequested, this, &TaskList::showResultRequested);
    connect(row, &TaskRow::dismissRequested, this, &TaskList::remove);
    m_rows->insertWidget(0, row);
    chainTabOrder();
    updateVisibility();
    return row;
}

QList<TaskRow *> TaskList::rows() const
{
    QList<TaskRow *> out;
    for (int i = 0; i < m_rows->count(); ++i)
        if (auto *row = qobject_cast<TaskRow *>(m_rows->itemAt(i)->widget()))
            out.append(row);
    return out;
}

int TaskList::runningCount() const
{
    int n = 0;
    for (TaskRow *row : rows())
        n += row->isRunning() ? 1 : 0;
    return n;
}

void TaskList::cancelAll()
{
    for (TaskRow *row : rows())
        row->cancel();
}

void TaskList::remove(TaskRow *row)
{
    if (row->isRunning())
        return; // a running task is cancelled first, never dropped unseen
    m_rows->removeWidget(row);
    row->deleteLater();
    updateVisibility();
}

void TaskList::pruneEnded()
{
    int ended = 0;
    for (TaskRow *row : rows()) // newest first: the oldest ended rows go
        if (!row->isRunning() && ++ended > MaxEndedRows)
            remove(row);
}

void TaskList::chainTabOrder()
{
    QWidget *prev = m_before;
    for (TaskRow *row : rows()) {
        for (QWidget *w : {static_cast<QWidget *>(row->copyButton()), static_cast<QWidget *>(row->cancelButton()),
                           static_cast<QWidget *>(row->showButton()), static_cast<QWidget *>(row->dismissButton())}) {
            if (prev)
                QWidget::setTabOrder(prev, w);
            prev = w;
        }
    }
}

void TaskList::updateVisibility()
{
    const QList<TaskRow *> all = rows();
    const int running = runningCount();
    m_heading->setText(running > 0 ? tr("TASKS · %1 RUNNING").arg(running) : QStringLiteral("TASKS"));
    if (running > 0 && !m_ticker->isActive())
        m_ticker->start();
    else if (running == 0)
        m_ticker->stop();
    setVisible(!all.isEmpty());
}

} // namespace mcpc::ui
