#pragma once

#include <QObject>

class QSocketNotifier;

namespace mcpc::cli {

// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal on the event loop (self-pipe: the
// handler only writes a byte). The first signal emits interrupted(); the watcher then
// restores the default handlers, so a second Ctrl+C ends the process at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    bool install(); // false: the handlers could not be installed

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mcpc::cli
