#pragma once

#include "compat/compatengine.h"
#include "profiles/serverprofile.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>

namespace mcpc {
class McpClient;
class SecretStore;
namespace http {
class HttpClient;
}
} // namespace mcpc

namespace mcpc::compat {

// One compatibility check for the app: connects to the server (no interactive sign-in:
// a server that wants one answers with an Auth error), lists its tools, applies every
// client's rules, closes the connection and emits finished() once.
class CompatRun : public QObject
{
    Q_OBJECT
public:
    CompatRun(ServerProfile profile, http::HttpClient *http, SecretStore *secrets, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const QList<ClientReport> &reports() const { return m_reports; }

Q_SIGNALS:
    void finished();

private:
    void fail(const Error &error);
    void done();

    ServerProfile m_profile;
    http::HttpClient *m_http;
    SecretStore *m_secrets;
    QPointer<McpClient> m_client;
    QList<ClientReport> m_reports;
    Error m_error;
    bool m_ok = false;
};

} // namespace mcpc::compat
