#include "cli/command.h"

#include <QTimer>

namespace mcpc::cli {

void Command::finish(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> all;
    all += profileCommands();
    all += transferCommands();
    all += toolCommands();
    all += healthCommands();
    all += catalogCommands();
    all += authCommands();
    all += clientCommands();
    all += loadCommands();
    all += compatCommands();
    all += verifyCommands();
    all += demoCommands();
    return all;
}

} // namespace mcpc::cli
