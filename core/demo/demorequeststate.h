#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <optional>

namespace mcpc::demo {

// Seals and opens MRTR requestState (SEP-2322). The state travels through the client,
// so it is integrity-protected: base64url(JSON payload) "." base64url(HMAC-SHA256). The
// MAC covers the payload, the operation it belongs to (tool or prompt name) and an
// expiry, so a client can neither edit it nor replay it on another operation or later.
// The key is random per server instance: a restart invalidates outstanding states,
// which only costs the client a new round.
class DemoRequestState
{
public:
    DemoRequestState();                                  // random key
    explicit DemoRequestState(QByteArray key, qint64 lifetimeMs = 10 * 60 * 1000);

    QString seal(const QString &operation, const nlohmann::json &payload) const;
    // The payload, or nullopt when the state was altered, expired or is for another operation.
    std::optional<nlohmann::json> open(const QString &operation, const QString &state) const;

private:
    QByteArray mac(const QByteArray &operation, const QByteArray &body) const;

    QByteArray m_key;
    qint64 m_lifetimeMs;
};

} // namespace mcpc::demo
