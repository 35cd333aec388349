#include "protocol/serverconnector.h"

#include "protocol/mcpclient.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "transport/autohttptransport.h"
#include "transport/httpauthenticator.h"
#include "transport/legacyssetransport.h"
#include "transport/stdiotransport.h"
#include "transport/streamablehttptransport.h"

#include <QTimer>

namespace mcpc {

Transport *createTransport(const ServerProfile &profile, http::HttpClient *client, HttpAuthenticator *auth,
                           bool standaloneStream)
{
    switch (profile.transport) {
    case TransportKind::Stdio:
        return new StdioTransport(profile.command, profile.args);
    case TransportKind::Sse: {
        auto *t = new LegacySseTransport(profile.url, client);
        t->setAuthenticator(auth);
        return t;
    }
    case TransportKind::StreamableHttp: {
        auto *t = new StreamableHttpTransport(profile.url, client);
        t->setAuthenticator(auth);
        t->setStandaloneStreamEnabled(standaloneStream);
        return t;
    }
    case TransportKind::Auto:
        break;
    }
    auto *t = new AutoHttpTransport(profile.url, client);
    t->setAuthenticator(auth);
    t->setStandaloneStreamEnabled(standaloneStream);
    return t;
}

ServerConnector::ServerConnector(ServerProfile profile, http::HttpClient *client, SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_http(client)
    , m_secrets(secrets)
{
}

ServerConnector::~ServerConnector() = default;

void ServerConnector::setAuthenticator(HttpAuthenticator *auth)
{
    m_externalAuth = auth;
}

void ServerConnector::start()
{
    if (m_profile.auth == AuthMode::Header && !m_profile.headerNames.isEmpty()) {
        loadHeaders(0);
        return;
    }
    QTimer::singleShot(0, this, &ServerConnector::connectClient);
}

void ServerConnector::loadHeaders(int index)
{
    if (index >= m_profile.headerNames.size()) {
        m_headerAuth = new StaticHeaderAuthenticator(m_headers, this);
        connectClient();
        return;
    }
    const QString name = m_profile.headerNames.at(index);
    SecretJob *job = m_secrets->read(secretkeys::header(m_profile.name, name));
    connect(job, &SecretJob::finished, this, [this, job, name, index] {
        if (job->status() == SecretJob::Status::NotFound) {
            done(false, Error::make(ErrorKind::Auth,
                QStringLiteral("The value of header '%1' for '%2' is not in the keychain.").arg(name, m_profile.name), 0,
                QStringLiteral("Add it again: mcp-connect-cli servers add %1 %2 --header \"%3: VALUE\" (after servers remove).")
                    .arg(m_profile.name, m_profile.url.toString(), name)));
            return;
        }
        if (!job->ok()) {
            done(false, Error::make(ErrorKind::Unavailable,
                QStringLiteral("Could not read header '%1' from the keychain: %2").arg(name, job->errorString())));
            return;
        }
        m_headers.append({name.toLatin1(), job->data()});
        loadHeaders(index + 1);
    });
}

void ServerConnector::connectClient()
{
    HttpAuthenticator *auth = m_externalAuth ? m_externalAuth.data() : m_headerAuth;
    Transport *transport = createTransport(m_profile, m_http, auth, m_standaloneStream);
    m_client = new McpClient(transport, m_options, this);
    connect(m_client, &McpClient::diagnostic, this, &ServerConnector::diagnostic);
    connect(m_client, &McpClient::ready, this, [this] { done(true); });
    connect(m_client, &McpClient::connectFailed, this, [this](const Error &e) { done(false, e); });
    Q_EMIT clientCreated(m_client);
    m_client->connectToServer();
}

McpClient *ServerConnector::takeClient(QObject *newParent)
{
    McpClient *c = m_client;
    m_client = nullptr;
    if (c) {
        c->setParent(newParent);
        if (m_headerAuth)
            m_headerAuth->setParent(c); // the transport keeps using it
    }
    return c;
}

void ServerConnector::done(bool ok, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = ok;
    m_error = error;
    Q_EMIT finished();
}

} // namespace mcpc
