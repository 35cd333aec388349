#pragma once

#include "profiles/serverprofile.h"

#include <QList>
#include <QString>

#include <map>
#include <string>

namespace mcpc {

// The user's server profiles, one JSON file in the app's config directory
// ($XDG_CONFIG_HOME/mcp-connect/profiles.json on Linux), written atomically.
// Keys this version does not know are kept as they were, so an older build never
// drops what a newer one wrote.
class ProfileStore
{
public:
    explicit ProfileStore(QString path);
    ~ProfileStore();

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file (a missing file is an empty store). A file we cannot parse is an
    // error, and nothing is written over it.
    Result<QList<ServerProfile>> profiles();
    Result<std::optional<ServerProfile>> find(const QString &name);

    Result<void> add(const ServerProfile &profile);    // fails if the name exists
    Result<void> update(const ServerProfile &profile); // fails if it does not
    Result<void> remove(const QString &name);

    // Extra per-profile JSON members this struct does not model (e.g. "oauth": the
    // sign-in's non-secret metadata). Values are JSON text; "" = absent / remove.
    Result<std::string> extraValue(const QString &name, const std::string &key);
    Result<void> setExtraValue(const QString &name, const std::string &key, const std::string &jsonText);

private:
    Result<void> load();
    Result<void> save();

    QString m_path;
    bool m_loaded = false;
    QList<ServerProfile> m_profiles;
    std::map<QString, std::string> m_unknownKeys; // profile name -> JSON object of extra keys
};

} // namespace mcpc
