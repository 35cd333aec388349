#include "servers/profilesaver.h"

#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"

#include <QTimer>

namespace mcpc::ui {

ProfileSaver::ProfileSaver(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

void ProfileSaver::save(const ServerProfile &profile, bool isNew, const QList<QPair<QString, QByteArray>> &headerValues,
                        const QStringList &removedHeaders)
{
    m_profile = profile;
    m_isNew = isNew;
    m_writes = headerValues;
    m_removes = removedHeaders;
    if (auto valid = validateProfile(profile); !valid) {
        QTimer::singleShot(0, this, [this, e = valid.error()] { done(false, e); });
        return;
    }
    if (isNew) {
        auto existing = m_store->find(profile.name);
        if (existing && existing->has_value()) {
            QTimer::singleShot(0, this, [this] {
                done(false, Error::make(ErrorKind::Usage, tr("A server named '%1' already exists.").arg(m_profile.name)));
            });
            return;
        }
    }
    QTimer::singleShot(0, this, &ProfileSaver::next);
}

void ProfileSaver::next()
{
    if (!m_writes.isEmpty()) {
        const auto [name, value] = m_writes.takeFirst();
        SecretJob *job = m_secrets->write(secretkeys::header(m_profile.name, name), value);
        connect(job, &SecretJob::finished, this, [this, job, name] {
            if (!job->ok()) {
                done(false, Error::make(ErrorKind::Unavailable,
                    tr("Could not store the value of '%1' in the keychain: %2").arg(name, job->errorString()), 0,
                    tr("Unlock or start your keyring (e.g. GNOME Keyring, KWallet) and try again.")));
                return;
            }
            next();
        });
        return;
    }
    if (!m_removes.isEmpty()) {
        const QString name = m_removes.takeFirst();
        SecretJob *job = m_secrets->remove(secretkeys::header(m_profile.name, name));
        connect(job, &SecretJob::finished, this, &ProfileSaver::next);
        return;
    }
    const Result<void> r = m_isNew ? m_store->add(m_profile) : m_store->update(m_profile);
    if (!r)
        done(false, r.error());
    else
        done(true);
}

void ProfileSaver::done(bool ok, const Error &error)
{
    m_ok = ok;
    m_error = error;
    Q_EMIT finished();
}

ProfileRemover::ProfileRemover(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

void ProfileRemover::remove(const ServerProfile &profile)
{
    m_profile = profile;
    m_keys = secretkeys::allForProfile(profile.name, profile.headerNames);
    QTimer::singleShot(0, this, &ProfileRemover::next);
}

void ProfileRemover::next()
{
    if (m_keys.isEmpty()) {
        auto r = m_store->remove(m_profile.name);
        m_ok = r.has_value();
        if (!r)
            m_error = r.error();
        Q_EMIT finished();
        return;
    }
    SecretJob *job = m_secrets->remove(m_keys.takeFirst());
    connect(job, &SecretJob::finished, this, [this, job] {
        if (!job->ok() && job->status() != SecretJob::Status::NotFound) {
            m_error = Error::make(ErrorKind::Unavailable,
                tr("Could not delete a stored secret of '%1': %2").arg(m_profile.name, job->errorString()));
            Q_EMIT finished(); // the profile stays: never a profile-less secret behind
            return;
        }
        next();
    });
}

} // namespace mcpc::ui
