#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace mcpc::schema {

// JSON Schema 2020-12 `$ref` resolution for reading tool schemas (SEP-2106): only
// same-document references ("#", "#/$defs/x", any "#/..." JSON pointer) are followed,
// never a URL (nothing is fetched), at most kMaxRefHops in a row, and a cycle stops the
// walk. What cannot be resolved stays as it is.
constexpr int kMaxRefHops = 32;

// `node` with its $ref chain followed inside `root` (the tool's inputSchema).
const nlohmann::json &resolve(const nlohmann::json &root, const nlohmann::json &node);

// The schema of argument `name` (properties of the resolved root), resolved; null json
// when the schema does not describe it.
nlohmann::json propertySchema(const nlohmann::json &root, const std::string &name);

// The JSON type the schema asks for ("string", "integer"...; the first non-null one of a
// type list, or the common type of anyOf/oneOf branches); empty when unknown.
QString typeOf(const nlohmann::json &root, const nlohmann::json &node);

} // namespace mcpc::schema
