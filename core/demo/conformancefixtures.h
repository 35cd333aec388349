#pragma once

namespace mcpc::demo {

struct DemoCatalog;

// The fixtures that @modelcontextprotocol/conformance's server scenarios call by name
// (test_simple_text, test_image_content, test://static-text, test_simple_prompt, ...).
// Kept apart from the demo's own catalog so users never see them; enabled with the
// hidden `demo-server --conformance` flag.
void addConformanceFixtures(DemoCatalog *catalog);

} // namespace mcpc::demo
