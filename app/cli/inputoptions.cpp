#include "cli/inputoptions.h"

#include "cli/terminalinputprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <unistd.h>

using nlohmann::json;

namespace mcpc::cli {

void InputOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("accept-input"), {}, QStringLiteral("json")});
    parser.addOption(QCommandLineOption(QStringLiteral("decline-input")));
    parser.addOption({QStringLiteral("root"), {}, QStringLiteral("dir")});
}

QString InputOptions::read(const QCommandLineParser &parser)
{
    const bool accept = parser.isSet(QStringLiteral("accept-input"));
    const bool decline = parser.isSet(QStringLiteral("decline-input"));
    if (accept && decline)
        return QStringLiteral("--accept-input and --decline-input contradict each other; pass one.");
    if (accept) {
        m_content = json::parse(parser.value(QStringLiteral("accept-input")).toStdString(), nullptr, false);
        if (m_content.is_discarded() || !m_content.is_object())
            return QStringLiteral("--accept-input must be a JSON object with the form's fields, e.g. '{\"confirmed\": true}'.");
        m_mode = Mode::Accept;
    } else if (decline) {
        m_mode = Mode::Decline;
    }
    for (const QString &dir : parser.values(QStringLiteral("root"))) {
        const QFileInfo info(dir);
        if (!info.isDir())
            return QStringLiteral("--root %1: not a folder.").arg(dir);
        const QString path = info.canonicalFilePath();
        m_roots.append({QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded), QDir(path).dirName()});
    }
    return {};
}

InputProvider *InputOptions::provider(Output *out, QObject *parent)
{
    if (m_mode == Mode::Ask && ::isatty(STDIN_FILENO)) {
        auto *terminal = new TerminalInputProvider(out, parent);
        terminal->setRoots(m_roots);
        return terminal;
    }
    m_fixed = std::make_unique<FixedInputProvider>(
        m_mode == Mode::Accept    ? FixedInputProvider::accepting(m_content)
        : m_mode == Mode::Decline ? FixedInputProvider::declining()
                                  : FixedInputProvider::refusing(QStringLiteral(
                                        "No terminal to ask on: pass --accept-input JSON (accept with these field values) or --decline-input.")));
    m_fixed->setRoots(m_roots);
    return m_fixed.get();
}

QString inputOptionsHelp()
{
    return QStringLiteral(
        "When the server needs input (MCP 2026-07-28 input_required: a form to fill in):\n"
        "  --accept-input JSON  accept every form with these field values, e.g. '{\"confirmed\":true}'\n"
        "                       (checked against the form; fields it does not ask for are left out)\n"
        "  --decline-input      decline every form\n"
        "  --root DIR           a folder to offer when the server asks for roots (repeatable;\n"
        "                       default none)\n"
        "Without either flag a terminal is asked field by field; with no terminal on stdin the\n"
        "command stops with exit code 6 (the server needs input). Sampling requests are refused:\n"
        "MCP Connect has no language model.");
}

} // namespace mcpc::cli
