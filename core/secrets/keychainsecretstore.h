#pragma once

#include "secrets/secretstore.h"

namespace mcpc {

// The OS keychain through QtKeychain (Secret Service/libsecret on Linux, Keychain on
// macOS, Credential Manager on Windows). Never falls back to plaintext by itself; a
// job that gets no answer within the timeout reports Unavailable instead of hanging.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("mcp-connect"), QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;
    bool persistent() const override { return true; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    enum class Op { Read, Write, Remove };
    SecretJob *run(Op op, const QString &key, const QByteArray &secret);

    QString m_service;
    int m_timeoutMs = 20000;
};

} // namespace mcpc
