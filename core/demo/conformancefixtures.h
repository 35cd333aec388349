#pragma once

#include "demo/demotool.h"

#include <QList>

#include <functional>

namespace mcpc::demo {

struct DemoCatalog;

// The fixtures that @modelcontextprotocol/conformance's server scenarios call by name
// (test_simple_text, test_image_content, test://static-text, test_simple_prompt, ...).
// Kept apart from the demo's own catalog so users never see them; enabled with the
// hidden `demo-server --conformance` flag.
void addConformanceFixtures(DemoCatalog *catalog);

// 2025-era fixtures that ask the client mid-call (test_sampling, test_elicitation, the
// SEP-1034/1330 elicitations); part of addConformanceFixtures.
QList<DemoTool> legacyClientRequestFixtures();

// The MCP 2026-07-28 server scenarios' fixtures (conformance 0.2.x): MRTR tools and a
// prompt that answer with InputRequiredResult, test_missing_capability (-32021),
// test_logging_tool, and hooks that change the tool/prompt lists for
// subscriptions/listen. All are modernOnly, so 2025 sessions never see them.
struct DemoListChangeHooks
{
    std::function<void()> toolsChanged;
    std::function<void()> promptsChanged;
};
void addModernConformanceFixtures(DemoCatalog *catalog, DemoListChangeHooks hooks);

} // namespace mcpc::demo
