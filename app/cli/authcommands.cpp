#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> authCommands()
{
    return {};
}

} // namespace mcpc::cli
