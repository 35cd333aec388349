#pragma once

#include "oauth/oauthtypes.h"
#include "util/error.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace mcpc::oauth {

class TokenStore;

// What the user (or profile) supplied about the client's identity.
struct ClientIdentityOptions
{
    QString clientId;            // pre-registered
    QString clientSecret;        // pre-registered (optional)
    QUrl clientMetadataUrl;      // CIMD: an https URL with a path, hosted by the user
    QString clientName = QStringLiteral("MCP Connect");
};

// Picks the client identity in the spec's order: pre-registered id -> Client ID
// Metadata Document (when the AS supports it and the user gave a URL) -> a registration
// stored for this issuer whose redirect URI still fits -> Dynamic Client Registration
// (RFC 7591, application_type native, loopback redirect). New registrations are saved
// keyed by issuer. One finished().
class ClientRegistration : public QObject
{
    Q_OBJECT
public:
    ClientRegistration(QNetworkAccessManager *network, TokenStore *store, AuthServerMetadata server, QString issuer,
                       ClientIdentityOptions options, std::optional<ClientCredentials> stored, QUrl redirectUri,
                       QString scope, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const ClientCredentials &client() const { return m_client; }

Q_SIGNALS:
    void finished();

private:
    void registerDynamically();
    void done(const Error &error = {});

    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    AuthServerMetadata m_server;
    QString m_issuer;
    ClientIdentityOptions m_options;
    std::optional<ClientCredentials> m_stored;
    QUrl m_redirectUri;
    QString m_scope;
    ClientCredentials m_client;
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

// The DCR `application_type` for a redirect URI (OIDC Registration; SEP-837): "native"
// for loopback and custom-scheme redirects (ours), "web" for an https redirect elsewhere.
QString applicationType(const QUrl &redirectUri);

// A usable CIMD client_id: https, a host, and a path other than "/".
bool isValidClientMetadataUrl(const QUrl &url);

} // namespace mcpc::oauth
