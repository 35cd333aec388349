#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mcpc::oauth {

// One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1): a scheme, then either a
// token68 or auth-params. Names and the scheme are lower-cased; values are unquoted.
struct WwwAuthChallenge
{
    QByteArray scheme;
    QByteArray token68;
    QList<QPair<QByteArray, QString>> params;

    // The first value of a parameter (case-insensitive name); empty if absent.
    QString param(const QByteArray &name) const;
    bool hasParam(const QByteArray &name) const;
};

// Parses every challenge in every header value. A real parser, not a regex: quoted
// strings with backslash escapes and commas inside them, several challenges in one
// value, token68 forms. Malformed tails are dropped; what parsed before them is kept.
QList<WwwAuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &headerValues);

// What an MCP client needs from the Bearer challenge (RFC 6750 §3, RFC 9728 §5.1).
struct BearerChallenge
{
    bool present = false;       // a Bearer challenge was there at all
    QString resourceMetadata;   // resource_metadata: absolute PRM URL
    QString scope;              // space-separated scopes the request needs
    QString error;              // invalid_token, insufficient_scope, ...
    QString errorDescription;
};

BearerChallenge bearerChallenge(const QList<QByteArray> &headerValues);

} // namespace mcpc::oauth
