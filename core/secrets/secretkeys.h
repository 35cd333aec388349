#pragma once

#include <QString>
#include <QStringList>

namespace mcpc::secretkeys {

// Keychain entry names. Everything for one profile shares the "profile/<name>/" prefix,
// so removing a profile can remove its secrets.
inline QString header(const QString &profile, const QString &headerName)
{
    return QStringLiteral("profile/%1/header/%2").arg(profile, headerName.toLower());
}

inline QString oauthTokens(const QString &profile)
{
    return QStringLiteral("profile/%1/oauth/tokens").arg(profile);
}

// The secret of a pre-registered OAuth client (--client-id/--client-secret) of a profile.
inline QString oauthClientSecret(const QString &profile)
{
    return QStringLiteral("profile/%1/oauth/client-secret").arg(profile);
}

// Every keychain entry a profile can own: what removing the profile must delete. One list,
// so the CLI and the app can never disagree about it.
inline QStringList allForProfile(const QString &profile, const QStringList &headerNames)
{
    QStringList keys{oauthTokens(profile), oauthClientSecret(profile)};
    for (const QString &h : headerNames)
        keys << header(profile, h);
    return keys;
}

inline QString oauthClient(const QString &issuer)
{
    return QStringLiteral("oauth-client/%1").arg(issuer);
}

} // namespace mcpc::secretkeys
