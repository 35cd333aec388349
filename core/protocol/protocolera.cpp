#include "protocol/protocolera.h"

#include <QStringList>

namespace mcpc {

QString eraName(ProtocolEra era)
{
    switch (era) {
    case ProtocolEra::Legacy: return QStringLiteral("legacy");
    case ProtocolEra::Modern: return QStringLiteral("modern");
    case ProtocolEra::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<ProtocolEra> eraFromName(const QString &name)
{
    if (name == u"legacy")
        return ProtocolEra::Legacy;
    if (name == u"modern")
        return ProtocolEra::Modern;
    return std::nullopt;
}

std::optional<EraPreference> eraPreferenceFromName(const QString &name)
{
    if (name == u"auto")
        return EraPreference::Auto;
    if (name == u"modern")
        return EraPreference::Modern;
    if (name == u"legacy")
        return EraPreference::Legacy;
    return std::nullopt;
}

const QStringList &modernProtocolVersions()
{
    static const QStringList versions{QStringLiteral("2026-07-28")};
    return versions;
}

} // namespace mcpc
