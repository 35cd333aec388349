#pragma once

#include "oauth/oauthtypes.h"
#include "oauth/wwwauthenticate.h"
#include "util/error.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace mcpc::oauth {

class FirstFoundFetch;

struct DiscoveryResult
{
    std::optional<ProtectedResourceMetadata> resourceMetadata; // absent: 2025-03-26 server
    AuthServerMetadata authServer;
    QString issuer;     // validated; credentials are keyed by it
    QString resource;   // RFC 8707 value: the PRM's verbatim, else the canonical server URI
    bool legacy = false;
};

// Finds out where and how to sign in for an MCP server (spec 2025-11-25 §authorization,
// with the 2025-03-26 fallbacks): PRM (challenge URL, path-inserted, root) -> refuse a
// PRM whose `resource` is another server -> AS metadata (RFC 8414 / OIDC variants) ->
// check `issuer`, S256 support and https endpoints. One finished().
class OAuthDiscovery : public QObject
{
    Q_OBJECT
public:
    OAuthDiscovery(QNetworkAccessManager *network, QUrl serverUrl, BearerChallenge challenge, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const DiscoveryResult &result() const { return m_result; }
    // Every URL tried and what came back, for `doctor` and --verbose.
    const QStringList &attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

private:
    void onResourceMetadata(FirstFoundFetch *fetch);
    void fetchAuthServer(const QString &issuer);
    void onAuthServerMetadata(FirstFoundFetch *fetch);
    void done(const Error &error = {});

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    BearerChallenge m_challenge;
    DiscoveryResult m_result;
    QStringList m_attempts;
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

// The issuer a metadata document must name: the same string, a trailing "/" aside.
bool sameIssuer(const QString &a, const QString &b);

} // namespace mcpc::oauth
