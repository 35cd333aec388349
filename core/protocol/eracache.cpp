#include "protocol/eracache.h"

#include "profiles/profilestore.h"
#include "protocol/types.h"
#include "util/boundedjson.h"
#include "util/jsonfield.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc {

namespace {
constexpr qint64 kMaxCacheBytes = 1024 * 1024; // a cache, not a database: refuse anything bigger
constexpr int kMaxEntries = 500;

json readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxCacheBytes)
        return json::object();
    const QByteArray bytes = f.readAll();
    json doc = parseBoundedJson(bytes).value;
    return doc.is_object() ? doc : json::object(); // a damaged cache is just empty
}
} // namespace

EraCache::EraCache(QString path)
    : m_path(std::move(path))
{
}

QString EraCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/mcp-connect/protocol-eras.json");
}

QString EraCache::keyFor(const ServerProfile &profile)
{
    if (!profile.isHttp())
        return QStringLiteral("stdio:") + (QStringList{profile.command} + profile.args).join(u' ');
    const QUrl &u = profile.url;
    // The era belongs to the origin (spec: versioning, backward compatibility).
    return u.scheme() + QStringLiteral("://") + u.host().toLower()
           + (u.port() > 0 ? QStringLiteral(":%1").arg(u.port()) : QString());
}

std::string EraCache::toJsonText(const EraHint &hint)
{
    return json{{"era", eraName(hint.era).toStdString()}, {"version", hint.version.toStdString()}}.dump();
}

EraHint EraCache::fromJsonText(const std::string &text)
{
    const json o = parseBoundedJson(QByteArrayView(text.data(), qsizetype(text.size()))).value;
    EraHint hint;
    if (!o.is_object())
        return hint;
    const auto era = eraFromName(jsonString(o, "era"));
    const QString version = jsonString(o, "version");
    const bool known = era == ProtocolEra::Modern ? modernProtocolVersions().contains(version)
                     : era == ProtocolEra::Legacy ? supportedProtocolVersions().contains(version)
                                                  : false;
    if (known) {
        hint.era = *era;
        hint.version = version;
    }
    return hint;
}

EraHint EraCache::lookup(const QString &key) const
{
    const json doc = readFile(m_path);
    auto it = doc.find(key.toStdString());
    return it == doc.end() ? EraHint{} : fromJsonText(it->dump());
}

Result<void> EraCache::store(const QString &key, const EraHint &hint)
{
    json doc = readFile(m_path);
    if (doc.size() >= kMaxEntries && !doc.contains(key.toStdString()))
        doc = json::object(); // start over rather than grow without bound
    doc[key.toStdString()] = json::parse(toJsonText(hint));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Could not write %1: %2").arg(m_path, f.errorString())));
    f.write(QByteArray::fromStdString(doc.dump(2)));
    if (!f.commit())
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Could not write %1: %2").arg(m_path, f.errorString())));
    return {};
}

EraHint EraCache::forProfile(ProfileStore *store, const QString &profileName)
{
    auto text = store->extraValue(profileName, "protocolEra");
    return text && !text->empty() ? fromJsonText(*text) : EraHint{};
}

Result<void> EraCache::storeForProfile(ProfileStore *store, const QString &profileName, const EraHint &hint)
{
    return store->setExtraValue(profileName, "protocolEra", toJsonText(hint));
}

} // namespace mcpc
