#pragma once

// What every fuzz target shares: a property check that stops the run with a message
// (libFuzzer then saves the input as a crash-* file), and a byte reader that splits one
// fuzz input into a few independent choices.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                  \
        }                                                                                  \
    } while (0)

namespace fuzz {

// Takes a leading byte or two off the input for choices (split points, modes); the
// rest is the document under test. Short inputs give zeroes, never a read past the end.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    uint8_t byte()
    {
        if (m_size == 0)
            return 0;
        --m_size;
        return *m_data++;
    }
    QByteArray rest() const { return QByteArray(reinterpret_cast<const char *>(m_data), qsizetype(m_size)); }

private:
    const uint8_t *m_data;
    size_t m_size;
};

} // namespace fuzz
