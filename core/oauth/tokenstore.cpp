#include "oauth/tokenstore.h"
#include "util/jsonfield.h"

#include "oauth/wellknownurls.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "util/boundedjson.h"
#include "util/logging.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

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

SecretJob *TokenStore::savePreRegistered(const ClientCredentials &client)
{
    if (!m_profiles || m_profileName.isEmpty() || client.clientId.isEmpty())
        return nullptr;
    const nlohmann::json meta = {{"client_id", client.clientId.toStdString()},
                                 {"issuer", client.issuer.toStdString()},
                                 {"auth_method", client.authMethod.toStdString()},
                                 {"has_secret", !client.clientSecret.isEmpty()}};
    if (auto r = m_profiles->setExtraValue(m_profileName, "oauth_client", meta.dump()); !r)
        qCInfo(lcOAuth) << "could not remember the pre-registered client id:" << r.error().message;
    const QString key = secretkeys::oauthClientSecret(m_profileName);
    if (client.clientSecret.isEmpty())
        return m_secrets->remove(key); // NotFound is fine
    return m_secrets->write(key, client.clientSecret.toUtf8());
}

std::optional<PreRegisteredClient> TokenStore::preRegisteredClient() const
{
    if (!m_profiles || m_profileName.isEmpty())
        return std::nullopt;
    auto v = m_profiles->extraValue(m_profileName, "oauth_client");
    if (!v || v->empty())
        return std::nullopt;
    const nlohmann::json o = parseJson(QByteArrayView(*v), QStringLiteral("The stored client")).value_or(nlohmann::json());
    if (!o.is_object() || !o.contains("client_id") || !o.at("client_id").is_string())
        return std::nullopt;
    PreRegisteredClient c;
    c.clientId = QString::fromStdString(o.at("client_id").get<std::string>());
    c.issuer = jsonString(o, "issuer");
    c.authMethod = jsonString(o, "auth_method");
    c.hasSecret = jsonBool(o, "has_secret", false);
    if (c.clientId.isEmpty())
        return std::nullopt;
    return c;
}

SecretJob *TokenStore::loadPreRegisteredSecret()
{
    return m_secrets->read(secretkeys::oauthClientSecret(m_profileName));
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
