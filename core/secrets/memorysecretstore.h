#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace mcpc {

// Secrets in process memory: unit tests, and the "no keychain: this run only" fallback.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override { return QStringLiteral("memory (this run only)"); }
    bool persistent() const override { return false; }

    // Test hooks: make every following operation report this status.
    void setForcedStatus(SecretJob::Status status) { m_forced = status; m_forcing = true; }
    int size() const { return int(m_secrets.size()); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QByteArray> m_secrets;
    SecretJob::Status m_forced = SecretJob::Status::Ok;
    bool m_forcing = false;
};

} // namespace mcpc
