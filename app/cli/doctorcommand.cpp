#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> doctorCommands()
{
    return {};
}

} // namespace mcpc::cli
