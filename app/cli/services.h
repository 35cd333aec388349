#pragma once

#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace mcpc {
class ProfileStore;
class SecretStore;
namespace http {
class HttpClient;
}
}

namespace mcpc::cli {

class Output;

// Engine objects a command may need, created on first use so a command that needs no
// network or keychain never pays for them (start-up time and memory are benchmarked).
class Services
{
public:
    // secretStoreSpec: "" or "keychain" (default), "memory", or "plaintext:<path>".
    explicit Services(Output *out, QString secretStoreSpec = {});
    ~Services();

    QNetworkAccessManager *network();   // OAuth and other one-off requests
    http::HttpClient *httpClient();     // MCP traffic
    ProfileStore *profiles();
    SecretStore *secrets();
    // Checks --secret-store before any command runs; empty when fine.
    QString secretStoreSpecError() const;

private:
    Output *m_out;
    QString m_secretSpec;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace mcpc::cli
