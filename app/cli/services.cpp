#include "cli/services.h"

#include "profiles/profilestore.h"

#include <QNetworkAccessManager>

namespace mcpc::cli {

Services::Services() = default;
Services::~Services() = default;

QNetworkAccessManager *Services::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

ProfileStore *Services::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(ProfileStore::defaultPath());
    return m_profiles.get();
}

} // namespace mcpc::cli
