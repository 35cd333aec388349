#include "oauth/tokenstore.h"

#include "oauth/wellknownurls.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "util/logging.h"

#include <QCryptographicHash>

namespace mcpc::oauth {

TokenStore::TokenStore(SecretStore *secrets, ProfileStore *profiles, QString profileName, QString key, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_profileName(std::move(profileName))
    , m_key(std::move(key))
{
}

TokenStore *TokenStore::forProfile(SecretStore *secrets, ProfileStore *profiles, const QString &profileName, QObject *parent)
{
    return new TokenStore(secrets, profiles, profileName, secretkeys::oauthTokens(profileName), parent);
}

TokenStore *TokenStore::forUrl(SecretStore *secrets, const QUrl &serverUrl, QObject *parent)
{
    const QByteArray hash = QCryptographicHash::hash(wellknown::canonicalResource(serverUrl).toUtf8(), QCryptographicHash::Sha256);
    const QString key = QStringLiteral("url/%1/oauth/tokens").arg(QString::fromLatin1(hash.toHex().left(16)));
    return new TokenStore(secrets, nullptr, QString(), key, parent);
}

bool TokenStore::persistent() const
{
    return m_secrets->persistent();
}

SecretJob *TokenStore::load()
{
    return m_secrets->read(m_key);
}

SecretJob *TokenStore::save(const SignInRecord &record)
{
    mirror(recordMetadataJson(record));
    return m_secrets->write(m_key, serializeRecord(record));
}

SecretJob *TokenStore::clear()
{
    mirror(std::string());
    return m_secrets->remove(m_key);
}

SecretJob *TokenStore::loadClient(const QString &issuer)
{
    return m_secrets->read(secretkeys::oauthClient(issuer));
}

SecretJob *TokenStore::saveClient(const ClientCredentials &client)
{
    return m_secrets->write(secretkeys::oauthClient(client.issuer), serializeClient(client));
}

SecretJob *TokenStore::removeClient(const QString &issuer)
{
    return m_secrets->remove(secretkeys::oauthClient(issuer));
}

std::string TokenStore::profileMetadata() const
{
    if (!m_profiles || m_profileName.isEmpty())
        return {};
    auto v = m_profiles->extraValue(m_profileName, "oauth");
    return v ? *v : std::string();
}

void TokenStore::mirror(const std::string &json)
{
    if (!m_profiles || m_profileName.isEmpty())
        return;
    // A profile that no longer exists (removed meanwhile) has nothing to mirror into.
    if (auto r = m_profiles->setExtraValue(m_profileName, "oauth", json); !r)
        qCInfo(lcOAuth) << "could not update the profile's sign-in metadata:" << r.error().message;
}

} // namespace mcpc::oauth
