#pragma once

namespace mcpc {

// The value of one hexadecimal digit, or -1: shared by the percent-decoders (URL queries,
// mcp-connect:// links) and the JSONC reader's \uXXXX escapes.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace mcpc
