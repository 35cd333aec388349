#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mcpc::oauth {

// RFC 9728 Protected Resource Metadata (the fields we use).
struct ProtectedResourceMetadata
{
    QString resource;              // verbatim: sent as `resource` (RFC 8707)
    QStringList authorizationServers;
    QStringList scopesSupported;
    QString resourceName;
    QUrl sourceUrl;                // where it was found
};

// RFC 8414 / OIDC discovery document (the fields we use).
struct AuthServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl registrationEndpoint;
    QUrl revocationEndpoint;
    QStringList responseTypesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList grantTypesSupported;
    QStringList scopesSupported;
    bool clientIdMetadataDocumentSupported = false;
    bool issParameterSupported = false; // authorization_response_iss_parameter_supported
    bool fromDefaults = false;          // 2025-03-26 fallback: no document, default paths
    QUrl sourceUrl;
};

Result<ProtectedResourceMetadata> parseProtectedResourceMetadata(const QByteArray &body);
Result<AuthServerMetadata> parseAuthServerMetadata(const QByteArray &body);

// How the client identified itself to the authorization server.
enum class RegistrationKind { PreRegistered, MetadataDocument, Dynamic };
QString registrationKindName(RegistrationKind kind);

struct ClientCredentials
{
    QString clientId;
    QString clientSecret;        // secret: keychain only
    QString authMethod;          // client_secret_basic | client_secret_post | none ("" = choose)
    RegistrationKind kind = RegistrationKind::Dynamic;
    QString issuer;              // the AS these belong to (issuer binding)
    QStringList redirectUris;    // DCR: what was registered
};

// The endpoint auth method to use (SDK rule): the registered method if the AS accepts
// it; else basic, post, none in that order among what the AS lists; nothing listed
// means RFC 8414's default, client_secret_basic, when there is a secret.
QString selectAuthMethod(const ClientCredentials &client, const QStringList &serverMethods);

struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString tokenType;           // compared case-insensitively ("bearer" == "Bearer")
    qint64 expiresAtMs = 0;      // absolute; 0 = unknown (no expires_in)
    QString scope;               // granted scope (the requested one when the AS omits it)
};

// Everything one sign-in needs later: to send the token, refresh it, revoke it. Stored
// as one JSON blob in the SecretStore; the non-secret part is mirrored into the profile.
struct SignInRecord
{
    TokenSet tokens;
    ClientCredentials client;
    QString issuer;
    QString resource;            // what `resource` was sent as
    QUrl serverUrl;              // the MCP endpoint this sign-in is for
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QStringList tokenEndpointAuthMethods;
    qint64 obtainedAtMs = 0;

    bool isEmpty() const { return tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty(); }
};

QByteArray serializeRecord(const SignInRecord &record);
Result<SignInRecord> parseRecord(const QByteArray &blob);
// The non-secret part (issuer, expiry, scopes, client id, kind...) as JSON text.
std::string recordMetadataJson(const SignInRecord &record);

QByteArray serializeClient(const ClientCredentials &client);
Result<ClientCredentials> parseClient(const QByteArray &blob);

} // namespace mcpc::oauth
