#include "protocol/schemaref.h"

#include <set>

using nlohmann::json;

namespace mcpc::schema {

namespace {

const json &nullJson()
{
    static const json n;
    return n;
}

// "#/$defs/a~1b" -> root["$defs"]["a/b"]; nullptr when it leads nowhere.
const json *pointer(const json &root, const std::string &ref)
{
    if (ref == "#")
        return &root;
    if (ref.rfind("#/", 0) != 0)
        return nullptr; // a URL or an anchor: never fetched, not resolved
    const json *at = &root;
    size_t pos = 2;
    while (pos <= ref.size()) {
        const size_t slash = ref.find('/', pos);
        std::string token = ref.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos);
        for (size_t i; (i = token.find("~1")) != std::string::npos;)
            token.replace(i, 2, "/");
        for (size_t i; (i = token.find("~0")) != std::string::npos;)
            token.replace(i, 2, "~");
        if (at->is_object()) {
            auto it = at->find(token);
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else if (at->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos
                   && token.size() < 9) {
            const size_t index = std::stoul(token);
            if (index >= at->size())
                return nullptr;
            at = &(*at)[index];
        } else {
            return nullptr;
        }
        if (slash == std::string::npos)
            break;
        pos = slash + 1;
    }
    return at;
}

} // namespace

const json &resolve(const json &root, const json &node)
{
    const json *at = &node;
    std::set<const json *> seen;
    for (int hop = 0; hop < kMaxRefHops; ++hop) {
        if (!at->is_object())
            return *at;
        auto ref = at->find("$ref");
        if (ref == at->end() || !ref->is_string())
            return *at;
        if (!seen.insert(at).second)
            return *at; // a cycle: stop where we are
        const json *next = pointer(root, ref->get<std::string>());
        if (!next)
            return *at;
        at = next;
    }
    return *at;
}

json propertySchema(const json &root, const std::string &name)
{
    const json &r = resolve(root, root);
    if (!r.is_object())
        return nullJson();
    auto props = r.find("properties");
    if (props == r.end() || !props->is_object())
        return nullJson();
    auto p = props->find(name);
    if (p == props->end())
        return nullJson();
    return resolve(root, *p);
}

QString typeOf(const json &root, const json &node)
{
    const json &n = resolve(root, node);
    if (!n.is_object())
        return {};
    if (auto t = n.find("type"); t != n.end()) {
        if (t->is_string())
            return QString::fromStdString(t->get<std::string>());
        if (t->is_array())
            for (const json &x : *t)
                if (x.is_string() && x != "null")
                    return QString::fromStdString(x.get<std::string>());
    }
    // anyOf/oneOf whose branches agree (a nullable $ref is the common case).
    for (const char *key : {"anyOf", "oneOf"}) {
        auto branches = n.find(key);
        if (branches == n.end() || !branches->is_array())
            continue;
        QString common;
        for (const json &b : *branches) {
            const json &rb = resolve(root, b);
            if (rb.is_object() && rb.value("type", json()) == "null")
                continue;
            const QString t = rb.is_object() && rb.value("type", json()).is_string()
                                  ? QString::fromStdString(rb["type"].get<std::string>()) : QString();
            if (t.isEmpty() || (!common.isEmpty() && t != common))
                return {};
            common = t;
        }
        return common;
    }
    return {};
}

} // namespace mcpc::schema
