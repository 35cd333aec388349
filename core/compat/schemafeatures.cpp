#include "compat/schemafeatures.h"

#include <QSet>

namespace mcpc::compat {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

struct FeatureName
{
    SchemaFeature feature;
    const char *name;
};

constexpr FeatureName kNames[] = {
    {SchemaFeature::RootAnyOf, "rootAnyOf"},
    {SchemaFeature::RootOneOf, "rootOneOf"},
    {SchemaFeature::RootAllOf, "rootAllOf"},
    {SchemaFeature::RootNotObject, "rootNotObject"},
    {SchemaFeature::Ref, "ref"},
    {SchemaFeature::RefCycle, "refCycle"},
    {SchemaFeature::AdditionalProperties, "additionalProperties"},
    {SchemaFeature::Format, "format"},
    {SchemaFeature::NonStringEnum, "nonStringEnum"},
    {SchemaFeature::EmptyProperties, "emptyProperties"},
    {SchemaFeature::Depth, "depth"},
};

QString escapePointer(const std::string &key)
{
    QString k = QString::fromStdString(key);
    k.replace(u"~"_s, u"~0"_s);
    k.replace(u"/"_s, u"~1"_s);
    return k;
}

// A same-document reference ("#", "#/$defs/x") resolved inside root; nullptr otherwise.
const json *resolvePointer(const json &root, const std::string &ref)
{
    if (ref.empty() || ref[0] != '#')
        return nullptr;
    if (ref == "#")
        return &root;
    if (ref.size() < 2 || ref[1] != '/')
        return nullptr;
    try {
        const json::json_pointer ptr(ref.substr(1));
        return root.contains(ptr) ? &root.at(ptr) : nullptr;
    } catch (const json::exception &) {
        return nullptr;
    }
}

// Depth-first walk over every subschema-bearing value with a node budget. visit returns
// true to stop (found).
class Walker
{
public:
    Walker(const json &root, std::function<bool(const json &, const QString &, int)> visit)
        : m_root(root), m_visit(std::move(visit)) {}

    bool walk(const json &node, const QString &pointer, int depth)
    {
        if (++m_nodes > kMaxNodes || depth > kMaxWalkDepth)
            return false;
        if (m_visit(node, pointer, depth))
            return true;
        if (node.is_object()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it.key() == "enum" || it.key() == "const" || it.key() == "default" || it.key() == "examples")
                    continue; // values, not schemas
                if ((it->is_object() || it->is_array()) && walk(*it, pointer + u'/' + escapePointer(it.key()), depth + 1))
                    return true;
            }
        } else if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i)
                if ((node[i].is_object() || node[i].is_array()) && walk(node[i], pointer + u'/' + QString::number(i), depth + 1))
                    return true;
        }
        return false;
    }

private:
    const json &m_root;
    std::function<bool(const json &, const QString &, int)> m_visit;
    int m_nodes = 0;
};

// A $ref chain that comes back to a schema it is already expanding: the type refers to
// itself (directly or through others), which providers that inline references cannot do.
class CycleFinder
{
public:
    explicit CycleFinder(const json &root) : m_root(root) {}

    std::optional<QString> find(const json &node, const QString &pointer, int depth)
    {
        if (++m_nodes > kMaxNodes || depth > kMaxWalkDepth)
            return std::nullopt;
        if (node.is_object()) {
            if (const auto ref = node.find("$ref"); ref != node.end() && ref->is_string()) {
                const std::string target = ref->get<std::string>();
                if (m_stack.contains(target))
                    return pointer + u"/$ref"_s;
                if (const json *t = resolvePointer(m_root, target)) {
                    m_stack.insert(target);
                    auto hit = find(*t, pointer + u"/$ref"_s, depth + 1);
                    m_stack.remove(target);
                    if (hit)
                        return hit;
                }
            }
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it.key() == "$defs" || it.key() == "definitions" || it.key() == "enum" || it.key() == "const"
                    || it.key() == "default" || it.key() == "examples")
                    continue; // definitions are reached through references only
                if (it->is_structured())
                    if (auto hit = find(*it, pointer + u'/' + escapePointer(it.key()), depth + 1))
                        return hit;
            }
        } else if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i)
                if (node[i].is_structured())
                    if (auto hit = find(node[i], pointer + u'/' + QString::number(i), depth + 1))
                        return hit;
        }
        return std::nullopt;
    }

private:
    const json &m_root;
    QSet<std::string> m_stack;
    int m_nodes = 0;
};

} // namespace

std::optional<SchemaFeature> schemaFeatureFromName(const QString &name)
{
    for (const FeatureName &f : kNames)
        if (name == QLatin1StringView(f.name))
            return f.feature;
    return std::nullopt;
}

QStringList schemaFeatureNames()
{
    QStringList out;
    for (const FeatureName &f : kNames)
        out.append(QString::fromLatin1(f.name));
    return out;
}

std::optional<FeatureHit> findSchemaFeature(const json &schema, SchemaFeature feature, const QStringList &allowedFormats,
                                            int maxDepth)
{
    switch (feature) {
    case SchemaFeature::RootAnyOf:
    case SchemaFeature::RootOneOf:
    case SchemaFeature::RootAllOf: {
        const char *key = feature == SchemaFeature::RootAnyOf ? "anyOf" : feature == SchemaFeature::RootOneOf ? "oneOf" : "allOf";
        if (schema.is_object() && schema.contains(key))
            return FeatureHit{u"/"_s + QLatin1StringView(key)};
        return std::nullopt;
    }
    case SchemaFeature::RootNotObject: {
        const bool isObject = schema.is_object() && schema.contains("type") && schema["type"] == "object";
        return isObject ? std::nullopt : std::optional<FeatureHit>(FeatureHit{u"/type"_s});
    }
    case SchemaFeature::RefCycle: {
        CycleFinder finder(schema);
        if (auto hit = finder.find(schema, QString(), 0))
            return FeatureHit{*hit};
        return std::nullopt;
    }
    default:
        break;
    }

    std::optional<FeatureHit> found;
    Walker walker(schema, [&](const json &node, const QString &pointer, int depth) {
        if (!node.is_object())
            return false;
        switch (feature) {
        case SchemaFeature::Ref:
            if (node.contains("$ref"))
                found = FeatureHit{pointer + u"/$ref"_s};
            break;
        case SchemaFeature::AdditionalProperties:
            if (node.contains("additionalProperties"))
                found = FeatureHit{pointer + u"/additionalProperties"_s};
            break;
        case SchemaFeature::Format:
            if (const auto f = node.find("format"); f != node.end() && f->is_string()
                && !allowedFormats.contains(QString::fromStdString(f->get<std::string>())))
                found = FeatureHit{pointer + u"/format"_s};
            break;
        case SchemaFeature::NonStringEnum:
            if (const auto e = node.find("enum"); e != node.end() && e->is_array())
                for (const json &v : *e)
                    if (!v.is_string())
                        found = FeatureHit{pointer + u"/enum"_s};
            break;
        case SchemaFeature::EmptyProperties:
            // A tool without arguments ({"type":"object","properties":{}}) is fine at the root.
            if (const auto p = node.find("properties"); !pointer.isEmpty() && p != node.end() && p->is_object() && p->empty())
                found = FeatureHit{pointer + u"/properties"_s};
            break;
        case SchemaFeature::Depth:
            if (depth > maxDepth)
                found = FeatureHit{pointer, depth};
            break;
        default:
            break;
        }
        return found.has_value();
    });
    walker.walk(schema, QString(), 0);
    return found;
}

} // namespace mcpc::compat
