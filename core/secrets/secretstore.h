#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mcpc {

// One keychain operation. Emits finished() once, then deletes itself later.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,     // read/remove of a key that is not there
        Unavailable,  // no keychain reachable (no D-Bus, no daemon, locked, timed out)
        Denied,       // the user refused access
        Failed
    };

    using QObject::QObject;
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    QByteArray data() const { return m_data; }  // read results only; never log it
    QString errorString() const { return m_errorString; }

    // For implementations: completes the job (emission is deferred one event-loop turn
    // so callers can connect after the store returned the job).
    void complete(Status status, QByteArray data = {}, QString errorString = {});

Q_SIGNALS:
    void finished();

private:
    Status m_status = Status::Failed;
    QByteArray m_data;
    QString m_errorString;
    bool m_completed = false;
};

// Where secrets live: tokens, client secrets, header values. Production uses the OS
// keychain; tests use MemorySecretStore; a plaintext file exists only as an explicit,
// documented opt-in. Keys are plain strings, e.g. "profile/demo/oauth-tokens".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    virtual QString backendName() const = 0;  // "Secret Service (gnome-keyring)", "memory"...
    // False when secrets vanish at exit (memory store, or the keychain fallback).
    virtual bool persistent() const = 0;

Q_SIGNALS:
    // The store had to fall back (e.g. keychain unreachable): say so to the user.
    void degraded(const QString &message);
};

} // namespace mcpc
