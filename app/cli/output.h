#pragma once

#include "util/error.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>

namespace mcpc::cli {

// Everything the CLI prints goes through here, so --json and text modes stay consistent:
// in JSON mode stdout carries exactly one JSON document (the result, or an error
// envelope) and human text goes to stderr.
class Output
{
public:
    explicit Output(bool json);

    bool json() const { return m_json; }
    void line(const QString &text);                // stdout, text mode only
    void info(const QString &text);                // stderr, both modes (progress, hints)
    void document(const nlohmann::json &doc);      // stdout, JSON mode
    int fail(const Error &error);                  // prints the error, returns its exit code
    int usage(const QString &message);             // usage error, exit code 1

private:
    bool m_json = false;
};

} // namespace mcpc::cli
