// mcp-connect-cli: the MCP Connect engine, scriptable. Thin: argument dispatch only;
// each subcommand lives in its own file under app/cli/.
#include "cli/command.h"
#include "cli/output.h"
#include "cli/services.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace mcpc::cli;

namespace {

void printText(FILE *stream, const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stream);
}

QString mainHelp(const QList<CommandSpec> &specs)
{
    QString s = QStringLiteral(
        "mcp-connect-cli %1: connect AI clients to MCP servers, from the command line.\n\n"
        "Usage: mcp-connect-cli COMMAND [ARGS] [--json]\n\nCommands:\n")
                    .arg(QCoreApplication::applicationVersion());
    for (const CommandSpec &c : specs) {
        if (c.hidden)
            continue;
        if (c.synopsis.size() < 46)
            s += QStringLiteral("  %1%2\n").arg(c.synopsis.leftJustified(46, u' '), c.summary);
        else // too wide for the column: summary on its own line
            s += QStringLiteral("  %1\n  %2%3\n").arg(c.synopsis, QString(46, u' '), c.summary);
    }
    s += QStringLiteral(
        "\nGlobal options:\n"
        "  --json       machine-readable output on stdout (errors as {\"error\":{...}})\n"
        "  --secret-store keychain|memory|plaintext:<path>\n"
        "               where tokens and header values live (default: the OS keychain;\n"
        "               plaintext is an explicit opt-in for machines without a keyring)\n"
        "  -h, --help   help for a command: mcp-connect-cli COMMAND --help\n"
        "  --version    print the version\n\n"
        "Exit codes: 0 ok, 1 usage, 2 connection failure, 3 auth needed or failed,\n"
        "            4 server or tool error, 5 a local file could not be parsed or written,\n"
        "            6 the server needs input and there is no one to answer (see call --help).\n");
    return s;
}

// Longest match wins, so "servers add" is found before "servers".
const CommandSpec *findCommand(const QList<CommandSpec> &specs, const QStringList &words, int *consumed)
{
    const CommandSpec *best = nullptr;
    int bestLen = 0;
    for (const CommandSpec &c : specs) {
        const QStringList parts = c.name.split(u' ');
        if (parts.size() > words.size() || parts.size() <= bestLen)
            continue;
        bool match = true;
        for (int i = 0; i < parts.size() && match; ++i)
            match = parts[i] == words[i];
        if (match) {
            best = &c;
            bestLen = int(parts.size());
        }
    }
    *consumed = bestLen;
    return best;
}

// The secret store this run will use, read before QCoreApplication exists (the same
// rule as below: --secret-store VALUE wins over MCPC_SECRET_STORE; default keychain).
bool usesKeychain(int argc, char **argv)
{
    QByteArray spec = qgetenv("MCPC_SECRET_STORE");
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--secret-store") == 0)
            spec = argv[i + 1];
    return !(spec == "memory" || spec.startsWith("plaintext:"));
}

} // namespace

int main(int argc, char **argv)
{
    // QtKeychain's GNOME backend (libsecret) answers through the GLib main loop, so a
    // run that may touch the keychain keeps Qt's GLib event dispatcher. Any other run
    // uses Qt's own, which costs about a third less CPU per request (tests/bench).
    const bool plainLoop = !usesKeychain(argc, argv) && !qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (plainLoop)
        qputenv("QT_NO_GLIB", "1");
    // With no session bus and no X11 display, libsecret would try D-Bus autolaunch,
    // which cannot work and prints stray text; fail fast and say it our way instead.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QCoreApplication app(argc, argv);
    if (plainLoop) // chosen; stdio servers we start must not inherit the choice
        qunsetenv("QT_NO_GLIB");
    // The CLI tells users what matters through its own output; engine log lines are for
    // debugging (MCPC_VERBOSE=1 or QT_LOGGING_RULES turn them on).
    if (qEnvironmentVariableIsEmpty("MCPC_VERBOSE") && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("mcpc.*.warning=false"));
    QCoreApplication::setApplicationName(QStringLiteral("mcp-connect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPC_VERSION));

    QStringList args = app.arguments().mid(1);
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    QString secretStore = qEnvironmentVariable("MCPC_SECRET_STORE");
    if (const qsizetype i = args.indexOf(QStringLiteral("--secret-store")); i >= 0 && i + 1 < args.size()) {
        secretStore = args.at(i + 1);
        args.remove(i, 2);
    }
    const bool help = args.removeAll(QStringLiteral("--help")) + args.removeAll(QStringLiteral("-h")) > 0;
    Output out(json);
    const QList<CommandSpec> specs = allCommands();

    if (args.contains(QStringLiteral("--version"))) {
        printText(stdout, QStringLiteral("mcp-connect-cli %1\n").arg(app.applicationVersion()));
        return 0;
    }
    if (args.isEmpty()) {
        printText(help ? stdout : stderr, mainHelp(specs));
        return help ? 0 : 1;
    }
    int consumed = 0;
    const CommandSpec *spec = findCommand(specs, args, &consumed);
    if (!spec) {
        // "servers" alone, or a typo: show the commands that start with the first word.
        printText(stderr, QStringLiteral("error: unknown command '%1'\n\n").arg(args.join(u' ')));
        printText(stderr, mainHelp(specs));
        return 1;
    }
    if (help) {
        printText(stdout, QStringLiteral("Usage: mcp-connect-cli %1\n\n%2\n").arg(spec->synopsis, spec->help));
        return 0;
    }

    Services services(&out, secretStore);
    if (const QString err = services.secretStoreSpecError(); !err.isEmpty())
        return out.usage(err);
    CommandContext ctx{args.mid(consumed), &out, &services};
    Command *command = spec->create(ctx);
    int exitCode = 0;
    QObject::connect(command, &Command::finished, &app, [&](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    command->start();
    app.exec();
    delete command;
    return exitCode;
}
