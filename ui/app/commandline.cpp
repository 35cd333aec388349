#include <QCoreApplication>
#include "app/commandline.h"

namespace mcpc::ui {

QString CommandLine::helpText()
{
    return QCoreApplication::translate("CommandLine", "Usage: mcp-connect [--demo [--no-auth]] [--theme light|dark|system] [LINK]\n"
        "\n"
        "MCP Connect: add MCP servers, see at a glance whether they are up, what tools they\n"
        "offer and what a \"user data\" call returns, and connect your AI clients to them.\n"
        "\n"
        "LINK, an \"Add to MCP Connect\" link (mcp-connect://add?url=…&name=…), opens the add\n"
        "dialog pre-filled; nothing is added until you press Add. A running MCP Connect takes\n"
        "the link (and comes to the front) instead of a second window opening.\n"
        "\n"
        "Options:\n"
        "  --demo            start the built-in demo MCP server on this computer (port 3000,\n"
        "                    or a free port if 3000 is taken) and show it: no account, no network.\n"
        "                    Sign-in is on, like a real server: press Sign in, then Allow on its\n"
        "                    consent page (you are signed in as the demo user)\n"
        "  --no-auth         with --demo: run the demo server without sign-in\n"
        "  --no-sandbox      show sign-in pages in the app even where Chromium's sandbox\n"
        "                    cannot run (as root, or without user namespaces; otherwise\n"
        "                    they open in your web browser). Only for servers you trust\n"
        "  --theme MODE      light, dark, or system (default)\n"
        "  -h, --help        show this help\n"
        "  -v, --version     show the version\n"
        "\n"
        "Keyboard: Ctrl+N add server · F5 check now · Del remove · Ctrl+F search tools ·\n"
        "Ctrl+Enter run tool · Ctrl+1..4 switch tabs · F1 all shortcuts\n"
        "\n"
        "The same engine is scriptable: mcp-connect-cli --help\n");
}

namespace {

CommandLine usageError(const QString &message)
{
    CommandLine c;
    c.exitCode = 1;
    c.output = message;
    return c;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine c;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--demo") {
            c.demo = true;
        } else if (a == u"--no-auth") {
            c.noAuth = true;
        } else if (a == u"--no-sandbox") {
            c.noSandbox = true;
        } else if (a == u"--print-ready") {
            c.printReady = true;
        } else if (a == u"--press-sign-in") {
            c.pressSignIn = true;
        } else if (a == u"--crash-for-test") {
            c.crashForTest = true;
        } else if (a == u"--bench-probe") {
            bool ok = false;
            c.benchProbeSeconds = arguments.value(++i).toInt(&ok);
            if (!ok || c.benchProbeSeconds <= 0)
                return usageError(QCoreApplication::translate("CommandLine", "mcp-connect: --bench-probe needs a number of seconds.\n"));
        } else if (a == u"--tab" || a.startsWith(u"--tab=")) {
            const QString v = a.contains(u'=') ? a.section(u'=', 1) : arguments.value(++i);
            if (!QStringList{QStringLiteral("overview"), QStringLiteral("tools"), QStringLiteral("clients"), QStringLiteral("log")}.contains(v))
                return usageError(QCoreApplication::translate("CommandLine", "mcp-connect: --tab must be overview, tools, clients or log (got '%1').\n").arg(v));
            c.tab = v;
        } else if (a == u"--theme" || a.startsWith(u"--theme=")) {
            const QString v = a.contains(u'=') ? a.section(u'=', 1) : arguments.value(++i);
            if (v == u"light")
                c.theme = theme::Mode::Light;
            else if (v == u"dark")
                c.theme = theme::Mode::Dark;
            else if (v == u"system")
                c.theme = theme::Mode::System;
            else
                return usageError(QCoreApplication::translate("CommandLine", "mcp-connect: --theme must be light, dark or system (got '%1').\n").arg(v));
        } else if (a == u"-h" || a == u"--help") {
            c.exitCode = 0;
            c.output = helpText();
            return c;
        } else if (a == u"-v" || a == u"--version") {
            c.exitCode = 0;
            c.output = QCoreApplication::translate("CommandLine", "mcp-connect %1\n").arg(QStringLiteral(MCPC_VERSION));
            return c;
        } else if (a.startsWith(u"mcp-connect:", Qt::CaseInsensitive)) {
            c.links << a; // checked when it is opened: a bad link gets a message in the window
        } else if (a.startsWith(u"-platform") || a.startsWith(u"-style") || a.startsWith(u"-display")) {
            // Qt's own options: QApplication handles them.
            if (!a.contains(u'=') && i + 1 < arguments.size())
                ++i;
        } else {
            return usageError(QCoreApplication::translate("CommandLine", "mcp-connect: unknown option '%1'. See mcp-connect --help.\n").arg(a));
        }
    }
    return c;
}

} // namespace mcpc::ui
