#include "auth/websandbox.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

namespace mcpc::ui {

namespace {

QString readProcValue(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).trimmed();
}

// Chromium's namespace sandbox starts with a new user namespace. Some kernels and
// containers forbid that for unprivileged processes even when /proc says nothing (a
// seccomp filter, an LSM), so try it, in a child that exits at once.
bool canCreateUserNamespace()
{
    const pid_t pid = fork();
    if (pid < 0)
        return true; // cannot tell: let Chromium decide, as before
    if (pid == 0)
        _exit(unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return true;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool chromiumFlagsDisableSandbox()
{
    return qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").split(u' ', Qt::SkipEmptyParts).contains(u"--no-sandbox");
}

} // namespace

WebSandbox WebSandbox::decide(const Facts &facts)
{
    WebSandbox s;
    if (facts.sandboxDisabled) {
        s.m_mode = Mode::EmbeddedUnsandboxed;
        s.m_reason = QCoreApplication::translate("WebSandbox", "The sign-in page runs without Chromium's sandbox (QTWEBENGINE_DISABLE_SANDBOX or "
                                    "--no-sandbox); only sign in to servers you trust.");
        return s;
    }
    if (facts.root) {
        s.m_mode = Mode::SystemBrowser;
        s.m_reason = QCoreApplication::translate("WebSandbox", "MCP Connect is running as root, where the sign-in view's Chromium sandbox cannot run, "
                                    "so sign-in opens in your web browser.");
        return s;
    }
    if (facts.unprivilegedUsernsClone == u"0" || facts.maxUserNamespaces == u"0" || !facts.userNamespaceProbe) {
        s.m_mode = Mode::SystemBrowser;
        s.m_reason = QCoreApplication::translate("WebSandbox", "This system does not allow the user namespaces the sign-in view's Chromium sandbox "
                                    "needs, so sign-in opens in your web browser.");
        return s;
    }
    return s;
}

WebSandbox WebSandbox::detect(bool noSandboxOption)
{
    Facts f;
    f.sandboxDisabled = noSandboxOption || qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX") == u"1"
                        || chromiumFlagsDisableSandbox();
    f.root = geteuid() == 0;
    if (!f.sandboxDisabled && !f.root) {
        f.unprivilegedUsernsClone = readProcValue("/proc/sys/kernel/unprivileged_userns_clone");
        f.maxUserNamespaces = readProcValue("/proc/sys/user/max_user_namespaces");
        f.userNamespaceProbe = canCreateUserNamespace();
    }
    return decide(f);
}

void WebSandbox::applyToEnvironment() const
{
    if (m_mode == Mode::EmbeddedUnsandboxed)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

} // namespace mcpc::ui
