#pragma once

#include "oauth/oauthtypes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace mcpc {
class ProfileStore;
class SecretJob;
class SecretStore;
}

namespace mcpc::oauth {

// A client id the user gave (--client-id) for a saved profile, remembered so a later
// sign-in (after "sign in again", or a step-up) uses it without the flag. Not secret: it
// lives in the profile ("oauth_client"); the secret, if any, stays in the keychain.
struct PreRegisteredClient
{
    QString clientId;
    QString issuer;      // only offered to this authorization server (issuer binding)
    QString authMethod;
    bool hasSecret = false;
};

// Where one sign-in lives. Tokens and client secrets: one JSON blob in the SecretStore
// (the OS keychain). The non-secret part (issuer, expiry, scopes, client id, how the
// client registered) is mirrored into the profile's "oauth" member when the sign-in
// belongs to a saved profile, so status views need no keychain access.
// Every call returns the store's SecretJob: one async object, one finished().
class TokenStore : public QObject
{
    Q_OBJECT
public:
    // A saved profile: keys under "profile/<name>/", metadata in the profile store.
    static TokenStore *forProfile(SecretStore *secrets, ProfileStore *profiles, const QString &profileName,
                                  QObject *parent = nullptr);
    // A bare URL (no profile): keyed by a hash of the canonical URL; nothing in profiles.json.
    static TokenStore *forUrl(SecretStore *secrets, const QUrl &serverUrl, QObject *parent = nullptr);

    QString key() const { return m_key; }
    SecretStore *secrets() const { return m_secrets; }
    bool persistent() const;

    SecretJob *load();                            // data(): serializeRecord() blob
    SecretJob *save(const SignInRecord &record);  // also mirrors metadata
    SecretJob *clear();                           // also drops metadata

    // Dynamically registered clients, keyed by issuer (never shown to another AS).
    SecretJob *loadClient(const QString &issuer);
    SecretJob *saveClient(const ClientCredentials &client);
    SecretJob *removeClient(const QString &issuer);

    // The mirrored metadata (JSON text, "" if none), readable without the keychain.
    std::string profileMetadata() const;

    // Pre-registered clients of saved profiles (see PreRegisteredClient). They survive
    // sign-out: they are configuration, not a sign-in. save returns nullptr for URL
    // targets (nowhere to keep it); otherwise the job that writes (or, without a secret,
    // removes) the keychain secret.
    SecretJob *savePreRegistered(const ClientCredentials &client);
    std::optional<PreRegisteredClient> preRegisteredClient() const;
    SecretJob *loadPreRegisteredSecret();

private:
    TokenStore(SecretStore *secrets, ProfileStore *profiles, QString profileName, QString key, QObject *parent);
    void mirror(const std::string &json);

    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    QString m_profileName;
    QString m_key;
};

} // namespace mcpc::oauth
