#pragma once

#include "profiles/serverprofile.h"
#include "protocol/protocolera.h"
#include "util/error.h"

#include <QString>

#include <string>

namespace mcpc {

class ProfileStore;

// Remembers which protocol era a server speaks, so the next connection skips detection
// (one request instead of two). Saved profiles keep it in the profile ("protocolEra");
// URLs typed on the command line use a small JSON file in the XDG cache directory,
// keyed per origin (HTTP) or per command line (stdio). A wrong entry costs one re-probe.
class EraCache
{
public:
    explicit EraCache(QString path = defaultPath());
    static QString defaultPath(); // $XDG_CACHE_HOME/mcp-connect/protocol-eras.json

    // "https://host:port" for HTTP targets, "stdio:<command> <args>" for processes.
    static QString keyFor(const ServerProfile &profile);

    EraHint lookup(const QString &key) const;
    Result<void> store(const QString &key, const EraHint &hint);

    // The profile's own record (ProfileStore extra key "protocolEra").
    static EraHint forProfile(ProfileStore *store, const QString &profileName);
    static Result<void> storeForProfile(ProfileStore *store, const QString &profileName, const EraHint &hint);

    static std::string toJsonText(const EraHint &hint);
    static EraHint fromJsonText(const std::string &text); // Unknown when unusable

private:
    QString m_path;
};

} // namespace mcpc
