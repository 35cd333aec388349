#pragma once

#include <QString>

namespace mcpc::demo {

struct DemoCatalog;

// Deliberately bad tools for the per-client compatibility report (issue 11): a tool
// with a 70-character name, one whose inputSchema is a root anyOf, one with a recursive
// $ref, and enough plain tools that the fixture alone brings kCompatFixtureToolCount
// tools. Hidden behind `demo-server --compat-fixture`; the normal demo never lists them.
void addCompatFixtures(DemoCatalog *catalog);

inline constexpr int kCompatFixtureToolCount = 150;
QString compatLongToolName(); // the 70-character name

} // namespace mcpc::demo
