#include "demo/demotokens.h"

#include "oauth/clock.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mcpc::demo {

namespace {
constexpr int kSweepEvery = 64;

DemoOAuthError invalidGrant(const QString &why)
{
    return {QStringLiteral("invalid_grant"), why};
}
} // namespace

DemoTokens::DemoTokens(const oauth::Clock *clock)
    : m_clock(clock)
{
}

QByteArray DemoTokens::hash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QString DemoTokens::newToken(const char *prefix, const char *kind)
{
    // 256 bits from the system CSPRNG, base64url: unguessable and URL/header safe. The
    // prefix only tells a human which kind of string they are looking at.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QLatin1StringView(prefix)
                          + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (m_observer)
        m_observer(kind, token);
    return token;
}

QString DemoTokens::issueCode(const DemoCodeGrant &grant)
{
    sweep();
    const QString code = newToken("dac_", "authorization_code");
    m_codes.insert(hash(code), Code{grant, m_clock->nowMs() + m_lifetimes.codeMs, false, 0});
    return code;
}

DemoOAuthResult<DemoCodeGrant> DemoTokens::takeCode(const QString &code, const QString &clientId)
{
    auto it = m_codes.find(hash(code));
    if (it == m_codes.end())
        return std::unexpected(invalidGrant(QStringLiteral("The authorization code is unknown.")));
    if (it->used) {
        // Replayed: whoever has it now may be an attacker; kill what the first use got.
        if (it->family)
            revokeFamily(it->family);
        qCInfo(lcDemo) << "authorization code used twice; revoked the tokens issued from it";
        return std::unexpected(invalidGrant(QStringLiteral("The authorization code was already used.")));
    }
    it->used = true;
    if (m_clock->nowMs() >= it->expiresAtMs)
        return std::unexpected(invalidGrant(QStringLiteral("The authorization code has expired.")));
    if (it->grant.grant.clientId != clientId)
        return std::unexpected(invalidGrant(QStringLiteral("The authorization code was issued to another client.")));
    return it->grant;
}

DemoIssuedTokens DemoTokens::issue(const DemoGrant &grant, bool withRefresh, const QString &fromCode)
{
    sweep();
    const int family = m_nextFamily++;
    m_families.insert(family, Family{grant, QByteArray(), false, m_clock->nowMs()});
    if (!fromCode.isEmpty()) {
        auto it = m_codes.find(hash(fromCode));
        if (it != m_codes.end())
            it->family = family;
    }
    return issueInFamily(family, withRefresh);
}

DemoIssuedTokens DemoTokens::issueInFamily(int family, bool withRefresh)
{
    Family &f = m_families[family];
    const qint64 now = m_clock->nowMs();
    DemoIssuedTokens out;
    out.accessToken = newToken("dat_", "access_token");
    out.expiresInSec = (m_lifetimes.accessMs + 999) / 1000;
    out.scopes = f.grant.scopes;
    m_access.insert(hash(out.accessToken), Access{family, f.grant, now + m_lifetimes.accessMs, false});
    if (withRefresh) {
        out.refreshToken = newToken("drt_", "refresh_token");
        f.currentRefresh = hash(out.refreshToken);
        m_refresh.insert(f.currentRefresh, Refresh{family, now + m_lifetimes.refreshMs});
    }
    f.lastUseMs = now;
    return out;
}

DemoOAuthResult<DemoIssuedTokens> DemoTokens::refresh(const QString &refreshToken, const QString &clientId,
                                                      const QStringList &scopes, const QString &resource)
{
    const QByteArray h = hash(refreshToken);
    const auto rit = m_refresh.constFind(h);
    if (rit == m_refresh.cend())
        return std::unexpected(invalidGrant(QStringLiteral("The refresh token is unknown.")));
    const int familyId = rit->family;
    const qint64 expiresAt = rit->expiresAtMs;
    auto fit = m_families.find(familyId);
    if (fit == m_families.end() || fit->revoked)
        return std::unexpected(invalidGrant(QStringLiteral("The refresh token has been revoked.")));
    if (fit->grant.clientId != clientId)
        return std::unexpected(invalidGrant(QStringLiteral("The refresh token was issued to another client.")));
    if (fit->currentRefresh != h) {
        revokeFamily(familyId);
        qCInfo(lcDemo) << "a rotated refresh token was presented again; revoked its whole family";
        return std::unexpected(invalidGrant(
            QStringLiteral("The refresh token was already used. The sign-in has been revoked; sign in again.")));
    }
    if (m_clock->nowMs() >= expiresAt)
        return std::unexpected(invalidGrant(QStringLiteral("The refresh token has expired.")));
    if (!resource.isEmpty() && resource != fit->grant.resource)
        return std::unexpected(DemoOAuthError{QStringLiteral("invalid_target"),
                                              QStringLiteral("The refresh token is for another resource.")});
    if (!scopes.isEmpty()) {
        for (const QString &s : scopes) {
            if (!fit->grant.scopes.contains(s))
                return std::unexpected(DemoOAuthError{
                    QStringLiteral("invalid_scope"),
                    QStringLiteral("A refresh cannot add scope '%1'; sign in again to ask for it.").arg(s)});
        }
        fit->grant.scopes = scopes; // narrowed for this and later tokens of the family
    }
    ++m_refreshes;
    return issueInFamily(familyId, true); // rotation: the old token stays known, as "used"
}

DemoTokenProblem DemoTokens::checkAccessToken(const QString &token, DemoGrant *grant) const
{
    const auto it = m_access.constFind(hash(token));
    if (it == m_access.cend())
        return DemoTokenProblem::Unknown;
    if (it->revoked)
        return DemoTokenProblem::Revoked;
    if (m_clock->nowMs() >= it->expiresAtMs)
        return DemoTokenProblem::Expired;
    if (grant)
        *grant = it->grant;
    return DemoTokenProblem::None;
}

DemoTokens::Revocation DemoTokens::revoke(const QString &token, const QString &typeHint, const QString &clientId)
{
    const QByteArray h = hash(token);
    auto asRefresh = [&]() -> std::optional<Revocation> {
        const auto it = m_refresh.constFind(h);
        if (it == m_refresh.cend())
            return std::nullopt;
        const auto f = m_families.constFind(it->family);
        if (f != m_families.cend() && f->grant.clientId != clientId)
            return Revocation::OtherClient;
        revokeFamily(it->family);
        return Revocation::Revoked;
    };
    auto asAccess = [&]() -> std::optional<Revocation> {
        auto it = m_access.find(h);
        if (it == m_access.end())
            return std::nullopt;
        if (it->grant.clientId != clientId)
            return Revocation::OtherClient;
        it->revoked = true;
        return Revocation::Revoked;
    };
    const bool accessFirst = typeHint == u"access_token";
    std::optional<Revocation> r = accessFirst ? asAccess() : asRefresh();
    if (!r)
        r = accessFirst ? asRefresh() : asAccess();
    return r.value_or(Revocation::NotFound);
}

void DemoTokens::revokeFamily(int family)
{
    auto f = m_families.find(family);
    if (f == m_families.end())
        return;
    f->revoked = true;
    f->currentRefresh.clear();
    for (Access &a : m_access) {
        if (a.family == family)
            a.revoked = true;
    }
}

int DemoTokens::activeFamilies() const
{
    int n = 0;
    for (const Family &f : m_families)
        n += f.revoked ? 0 : 1;
    return n;
}

void DemoTokens::sweep()
{
    // Drop what can no longer be used. Rotated refresh tokens stay until they would have
    // expired, so a late replay is still recognised as reuse.
    if (++m_sinceSweep < kSweepEvery)
        return;
    m_sinceSweep = 0;
    const qint64 now = m_clock->nowMs();
    m_codes.removeIf([now](const auto &it) { return now >= it.value().expiresAtMs; });
    m_access.removeIf([now](const auto &it) { return now >= it.value().expiresAtMs; });
    m_refresh.removeIf([now](const auto &it) { return now >= it.value().expiresAtMs; });
    QSet<int> live;
    for (const Access &a : std::as_const(m_access))
        live.insert(a.family);
    for (const Refresh &r : std::as_const(m_refresh))
        live.insert(r.family);
    for (const Code &c : std::as_const(m_codes))
        live.insert(c.family);
    m_families.removeIf([&live](const auto &it) { return !live.contains(it.key()); });
}

} // namespace mcpc::demo
