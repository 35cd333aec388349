#include "cli/args.h"

namespace mcpc::cli {

QString parseArgs(QCommandLineParser &parser, const QStringList &args)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("mcp-connect-cli")} + args))
        return parser.errorText();
    return {};
}

QString expectPositional(const QCommandLineParser &parser, int min, int max, const QString &synopsis)
{
    const qsizetype n = parser.positionalArguments().size();
    if (n < min)
        return QStringLiteral("missing arguments. Usage: mcp-connect-cli %1").arg(synopsis);
    if (max >= 0 && n > max)
        return QStringLiteral("too many arguments ('%1'). Usage: mcp-connect-cli %2")
            .arg(parser.positionalArguments().mid(max).join(u' '), synopsis);
    return {};
}

} // namespace mcpc::cli
