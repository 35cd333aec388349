#pragma once

#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace mcpc {
class ProfileStore;
class SecretStore;
}

namespace mcpc::ui {

// Saves a profile the way the CLI does: header values to the secret store first, then
// the profile file, so a profile never points at secrets that were not written. On an
// update, secrets of headers that were removed are deleted. One finished().
class ProfileSaver : public QObject
{
    Q_OBJECT
public:
    ProfileSaver(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);

    // isNew: add (fails if the name exists); else update. headerValues: only the values
    // to (re)write; removedHeaders: names whose stored values must go.
    void save(const ServerProfile &profile, bool isNew, const QList<QPair<QString, QByteArray>> &headerValues,
              const QStringList &removedHeaders = {});

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const ServerProfile &profile() const { return m_profile; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void done(bool ok, const Error &error = {});

    ProfileStore *m_store;
    SecretStore *m_secrets;
    ServerProfile m_profile;
    bool m_isNew = true;
    QList<QPair<QString, QByteArray>> m_writes;
    QStringList m_removes;
    bool m_ok = false;
    Error m_error;
};

// Removes a profile: its secrets first (header values, OAuth tokens), then the profile.
class ProfileRemover : public QObject
{
    Q_OBJECT
public:
    ProfileRemover(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    void remove(const ServerProfile &profile);
    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void next();

    ProfileStore *m_store;
    SecretStore *m_secrets;
    ServerProfile m_profile;
    QStringList m_keys;
    bool m_ok = false;
    Error m_error;
};

} // namespace mcpc::ui
