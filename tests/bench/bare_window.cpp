// The baseline for bench_gui.sh: the barest Qt Widgets window (a QMainWindow with a
// label, the same Qt, the same display), built in the same run. It reports the same
// numbers as mcp-connect --bench-probe: launch (MCPC_BENCH_T0) to first paint, and RSS.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

double msSinceLaunch()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return (double(now.tv_sec) * 1e9 + double(now.tv_nsec) - qgetenv("MCPC_BENCH_T0").toDouble()) / 1e6;
}

long long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class Window : public QMainWindow
{
public:
    double firstPaintMs = -1;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && firstPaintMs < 0)
            firstPaintMs = msSinceLaunch();
        return QMainWindow::event(e);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 2;
    Window w;
    w.setCentralWidget(new QLabel(QStringLiteral("Hello"), &w));
    w.resize(1000, 700);
    w.show();
    QTimer::singleShot(seconds * 1000, &w, [&w] {
        std::printf("{\"probe\":true,\"firstPaintMs\":%.1f,\"rssKiB\":%lld}\n", w.firstPaintMs, residentKiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
