#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace mcpc::ui {

// Runs start-up work that the first frame does not show (e.g. looking up the installed
// icon in the icon theme) once a window has been painted: a zero-timer would still run
// before the first paint, because the window system's expose comes after the posted events.
// One object per window (its child): when the first widget of that window gets its first
// Paint, the queued jobs run from the event loop, in order; later jobs run at once (queued).
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    static void run(QWidget *window, std::function<void()> job);
    static bool painted(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AfterFirstPaint(QWidget *window);
    void runJobs();

    QPointer<QWidget> m_window;
    QList<std::function<void()>> m_jobs;
    bool m_painted = false;
};

} // namespace mcpc::ui
