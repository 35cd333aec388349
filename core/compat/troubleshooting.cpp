#include "compat/troubleshooting.h"

namespace mcpc::compat {

using namespace Qt::StringLiterals;

QList<ToolNotAvailable> toolsNotAvailable(const QList<ClientReport> &reports)
{
    QList<ToolNotAvailable> out;
    for (const ClientReport &r : reports) {
        ToolNotAvailable c{r.client, r.displayName, {}, {}};
        for (const Finding &f : r.findings) {
            if (f.severity != Severity::Error || f.tool.isEmpty() || c.tools.contains(f.tool))
                continue;
            if (c.tools.isEmpty())
                c.first = f;
            c.tools << f.tool;
        }
        if (!c.tools.isEmpty())
            out << c;
    }
    return out;
}

QString describe(const ToolNotAvailable &c, int maxTools)
{
    QString names = c.tools.mid(0, maxTools).join(u", ");
    if (c.tools.size() > maxTools)
        names += u" and %1 more"_s.arg(c.tools.size() - maxTools);
    return u"Tool not available in %1: %2 (%3)"_s.arg(c.displayName, names, c.first.message);
}

} // namespace mcpc::compat
