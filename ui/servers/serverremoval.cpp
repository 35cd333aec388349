#include "servers/serverremoval.h"

#include "app/appservices.h"
#include "monitor/statusmonitor.h"
#include "servers/profilesaver.h"
#include "servers/serverlistmodel.h"
#include "widgets/banner.h"

namespace mcpc::ui {

ServerRemoval::ServerRemoval(ServerListModel *model, AppServices *services, Banner *notice, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_services(services)
    , m_notice(notice)
{
}

int ServerRemoval::hide(const QString &name)
{
    const ServerProfile *p = m_model->profile(name);
    if (!p)
        return -1;
    if (m_pending)
        m_notice->dismiss(); // one undo at a time: the earlier removal is final now
    const ServerProfile profile = *p;
    const int row = m_model->remove(name);
    m_services->monitor()->removeProfile(name);
    m_pending = Pending{profile, row};
    m_notice->showMessage(tr("Removed “%1”.").arg(name), Chip::Tone::Info, tr("Undo"), m_undoTimeoutMs);
    return row;
}

std::optional<ServerProfile> ServerRemoval::undo()
{
    if (!m_pending)
        return std::nullopt;
    const Pending pending = *m_pending;
    m_pending.reset();
    m_model->upsert(pending.profile, pending.row);
    m_services->monitor()->addProfile(pending.profile);
    return pending.profile;
}

void ServerRemoval::commit()
{
    if (!m_pending)
        return;
    const ServerProfile profile = m_pending->profile;
    m_pending.reset();
    auto *remover = new ProfileRemover(m_services->profiles(), m_services->secrets(), this);
    connect(remover, &ProfileRemover::finished, this, [this, remover, profile] {
        remover->deleteLater();
        if (!remover->ok())
            m_notice->showMessage(tr("“%1” could not be removed completely: %2").arg(profile.name, remover->error().message),
                                  Chip::Tone::Error);
        Q_EMIT committed(profile.name, remover->ok());
    });
    remover->remove(profile);
}

} // namespace mcpc::ui
