#pragma once

#include "protocol/inputprovider.h"

#include <QCommandLineParser>
#include <QObject>
#include <QString>

#include <memory>

namespace mcpc::cli {

class Output;

// --accept-input JSON / --decline-input / --root DIR: how a command that may get an
// input_required result (call, prompts get, resources read) answers the server. With
// neither answer flag, a terminal on stdin is asked field by field; a script without a
// terminal fails with exit 6 and a hint naming the two flags.
class InputOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // Reads the options; "" on success, else a usage message.
    QString read(const QCommandLineParser &parser);
    // The provider for this run (owned by `parent` or by this object).
    InputProvider *provider(Output *out, QObject *parent);

private:
    enum class Mode { Ask, Accept, Decline };
    Mode m_mode = Mode::Ask;
    nlohmann::json m_content;
    QList<RootEntry> m_roots;
    std::unique_ptr<FixedInputProvider> m_fixed;
};

QString inputOptionsHelp();

} // namespace mcpc::cli
