#include "profiles/profilestore.h"
#include "util/jsonfield.h"

#include "util/boundedjson.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc {

namespace {

constexpr int kFormatVersion = 1;
const char *const kKnownKeys[] = {"name", "url", "command", "args", "transport", "auth",
                                  "headers", "userDataTool", "allowInsecureHttp"};

std::string s(const QString &q) { return q.toStdString(); }
QString q(const json &j) { return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString(); }

json toJson(const ServerProfile &p, const std::string &extra)
{
    json o = extra.empty() ? json::object() : parseJson(QByteArrayView(extra), QStringLiteral("A profile")).value_or(json());
    if (!o.is_object())
        o = json::object();
    o["name"] = s(p.name);
    o["transport"] = s(transportName(p.transport));
    o["auth"] = s(authModeName(p.auth));
    if (p.transport == TransportKind::Stdio) {
        o["command"] = s(p.command);
        json args = json::array();
        for (const QString &a : p.args)
            args.push_back(s(a));
        o["args"] = args;
        o.erase("url");
    } else {
        o["url"] = s(p.url.toString());
        o.erase("command");
        o.erase("args");
    }
    json headers = json::array();
    for (const QString &h : p.headerNames)
        headers.push_back(s(h));
    o["headers"] = headers;
    if (!p.userDataTool.isEmpty())
        o["userDataTool"] = s(p.userDataTool);
    else
        o.erase("userDataTool");
    o["allowInsecureHttp"] = p.allowInsecureHttp;
    return o;
}

ServerProfile fromJson(const json &o)
{
    ServerProfile p;
    p.name = q(o.value("name", json()));
    p.url = QUrl(q(o.value("url", json())));
    p.command = q(o.value("command", json()));
    if (auto it = o.find("args"); it != o.end() && it->is_array())
        for (const json &a : *it)
            p.args << q(a);
    p.transport = transportFromName(q(o.value("transport", json()))).value_or(TransportKind::Auto);
    p.auth = authModeFromName(q(o.value("auth", json()))).value_or(AuthMode::None);
    if (auto it = o.find("headers"); it != o.end() && it->is_array())
        for (const json &h : *it)
            p.headerNames << q(h);
    p.userDataTool = q(o.value("userDataTool", json()));
    p.allowInsecureHttp = jsonBool(o, "allowInsecureHttp", false);
    return p;
}

Error ioError(const QString &msg) { return Error::make(ErrorKind::Io, msg); }

} // namespace

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultPath()
{
    // AppConfigLocation honours XDG_CONFIG_HOME/HOME, which the tests point at temp dirs.
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json");
}

Result<void> ProfileStore::load()
{
    if (m_loaded)
        return {};
    QFile f(m_path);
    if (!f.exists()) {
        m_loaded = true;
        return {};
    }
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(ioError(QStringLiteral("Cannot read %1: %2").arg(m_path, f.errorString())));
    const QByteArray bytes = f.readAll();
    const QString invalid =
        QStringLiteral("%1 is not a valid profile file; it was left untouched. Fix or move it, then try again.").arg(m_path);
    auto parsed = parseJson(bytes, QStringLiteral("The profile file %1").arg(m_path), ErrorKind::Parse, invalid);
    if (!parsed) {
        parsed.error().hint = QStringLiteral("It was left untouched. Fix or move it, then try again.");
        return std::unexpected(parsed.error());
    }
    json doc = std::move(*parsed);
    if (!doc.is_object() || !doc.value("profiles", json()).is_array())
        return std::unexpected(Error::make(ErrorKind::Parse, invalid));
    m_profiles.clear();
    m_unknownKeys.clear();
    for (const json &o : doc["profiles"]) {
        if (!o.is_object())
            continue;
        ServerProfile p = fromJson(o);
        json extra = o;
        for (const char *k : kKnownKeys)
            extra.erase(k);
        if (!extra.empty())
            m_unknownKeys[p.name] = extra.dump();
        m_profiles.append(p);
    }
    m_loaded = true;
    return {};
}

Result<void> ProfileStore::save()
{
    json list = json::array();
    for (const ServerProfile &p : m_profiles) {
        auto it = m_unknownKeys.find(p.name);
        list.push_back(toJson(p, it == m_unknownKeys.end() ? std::string() : it->second));
    }
    const json doc = {{"version", kFormatVersion}, {"profiles", list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return std::unexpected(ioError(QStringLiteral("Cannot write %1: %2").arg(m_path, f.errorString())));
    const std::string text = doc.dump(2) + "\n";
    f.write(text.data(), qint64(text.size()));
    // Before commit(): afterwards QSaveFile has no file name any more, so the call only
    // warned ("Empty filename passed to function") and left the permissions unchanged.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!f.commit())
        return std::unexpected(ioError(QStringLiteral("Cannot write %1: %2").arg(m_path, f.errorString())));
    qCDebug(lcProfiles) << "saved" << m_profiles.size() << "profiles";
    return {};
}

Result<QList<ServerProfile>> ProfileStore::profiles()
{
    if (auto r = load(); !r)
        return std::unexpected(r.error());
    return m_profiles;
}

Result<std::optional<ServerProfile>> ProfileStore::find(const QString &name)
{
    if (auto r = load(); !r)
        return std::unexpected(r.error());
    for (const ServerProfile &p : m_profiles)
        if (p.name == name)
            return std::optional<ServerProfile>(p);
    return std::optional<ServerProfile>();
}

Result<void> ProfileStore::add(const ServerProfile &profile)
{
    if (auto r = validateProfile(profile); !r)
        return r;
    if (auto r = load(); !r)
        return r;
    for (const ServerProfile &p : m_profiles)
        if (p.name == profile.name)
            return std::unexpected(Error::make(ErrorKind::Usage,
                QStringLiteral("A server named '%1' already exists.").arg(profile.name), 0,
                QStringLiteral("Pick another name, or remove the old one first.")));
    m_profiles.append(profile);
    return save();
}

Result<void> ProfileStore::update(const ServerProfile &profile)
{
    if (auto r = validateProfile(profile); !r)
        return r;
    if (auto r = load(); !r)
        return r;
    for (ServerProfile &p : m_profiles) {
        if (p.name == profile.name) {
            p = profile;
            return save();
        }
    }
    return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("No server named '%1'.").arg(profile.name)));
}

Result<void> ProfileStore::remove(const QString &name)
{
    if (auto r = load(); !r)
        return r;
    const auto removed = m_profiles.removeIf([&](const ServerProfile &p) { return p.name == name; });
    if (removed == 0)
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("No server named '%1'.").arg(name)));
    m_unknownKeys.erase(name);
    return save();
}

Result<std::string> ProfileStore::extraValue(const QString &name, const std::string &key)
{
    if (auto r = load(); !r)
        return std::unexpected(r.error());
    auto it = m_unknownKeys.find(name);
    if (it == m_unknownKeys.end())
        return std::string();
    const json extra = parseJson(QByteArrayView(it->second), QStringLiteral("A profile")).value_or(json());
    if (!extra.is_object() || !extra.contains(key))
        return std::string();
    return extra[key].dump();
}

Result<void> ProfileStore::setExtraValue(const QString &name, const std::string &key, const std::string &jsonText)
{
    if (auto r = load(); !r)
        return r;
    bool exists = false;
    for (const ServerProfile &p : m_profiles)
        exists = exists || p.name == name;
    if (!exists)
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("No server named '%1'.").arg(name)));
    json extra = json::object();
    if (auto it = m_unknownKeys.find(name); it != m_unknownKeys.end()) {
        extra = parseJson(QByteArrayView(it->second), QStringLiteral("A profile")).value_or(json());
        if (!extra.is_object())
            extra = json::object();
    }
    if (jsonText.empty()) {
        extra.erase(key);
    } else {
        auto value = parseJson(QByteArrayView(jsonText), QStringLiteral("The value for profile key '%1'").arg(QString::fromStdString(key)),
                               ErrorKind::Parse, QStringLiteral("Invalid JSON for profile key."));
        if (!value)
            return std::unexpected(value.error());
        extra[key] = std::move(*value);
    }
    if (extra.empty())
        m_unknownKeys.erase(name);
    else
        m_unknownKeys[name] = extra.dump();
    return save();
}

} // namespace mcpc
