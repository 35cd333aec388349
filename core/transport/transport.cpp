#include "transport/transport.h"

namespace mcpc {

Transport::~Transport() = default;

} // namespace mcpc
