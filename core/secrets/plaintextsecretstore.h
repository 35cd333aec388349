#pragma once

#include "secrets/secretstore.h"

namespace mcpc {

// Secrets in a plain JSON file (mode 0600). Only ever used when the user asks for it
// explicitly (--secret-store plaintext:<path>), e.g. on a headless box with no keyring.
class PlaintextSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit PlaintextSecretStore(QString path, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override { return QStringLiteral("plaintext file %1").arg(m_path); }
    bool persistent() const override { return true; }

private:
    QString m_path;
};

} // namespace mcpc
