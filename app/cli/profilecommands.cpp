#include "cli/command.h"

namespace mcpc::cli {

QList<CommandSpec> profileCommands()
{
    return {};
}

} // namespace mcpc::cli
