#include "cli/services.h"

#include "cli/output.h"
#include "http/client/httpclient.h"
#include "profiles/profilestore.h"
#include "secrets/fallbacksecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/plaintextsecretstore.h"

#include <QNetworkAccessManager>

namespace mcpc::cli {

Services::Services(Output *out, QString secretStoreSpec)
    : m_out(out)
    , m_secretSpec(std::move(secretStoreSpec))
{
}

Services::~Services() = default;

QNetworkAccessManager *Services::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

http::HttpClient *Services::httpClient()
{
    if (!m_http)
        m_http = std::make_unique<http::HttpClient>();
    return m_http.get();
}

ProfileStore *Services::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(ProfileStore::defaultPath());
    return m_profiles.get();
}

QString Services::secretStoreSpecError() const
{
    if (m_secretSpec.isEmpty() || m_secretSpec == u"keychain" || m_secretSpec == u"memory")
        return {};
    if (m_secretSpec.startsWith(u"plaintext:") && m_secretSpec.size() > 10)
        return {};
    return QStringLiteral("--secret-store must be keychain, memory or plaintext:<path> (got '%1').").arg(m_secretSpec);
}

SecretStore *Services::secrets()
{
    if (m_secrets)
        return m_secrets.get();
    if (m_secretSpec == u"memory") {
        m_secrets = std::make_unique<MemorySecretStore>();
    } else if (m_secretSpec.startsWith(u"plaintext:")) {
        m_secrets = std::make_unique<PlaintextSecretStore>(m_secretSpec.mid(10));
    } else {
        auto store = std::make_unique<FallbackSecretStore>(new KeychainSecretStore());
        Output *out = m_out;
        QObject::connect(store.get(), &SecretStore::degraded, store.get(),
                         [out](const QString &message) { out->info(QStringLiteral("warning: ") + message); });
        m_secrets = std::move(store);
    }
    return m_secrets.get();
}

} // namespace mcpc::cli
