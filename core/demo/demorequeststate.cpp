#include "demo/demorequeststate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace mcpc::demo {

using nlohmann::json;

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

// Constant-time comparison: the MAC check must not leak how many bytes matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

DemoRequestState::DemoRequestState()
    : DemoRequestState(randomKey())
{
}

DemoRequestState::DemoRequestState(QByteArray key, qint64 lifetimeMs)
    : m_key(std::move(key))
    , m_lifetimeMs(lifetimeMs)
{
}

QByteArray DemoRequestState::mac(const QByteArray &operation, const QByteArray &body) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData(operation);
    code.addData("\n", 1);
    code.addData(body);
    return code.result();
}

QString DemoRequestState::seal(const QString &operation, const json &payload) const
{
    const json wrapped = {{"p", payload}, {"exp", QDateTime::currentMSecsSinceEpoch() + m_lifetimeMs}};
    const QByteArray body = QByteArray::fromStdString(wrapped.dump()).toBase64(kB64);
    return QString::fromLatin1(body + '.' + mac(operation.toUtf8(), body).toBase64(kB64));
}

std::optional<json> DemoRequestState::open(const QString &operation, const QString &state) const
{
    const QByteArray raw = state.toLatin1();
    const qsizetype dot = raw.indexOf('.');
    if (state.size() > 64 * 1024 || dot <= 0 || raw.indexOf('.', dot + 1) >= 0)
        return std::nullopt;
    const QByteArray body = raw.left(dot);
    auto given = QByteArray::fromBase64Encoding(raw.mid(dot + 1), QByteArray::Base64UrlEncoding
                                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!given || !sameBytes(*given, mac(operation.toUtf8(), body)))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray text = *decoded;
    const json wrapped = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (!wrapped.is_object() || !wrapped.contains("p") || !wrapped.value("exp", json()).is_number_integer())
        return std::nullopt;
    if (wrapped.at("exp").get<qint64>() < QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return wrapped.at("p");
}

} // namespace mcpc::demo
