#pragma once

#include <QByteArray>

namespace mcpc::clientconfig {

// How deep a TOML document nests its tables and values, measured without parsing it.
// toml++ limits nested arrays and inline tables (256) but not dotted keys: a key
// `a.a.a.…` of 200,000 parts builds tables that deep, and freeing them overflows the
// stack. TomlEditor checks this before handing a file to toml++. The count is an upper
// bound (header parts + key parts + open brackets), linear and without recursion.
struct TomlDepth
{
    int depth = 0;      // the deepest nesting seen (stops counting past the limit)
    qsizetype line = 1; // where it was reached
};

TomlDepth tomlNestingDepth(const QByteArray &text, int limit);

} // namespace mcpc::clientconfig
