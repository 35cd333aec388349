#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> toolCommands()
{
    return {};
}

} // namespace mcpc::cli
