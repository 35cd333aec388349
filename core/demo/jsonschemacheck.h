#pragma once

#include <nlohmann/json.hpp>

#include <QStringList>

namespace mcpc::demo {

// A small JSON Schema checker for the keywords the demo's tool schemas use: type (one
// or a list), properties, required, additionalProperties (bool or schema), items, enum,
// const, minimum, maximum, minLength, maxLength, minItems, maxItems. Other keywords
// ($schema, $defs, description, format, ...) are accepted without checking. Used to
// validate tool arguments (failures become isError results, MCP 2025-11-25) and, in the
// tests, structuredContent against outputSchema.
// Returns one message per violation, each starting with a JSON pointer ("/steps: ...").
QStringList checkJsonSchema(const nlohmann::json &schema, const nlohmann::json &value);

} // namespace mcpc::demo
