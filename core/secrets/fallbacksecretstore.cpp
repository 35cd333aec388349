#include "secrets/fallbacksecretstore.h"

#include "secrets/memorysecretstore.h"
#include "util/logging.h"

namespace mcpc {

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
    , m_memory(new MemorySecretStore(this))
{
    m_primary->setParent(this);
}

QString FallbackSecretStore::backendName() const
{
    return m_degraded ? m_memory->backendName() : m_primary->backendName();
}

SecretJob *FallbackSecretStore::read(const QString &key)
{
    return run(Op::Read, key, {});
}

SecretJob *FallbackSecretStore::write(const QString &key, const QByteArray &secret)
{
    return run(Op::Write, key, secret);
}

SecretJob *FallbackSecretStore::remove(const QString &key)
{
    return run(Op::Remove, key, {});
}

SecretJob *FallbackSecretStore::start(SecretStore *store, Op op, const QString &key, const QByteArray &secret)
{
    switch (op) {
    case Op::Read: return store->read(key);
    case Op::Write: return store->write(key, secret);
    case Op::Remove: return store->remove(key);
    }
    return nullptr;
}

SecretJob *FallbackSecretStore::run(Op op, const QString &key, const QByteArray &secret)
{
    if (m_degraded)
        return start(m_memory, op, key, secret);
    auto *outer = new SecretJob(this);
    SecretJob *inner = start(m_primary, op, key, secret);
    connect(inner, &SecretJob::finished, outer, [this, outer, inner, op, key, secret] {
        if (inner->status() != SecretJob::Status::Unavailable) {
            outer->complete(inner->status(), inner->data(), inner->errorString());
            return;
        }
        degrade(inner->errorString());
        SecretJob *retry = start(m_memory, op, key, secret);
        connect(retry, &SecretJob::finished, outer, [outer, retry] {
            outer->complete(retry->status(), retry->data(), retry->errorString());
        });
    });
    return outer;
}

void FallbackSecretStore::degrade(const QString &reason)
{
    if (m_degraded)
        return;
    m_degraded = true;
    qCWarning(lcSecrets) << "keychain unavailable; keeping secrets in memory for this run";
    Q_EMIT degraded(QStringLiteral(
        "No system keychain is available%1. Sign-ins and secrets are kept in memory for this run only and will be "
        "gone when MCP Connect exits. Start a keyring (e.g. gnome-keyring) to keep them, or opt in to a plaintext "
        "file with --secret-store plaintext:<path>.")
                        .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
}

} // namespace mcpc
