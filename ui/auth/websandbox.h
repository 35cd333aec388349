#pragma once

#include <QString>

namespace mcpc::ui {

// Whether the embedded consent view (QtWebEngine, i.e. Chromium) can run here, decided
// in main() before any QWebEngine object exists. Chromium refuses to start as root with
// its sandbox ("Running as root without --no-sandbox is not supported") and cannot build
// the sandbox without user namespaces; in both cases it takes the whole process down.
// Then sign-in uses the system browser instead (the OAuth loopback listener gets the
// redirect, as with `mcp-connect-cli login --browser system`). Turning the sandbox off
// (QTWEBENGINE_DISABLE_SANDBOX=1, or the app's --no-sandbox) is an explicit opt-in that
// keeps the embedded view, with a visible warning.
class WebSandbox
{
public:
    enum class Mode {
        Embedded,            // sandboxed consent view: the normal case
        EmbeddedUnsandboxed, // the user turned the sandbox off: embedded view, with a warning
        SystemBrowser,       // the sandbox cannot run: sign in in the default browser
    };

    // What the decision looks at; `detect` fills it from this machine.
    struct Facts
    {
        bool sandboxDisabled = false;   // QTWEBENGINE_DISABLE_SANDBOX=1, --no-sandbox in the Chromium flags, or our option
        bool root = false;              // effective uid 0
        QString unprivilegedUsernsClone; // /proc/sys/kernel/unprivileged_userns_clone ("" if absent)
        QString maxUserNamespaces;       // /proc/sys/user/max_user_namespaces ("" if absent)
        bool userNamespaceProbe = true;  // a forked child could unshare(CLONE_NEWUSER)
    };

    static WebSandbox decide(const Facts &facts);
    // Reads this process and machine. Forks a short-lived child for the probe: call it
    // before QApplication exists (no threads yet). `noSandboxOption`: the app's --no-sandbox.
    static WebSandbox detect(bool noSandboxOption);

    Mode mode() const { return m_mode; }
    bool embedded() const { return m_mode != Mode::SystemBrowser; }
    // One sentence: why sign-in opens in the browser, or the warning for the opt-in.
    QString reason() const { return m_reason; }

    // For the opt-in: tells QtWebEngine to start Chromium without its sandbox. Before
    // QApplication.
    void applyToEnvironment() const;

private:
    Mode m_mode = Mode::Embedded;
    QString m_reason;
};

} // namespace mcpc::ui
