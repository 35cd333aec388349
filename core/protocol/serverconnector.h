#pragma once

#include "profiles/serverprofile.h"
#include "protocol/mcpclient.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>


namespace mcpc {

class HttpAuthenticator;
class SecretStore;
class Transport;
namespace http {
class HttpClient;
}

// Builds the transport a profile asks for (Auto/Streamable HTTP/legacy SSE/stdio).
// The authenticator (if any) is not owned.
Transport *createTransport(const ServerProfile &profile, http::HttpClient *client,
                           HttpAuthenticator *auth, bool standaloneStream);

// Opens a ready McpClient for a profile: reads the profile's header secrets from the
// store (AuthMode::Header), builds the transport, runs the handshake. One finished().
class ServerConnector : public QObject
{
    Q_OBJECT
public:
    ServerConnector(ServerProfile profile, http::HttpClient *client, SecretStore *secrets,
                    QObject *parent = nullptr);
    ~ServerConnector() override;

    // For OAuth profiles: the sign-in engine's authenticator (not owned).
    void setAuthenticator(HttpAuthenticator *auth);
    void setStandaloneStream(bool on) { m_standaloneStream = on; }
    void setClientOptions(const ClientOptions &options) { m_options = options; }

    void start();

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    // The connected client; the caller takes ownership (reparented to newParent).
    McpClient *takeClient(QObject *newParent);
    const ServerProfile &profile() const { return m_profile; }

Q_SIGNALS:
    void finished();
    void diagnostic(const QString &line);
    // The client about to run the handshake, so a log can show the initialize exchange
    // (and why it failed). Owned by the connector until takeClient().
    void clientCreated(mcpc::McpClient *client);

private:
    void loadHeaders(int index);
    void connectClient();
    void done(bool ok, const Error &error = {});

    ServerProfile m_profile;
    http::HttpClient *m_http;
    SecretStore *m_secrets;
    QPointer<HttpAuthenticator> m_externalAuth;
    HttpAuthenticator *m_headerAuth = nullptr;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ClientOptions m_options;
    McpClient *m_client = nullptr;
    bool m_standaloneStream = false;
    bool m_ok = false;
    bool m_done = false;
    Error m_error;
};

} // namespace mcpc
