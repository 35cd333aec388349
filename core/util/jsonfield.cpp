#include "util/jsonfield.h"

namespace mcpc {

QString jsonString(const nlohmann::json &object, const char *key)
{
    return jsonString(object, key, QString());
}

} // namespace mcpc
