// The user-data formatter (the "Your data" card and `mcp-connect-cli whoami`): a tool
// result from the server becomes "Label: value" lines. Properties: never throws on any
// JSON shape, one line per structuredContent key (seed fields first), labels non-empty
// and single-line, and the formatted text is exactly those lines.

#include "fuzzcheck.h"
#include "protocol/userdata.h"

#include <nlohmann/json.hpp>

using namespace mcpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto value = nlohmann::json::parse(data, data + size, nullptr, false);
    if (value.is_discarded())
        return 0;
    const auto result = parseToolResult(value);
    if (!result)
        return 0;
    const auto lines = userDataLines(*result);
    const nlohmann::json &sc = result->structuredContent;
    if (sc.is_object() && !sc.empty())
        FUZZ_CHECK(size_t(lines.size()) <= sc.size());
    QStringList expected;
    for (const auto &[label, text] : lines) {
        FUZZ_CHECK(!label.isEmpty() || !(sc.is_object() && !sc.empty()));
        expected << label + QStringLiteral(": ") + text;
    }
    const QString formatted = formatUserData(*result);
    if (!lines.isEmpty())
        FUZZ_CHECK(formatted == expected.join(u'\n'));
    return 0;
}
