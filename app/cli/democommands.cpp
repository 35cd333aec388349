#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> demoCommands()
{
    return {};
}

} // namespace mcpc::cli
