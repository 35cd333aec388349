#include "oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mcpc::oauth::pkce {

namespace {
constexpr auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system(); // OS CSPRNG, not the seeded one
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->bounded(256));
    return raw.toBase64(kB64Url);
}

QByteArray generateVerifier()
{
    return randomToken(32);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kB64Url);
}

} // namespace mcpc::oauth::pkce
