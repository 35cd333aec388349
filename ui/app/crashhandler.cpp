#include "app/crashhandler.h"

#include "log/redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <cstring>

#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

namespace mcpc::ui {

namespace {

char g_path[4096];

void writeText(int fd, const char *text)
{
    ssize_t ignored = ::write(fd, text, std::strlen(text));
    (void)ignored;
}

void writeNumber(int fd, int n)
{
    char digits[16];
    int i = sizeof digits;
    digits[--i] = '\0';
    do {
        digits[--i] = char('0' + n % 10);
        n /= 10;
    } while (n > 0 && i > 0);
    writeText(fd, digits + i);
}

extern "C" void onFatalSignal(int sig)
{
    const int fd = ::open(g_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        writeText(fd, "MCP Connect " MCPC_VERSION " stopped on signal ");
        writeNumber(fd, sig);
        writeText(fd, sig == SIGSEGV ? " (segmentation fault)" : sig == SIGABRT ? " (abort)" : "");
        writeText(fd, "\n\nWhere (function names only):\n");
        void *frames[64];
        const int n = ::backtrace(frames, 64);
        ::backtrace_symbols_fd(frames, n, fd);
        ::close(fd);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

QString CrashHandler::reportPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/mcp-connect/crash-report.txt");
}

QString CrashHandler::shownPath()
{
    return QFileInfo(reportPath()).absolutePath() + QStringLiteral("/crash-report.shown.txt");
}

void CrashHandler::install()
{
    const QString path = reportPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= qsizetype(sizeof g_path))
        return;
    std::memcpy(g_path, encoded.constData(), size_t(encoded.size()) + 1);
    // backtrace() loads libgcc on first use, which is not safe inside the handler: now.
    void *warmUp[1];
    ::backtrace(warmUp, 1);
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
        struct sigaction sa {};
        sa.sa_handler = onFatalSignal;
        sa.sa_flags = SA_RESETHAND;
        sigemptyset(&sa.sa_mask);
        sigaction(sig, &sa, nullptr);
    }
}

std::optional<QString> CrashHandler::takeReport()
{
    QFile file(reportPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString text = redactText(QString::fromUtf8(file.read(256 * 1024)));
    file.close();
    QFile::remove(shownPath());
    QFile::rename(reportPath(), shownPath());
    return text;
}

} // namespace mcpc::ui
