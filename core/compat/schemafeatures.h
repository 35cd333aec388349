#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace mcpc::compat {

// JSON Schema features that some clients or their model providers refuse in a tool's
// inputSchema. Names are the "feature" values of a schemaFeature rule.
enum class SchemaFeature {
    RootAnyOf,            // "rootAnyOf": anyOf at the top of inputSchema
    RootOneOf,            // "rootOneOf"
    RootAllOf,            // "rootAllOf"
    RootNotObject,        // "rootNotObject": the top is not {"type":"object"}
    Ref,                  // "ref": any $ref (or $defs/definitions to point at)
    RefCycle,             // "refCycle": a $ref that leads back into itself (recursive type)
    AdditionalProperties, // "additionalProperties": the keyword anywhere
    Format,               // "format": a string format outside check.allowed
    NonStringEnum,        // "nonStringEnum": an enum with numbers, booleans or null
    EmptyProperties,      // "emptyProperties": an object schema with "properties": {}
    Depth                 // "depth": nesting deeper than check.maxDepth
};

std::optional<SchemaFeature> schemaFeatureFromName(const QString &name);
QStringList schemaFeatureNames();

// Where in the schema a feature was seen: a JSON pointer ("/properties/x/anyOf"), or
// the depth reached for Depth.
struct FeatureHit
{
    QString pointer;
    int depth = 0;
};

// Looks for one feature in `schema`. The walk is bounded (kMaxNodes nodes, kMaxWalkDepth
// levels, kMaxRefHops references in a chain) so a hostile schema costs little; what lies
// beyond the bounds is not reported. allowedFormats: for Format only.
std::optional<FeatureHit> findSchemaFeature(const nlohmann::json &schema, SchemaFeature feature,
                                            const QStringList &allowedFormats = {}, int maxDepth = 0);

inline constexpr int kMaxNodes = 20000;
inline constexpr int kMaxWalkDepth = 128;

} // namespace mcpc::compat
