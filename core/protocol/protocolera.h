#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace mcpc {

// Which generation of MCP a server speaks. Legacy: 2025-11-25 and earlier (initialize
// handshake, sessions). Modern: 2026-07-28 and later (no handshake; every request
// carries its version, capabilities and client info in _meta).
enum class ProtocolEra { Unknown, Legacy, Modern };

// What the user asked for: detect (auto), or force one era (no fallback).
enum class EraPreference { Auto, Modern, Legacy };

QString eraName(ProtocolEra era);                       // "modern", "legacy", "unknown"
std::optional<ProtocolEra> eraFromName(const QString &name);
std::optional<EraPreference> eraPreferenceFromName(const QString &name); // auto|modern|legacy

// The modern revisions we speak, newest first.
const QStringList &modernProtocolVersions();

// What detection settled, to remember per origin (HTTP) or per command (stdio).
struct EraHint
{
    ProtocolEra era = ProtocolEra::Unknown;
    QString version;   // the version that worked ("2026-07-28", "2025-11-25")
};

} // namespace mcpc

Q_DECLARE_METATYPE(mcpc::EraHint)
