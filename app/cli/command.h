#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace mcpc::cli {

class Output;
class Services;

// What a command gets: its own arguments (after the command words), the output sink
// and lazily-created engine services.
struct CommandContext
{
    QStringList args;
    Output *out = nullptr;
    Services *services = nullptr;
};

// One invocation of one subcommand. start() does the work (usually asynchronously on
// the event loop) and emits finished() exactly once with the process exit code.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CommandContext ctx, QObject *parent = nullptr)
        : QObject(parent)
        , m_ctx(std::move(ctx))
    {
    }
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Emits finished() on the next event-loop turn, so start() may call it directly.
    void finish(int exitCode);
    CommandContext m_ctx;
};

struct CommandSpec
{
    QString name;      // "tools", or "servers add" for nested commands
    QString synopsis;  // "tools TARGET [--json]"
    QString summary;   // one line for the command list
    QString help;      // full text for `<command> --help`
    std::function<Command *(const CommandContext &)> create;
    bool hidden = false; // test-only commands stay out of the main help
};

// Each area contributes its commands; commands.cpp stitches them together.
QList<CommandSpec> profileCommands();
QList<CommandSpec> transferCommands();
QList<CommandSpec> toolCommands();
QList<CommandSpec> healthCommands();
QList<CommandSpec> catalogCommands();
QList<CommandSpec> demoCommands();
QList<CommandSpec> authCommands();
QList<CommandSpec> clientCommands();
QList<CommandSpec> loadCommands();
QList<CommandSpec> compatCommands();
QList<CommandSpec> verifyCommands();
QList<CommandSpec> allCommands();

} // namespace mcpc::cli
