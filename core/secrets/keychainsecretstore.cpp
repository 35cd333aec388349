#include "secrets/keychainsecretstore.h"

#include "util/logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace mcpc {

namespace {

SecretJob::Status mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError: return SecretJob::Status::Ok;
    case QKeychain::EntryNotFound: return SecretJob::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return SecretJob::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretJob::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return SecretJob::Status::Failed;
    }
    return SecretJob::Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service (libsecret)");
#endif
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    return run(Op::Read, key, {});
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    return run(Op::Write, key, secret);
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    return run(Op::Remove, key, {});
}

SecretJob *KeychainSecretStore::run(Op op, const QString &key, const QByteArray &secret)
{
    auto *result = new SecretJob(this);
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // The Secret Service lives on the D-Bus session bus. Without one there is nothing to
    // ask: say so at once instead of letting libsecret try (and fail at) autolaunch.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty() || bus == "disabled:") {
        result->complete(SecretJob::Status::Unavailable, {},
            QStringLiteral("no D-Bus session bus, so the Secret Service keyring cannot be reached"));
        return result;
    }
#endif
    QKeychain::Job *job = nullptr;
    if (op == Op::Read) {
        job = new QKeychain::ReadPasswordJob(m_service, this);
    } else if (op == Op::Write) {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setBinaryData(secret);
        job = w;
    } else {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    }
    job->setInsecureFallback(false); // never plaintext behind the user's back
    job->setAutoDelete(true);
    job->setKey(key);

    auto *timer = new QTimer(result);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, result, [result] {
        result->complete(SecretJob::Status::Unavailable, {},
            QStringLiteral("The keychain did not answer (is the keyring daemon running and unlocked?)."));
    });
    connect(job, &QKeychain::Job::finished, result, [result, timer, op](QKeychain::Job *j) {
        timer->stop();
        SecretJob::Status status = mapError(j->error());
        // QtKeychain reports "no D-Bus session" / "no Secret Service" as OtherError; that
        // is an unreachable keychain (fall back), not a failed operation.
        const QString why = j->errorString();
        if (status == SecretJob::Status::Failed
            && (why.contains(QStringLiteral("Could not connect"), Qt::CaseInsensitive)
                || why.contains(QStringLiteral("org.freedesktop.DBus.Error"), Qt::CaseInsensitive)
                || why.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)
                || why.contains(QStringLiteral("dbus"), Qt::CaseInsensitive)))
            status = SecretJob::Status::Unavailable;
        QByteArray data;
        if (status == SecretJob::Status::Ok && op == Op::Read)
            data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        if (status != SecretJob::Status::Ok && status != SecretJob::Status::NotFound)
            qCWarning(lcSecrets) << "keychain operation failed:" << j->errorString();
        result->complete(status, data, j->errorString());
    });
    timer->start(m_timeoutMs);
    job->start();
    return result;
}

} // namespace mcpc
