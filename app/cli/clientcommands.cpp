#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> clientCommands()
{
    return {};
}

} // namespace mcpc::cli
