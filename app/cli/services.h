#pragma once

#include <memory>

class QNetworkAccessManager;

namespace mcpc {
class ProfileStore;
}

namespace mcpc::cli {

// Engine objects a command may need, created on first use so a command that needs no
// network or keychain never pays for them (start-up time and memory are benchmarked).
class Services
{
public:
    Services();
    ~Services();

    QNetworkAccessManager *network();
    ProfileStore *profiles();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace mcpc::cli
