// ClientConfigEngine: detection and status (what the client list shows).
#include "clientconfig/clientconfigengine.h"

#include "clientconfig/files/safefile.h"
#include "clientconfig/preparededit.h"

#include <QFileInfo>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

QString entryStateName(EntryState state)
{
    switch (state) {
    case EntryState::Absent: return u"absent"_s;
    case EntryState::Ours: return u"ours"_s;
    case EntryState::EditedByHand: return u"edited-by-hand"_s;
    case EntryState::Foreign: return u"not-ours"_s;
    case EntryState::Missing: return u"missing"_s;
    }
    return u"absent"_s;
}

QString planActionName(PlanAction action)
{
    switch (action) {
    case PlanAction::None: return u"none"_s;
    case PlanAction::Add: return u"add"_s;
    case PlanAction::Update: return u"update"_s;
    case PlanAction::Remove: return u"remove"_s;
    case PlanAction::DeleteFile: return u"delete-file"_s;
    }
    return u"none"_s;
}

Result<ClientStatus> ClientConfigEngine::status(const ClientTarget &target, const ServerProfile *profile,
                                                const QString &name) const
{
    const ClientAdapter *adapter = clientAdapter(target.client);
    if (!adapter)
        return std::unexpected(Error::make(ErrorKind::Usage, u"Unknown client '%1'."_s.arg(target.client)));
    ClientStatus s;
    s.id = adapter->id();
    s.displayName = adapter->displayName();
    s.scope = target.scope;
    for (const QString &dir : adapter->configDirs(m_env))
        if (QFileInfo::exists(dir))
            s.evidence << dir;
    for (const QString &bin : adapter->binaries())
        if (const QString found = m_env.findExecutable(bin); !found.isEmpty())
            s.evidence << found;
    s.installed = !s.evidence.isEmpty();
    s.variants = adapter->variants(m_env);
    s.notes = adapter->notes(m_env);
    s.serverName = name.isEmpty() && profile ? profile->name : name;

    auto location = adapter->location(m_env, target.scope, target.projectDir, target.variant);
    if (!location)
        return std::unexpected(location.error());
    s.configPath = location->path;
    auto snapshot = SafeFile::read(location->path);
    if (!snapshot) {
        s.problem = snapshot.error();
        return s;
    }
    s.configExists = snapshot->exists;
    auto editor = ConfigEditor::open(location->dialect, snapshot->bytes, location->path);
    if (!editor) {
        s.problem = editor.error();
        return s;
    }
    const QStringList container = adapter->resolveContainer(**editor, *location);
    auto record = m_ownership.record(target.client, location->path);
    if (record) {
        for (const OwnedEntry &e : record->entries)
            if (e.container == container)
                s.ourEntries << e.name;
    }
    const std::optional<JsonValue> servers = (*editor)->value(container);
    if (!s.serverName.isEmpty()) {
        const std::optional<JsonValue> current = (*editor)->value(container + QStringList{s.serverName});
        s.state = entryState(current, record ? record->entry(container, s.serverName) : nullptr);
        if (profile && current) {
            auto desired = adapter->entry(*profile, {}, m_env);
            s.matchesProfile = desired && *desired == *current;
        }
    }
    if (profile && profile->isHttp() && servers && servers->isObject()) {
        const QString url = ClientAdapter::normalizedUrl(profile->url.toString());
        for (const auto &[key, value] : servers->members())
            if (key != s.serverName && ClientAdapter::normalizedUrl(ClientAdapter::entryUrl(value)) == url)
                s.sameUrlEntries << key;
    }
    return s;
}

QList<ClientStatus> ClientConfigEngine::statusAll(const ServerProfile *profile, const QString &name) const
{
    QList<ClientStatus> out;
    for (const ClientAdapter *a : allClientAdapters()) {
        auto s = status({a->id()}, profile, name);
        if (s)
            out.append(*s);
    }
    return out;
}

} // namespace mcpc::clientconfig
