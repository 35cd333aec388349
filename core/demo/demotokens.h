#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

namespace mcpc::oauth {
class Clock;
}

namespace mcpc::demo {

// An OAuth error as the token, revocation and registration endpoints send it
// ({"error": ..., "error_description": ...}).
struct DemoOAuthError
{
    QString error;
    QString description;
};

template<typename T>
using DemoOAuthResult = std::expected<T, DemoOAuthError>;

// What a code or token grants: who, to which client, which scopes, for which resource.
struct DemoGrant
{
    QString clientId;
    QString subject;
    QStringList scopes;
    QString resource; // the RFC 8707 resource (the MCP URL) the token is bound to
};

// What /authorize recorded for a code, so /token can check the exchange against it.
struct DemoCodeGrant
{
    DemoGrant grant;
    QString redirectUri;    // as sent on /authorize ("" when it was omitted)
    QString codeChallenge;  // S256
    QString issuer;
};

struct DemoIssuedTokens
{
    QString accessToken;
    QString refreshToken;   // "" when the client may not refresh
    qint64 expiresInSec = 0;
    QStringList scopes;
};

// Why an access token was refused (the 401's error_description).
enum class DemoTokenProblem { None, Unknown, Expired, Revoked };

// Codes, access tokens and refresh-token families of the demo authorization server.
// Tokens are opaque random strings handed out once; only their SHA-256 hashes are kept,
// so nothing here can leak a usable token. Refresh tokens rotate on every use; presenting
// an already-rotated one is treated as theft (RFC 9700 §4.14.2): the whole family, with
// its access tokens, is revoked. Codes are single-use and short-lived; a code presented
// twice revokes what the first exchange issued (RFC 6749 §4.1.2).
class DemoTokens
{
public:
    struct Lifetimes
    {
        qint64 codeMs = 60 * 1000;
        qint64 accessMs = 60 * 60 * 1000;
        qint64 refreshMs = qint64(30) * 24 * 60 * 60 * 1000; // each refresh token (sliding)
    };
    // Told about every token value handed out (kind: "authorization_code",
    // "access_token", "refresh_token"): only the test-only --token-log uses it.
    using IssueObserver = std::function<void(const char *kind, const QString &value)>;

    explicit DemoTokens(const oauth::Clock *clock);

    void setLifetimes(const Lifetimes &lifetimes) { m_lifetimes = lifetimes; }
    const Lifetimes &lifetimes() const { return m_lifetimes; }
    void setIssueObserver(IssueObserver observer) { m_observer = std::move(observer); }

    QString issueCode(const DemoCodeGrant &grant);
    // Consumes the code (whatever the caller then decides: a failed exchange burns it).
    // A code seen before revokes the tokens issued from it and fails.
    DemoOAuthResult<DemoCodeGrant> takeCode(const QString &code, const QString &clientId);
    // A new family: access token, plus a refresh token when withRefresh.
    DemoIssuedTokens issue(const DemoGrant &grant, bool withRefresh, const QString &fromCode = {});
    // The refresh_token grant. scopes may narrow the grant (never widen); resource, when
    // given, must be the one the family is bound to.
    DemoOAuthResult<DemoIssuedTokens> refresh(const QString &refreshToken, const QString &clientId,
                                              const QStringList &scopes, const QString &resource);

    // Checks a bearer token; on success *grant gets what it grants.
    DemoTokenProblem checkAccessToken(const QString &token, DemoGrant *grant) const;

    enum class Revocation { NotFound, Revoked, OtherClient };
    // RFC 7009: a refresh token revokes its family (and the family's access tokens);
    // an access token only itself. typeHint only orders the lookup.
    Revocation revoke(const QString &token, const QString &typeHint, const QString &clientId);

    int refreshCount() const { return m_refreshes; }
    int activeFamilies() const;

    static QByteArray hash(const QString &token);

private:
    struct Code
    {
        DemoCodeGrant grant;
        qint64 expiresAtMs = 0;
        bool used = false;
        int family = 0; // what its exchange issued
    };
    struct Family
    {
        DemoGrant grant;
        QByteArray currentRefresh; // hash of the one refresh token that is still usable
        bool revoked = false;
        qint64 lastUseMs = 0;
    };
    struct Access
    {
        int family = 0;
        DemoGrant grant;
        qint64 expiresAtMs = 0;
        bool revoked = false;
    };
    struct Refresh
    {
        int family = 0;
        qint64 expiresAtMs = 0;
    };

    QString newToken(const char *prefix, const char *kind);
    DemoIssuedTokens issueInFamily(int family, bool withRefresh);
    void revokeFamily(int family);
    void sweep();

    const oauth::Clock *m_clock;
    Lifetimes m_lifetimes;
    IssueObserver m_observer;
    QHash<QByteArray, Code> m_codes;
    QHash<int, Family> m_families;
    QHash<QByteArray, Access> m_access;
    QHash<QByteArray, Refresh> m_refresh; // current and rotated ones (rotated: reuse detection)
    int m_nextFamily = 1;
    int m_refreshes = 0;
    int m_sinceSweep = 0;
};

} // namespace mcpc::demo
