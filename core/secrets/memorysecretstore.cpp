#include "secrets/memorysecretstore.h"

namespace mcpc {

SecretJob *MemorySecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    if (m_forcing)
        job->complete(m_forced, {}, QStringLiteral("forced by test"));
    else if (auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        job->complete(SecretJob::Status::Ok, *it);
    else
        job->complete(SecretJob::Status::NotFound);
    return job;
}

SecretJob *MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new SecretJob(this);
    if (m_forcing) {
        job->complete(m_forced, {}, QStringLiteral("forced by test"));
        return job;
    }
    m_secrets.insert(key, secret);
    job->complete(SecretJob::Status::Ok);
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    if (m_forcing)
        job->complete(m_forced, {}, QStringLiteral("forced by test"));
    else
        job->complete(m_secrets.remove(key) ? SecretJob::Status::Ok : SecretJob::Status::NotFound);
    return job;
}

} // namespace mcpc
