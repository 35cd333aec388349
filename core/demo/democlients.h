#pragma once

#include "demo/demotokens.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcpc::http {
struct HttpRequest;
class UrlQuery;
}

namespace mcpc::demo {

// An OAuth client the demo authorization server knows: registered dynamically
// (RFC 7591) or pre-registered on the command line.
struct DemoClient
{
    QString clientId;
    QString clientName;          // shown on the consent page ("" = show the id)
    QStringList redirectUris;
    QString authMethod;          // none | client_secret_post | client_secret_basic
    QByteArray secretHash;       // SHA-256 of the secret (confidential clients)
    QStringList grantTypes;
    QString scope;               // what it registered with (informational)
    bool preRegistered = false;

    bool isPublic() const { return authMethod == u"none"; }
    bool mayRefresh() const { return grantTypes.contains(QStringLiteral("refresh_token")); }
    // Exact match, except that a loopback http URI matches on any port (RFC 8252 §7.3):
    // native apps bind an ephemeral port for each sign-in.
    bool allowsRedirectUri(const QString &uri) const;
};

// The client registry: dynamic registration, lookup, and client authentication at the
// token and revocation endpoints.
class DemoClients
{
public:
    // RFC 7591 §3.1: validates the metadata and answers the 201 body (with a
    // client_secret for confidential clients), or invalid_redirect_uri /
    // invalid_client_metadata.
    DemoOAuthResult<nlohmann::json> registerClient(const nlohmann::json &metadata, qint64 nowSec);
    // A client known in advance (hidden --client flag): loopback redirect URIs on any
    // port; a secret makes it confidential (client_secret_basic or _post).
    void addPreRegistered(const QString &clientId, const QString &secret, const QString &name);

    // Also recognises a public client's self-describing id after a restart.
    const DemoClient *find(const QString &clientId);
    int size() const { return int(m_clients.size()); }

    // Who is calling the token or revocation endpoint (RFC 6749 §2.3): HTTP Basic,
    // client_secret in the body, or client_id alone for public clients. The method must
    // be the one the client registered. invalid_client (status 401) otherwise.
    DemoOAuthResult<const DemoClient *> authenticate(const http::HttpRequest &request, const http::UrlQuery &form);

    // http(s) URIs to this machine or https anywhere, or a private-use scheme for apps
    // (RFC 8252 §7.1); never javascript:, data:, file: or fragments.
    static bool isAcceptableRedirectUri(const QString &uri, QString *why);

    // Public clients get an id that carries their registration ("pub." + base64url
    // JSON of name, redirect URIs and grants), so a client that registered before the
    // demo server restarted is still known: its stored registration keeps working. That
    // grants nothing open registration would not; confidential clients (their secret
    // cannot be re-derived) get a random id and last as long as the process.
    static QString encodePublicId(const DemoClient &client);
    static std::optional<DemoClient> decodePublicId(const QString &clientId);

private:
    QString newClientId();
    void remember(const DemoClient &client);

    QHash<QString, DemoClient> m_clients;
    QStringList m_order; // oldest first, to cap the registry
    int m_next = 1;
};

} // namespace mcpc::demo
