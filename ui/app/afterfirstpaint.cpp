#include "app/afterfirstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace mcpc::ui {

AfterFirstPaint::AfterFirstPaint(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // On the application: the window itself may never get a Paint (its children cover it).
    qApp->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *window, std::function<void()> job)
{
    auto *self = window->findChild<AfterFirstPaint *>(QString(), Qt::FindDirectChildrenOnly);
    if (!self)
        self = new AfterFirstPaint(window);
    self->m_jobs.append(std::move(job));
    if (self->m_painted)
        QTimer::singleShot(0, self, &AfterFirstPaint::runJobs);
}

bool AfterFirstPaint::painted(QWidget *window)
{
    auto *self = window->findChild<AfterFirstPaint *>(QString(), Qt::FindDirectChildrenOnly);
    return self && self->m_painted;
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        qApp->removeEventFilter(this);
        // Queued: the frame being painted is put on screen first.
        QTimer::singleShot(0, this, &AfterFirstPaint::runJobs);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::runJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs)
        job();
}

} // namespace mcpc::ui
