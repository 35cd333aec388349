// The JSONC reader and minimal-edit writer (VS Code, Zed, Cursor... files), in the three
// JSON dialects we edit. Properties in configeditfuzz.h.

#include "configeditfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const fuzz::ConfigDialect dialects[] = {fuzz::ConfigDialect::Json, fuzz::ConfigDialect::Jsonc,
                                                   fuzz::ConfigDialect::JsonWithComments};
    fuzz::checkEditProperties(dialects[data[0] % 3], QStringLiteral("mcpServers"), data + 1, size - 1);
    return 0;
}
