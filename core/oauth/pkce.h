#pragma once

#include <QByteArray>

namespace mcpc::oauth {

// PKCE (RFC 7636), S256 only: "plain" is never used.
namespace pkce {

// 32 random bytes from the system CSPRNG, base64url without padding: 43 characters.
QByteArray generateVerifier();
// BASE64URL-NOPAD(SHA256(verifier)).
QByteArray challengeS256(const QByteArray &verifier);
// An unguessable value for `state` (and similar one-time values).
QByteArray randomToken(int bytes = 32);

} // namespace pkce
} // namespace mcpc::oauth
