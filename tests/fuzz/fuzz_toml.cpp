// The TOML editor for Codex's config.toml: [mcp_servers.NAME] tables. Properties in
// configeditfuzz.h.

#include "configeditfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::checkEditProperties(fuzz::ConfigDialect::Toml, QStringLiteral("mcp_servers"), data, size);
    return 0;
}
