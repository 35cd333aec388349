#pragma once

#include "secrets/secretstore.h"

namespace mcpc {

class MemorySecretStore;

// The OS keychain, and when it cannot be reached, process memory for this run only,
// with one clear degraded() message. It never falls back to a file.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Takes ownership of primary.
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;
    bool persistent() const override { return !m_degraded; }

    bool isDegraded() const { return m_degraded; }

private:
    enum class Op { Read, Write, Remove };
    SecretJob *run(Op op, const QString &key, const QByteArray &secret);
    SecretJob *start(SecretStore *store, Op op, const QString &key, const QByteArray &secret);
    void degrade(const QString &reason);

    SecretStore *m_primary;
    MemorySecretStore *m_memory;
    bool m_degraded = false;
};

} // namespace mcpc
