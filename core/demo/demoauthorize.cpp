#include "demo/demoauthorize.h"

#include "demo/consentpage.h"
#include "demo/demoauthserver.h"
#include "demo/democlients.h"
#include "http/httprequest.h"
#include "http/urlquery.h"
#include "oauth/clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace mcpc::demo {

namespace {
constexpr qint64 kPendingTtlMs = 10 * 60 * 1000; // time to click Allow or Deny
constexpr int kMaxPending = 1000;

QString randomToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Pages of the authorization server: never cached, never framed (clickjacking on the
// Allow button), no scripts at all.
http::HttpResponse securePage(int status, const QString &html)
{
    http::HttpResponse r = http::HttpResponse::html(status, html);
    r.headers.set("Cache-Control", "no-store");
    r.headers.set("X-Frame-Options", "DENY");
    r.headers.set("X-Content-Type-Options", "nosniff");
    r.headers.set("Referrer-Policy", "same-origin");
    r.headers.set("Content-Security-Policy",
                  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
    return r;
}

http::HttpResponse errorPage(int status, const QString &title, const QString &message)
{
    return securePage(status, ConsentPage::renderError(title, message));
}

QString cookieValue(const http::HttpRequest &request, const QString &name)
{
    for (const QByteArray &header : request.headers.values("cookie")) {
        for (const QByteArray &part : header.split(';')) {
            const QByteArray kv = part.trimmed();
            const qsizetype eq = kv.indexOf('=');
            if (eq > 0 && QString::fromLatin1(kv.left(eq)) == name)
                return QString::fromLatin1(kv.mid(eq + 1));
        }
    }
    return {};
}

bool isS256Challenge(const QString &c)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return re.match(c).hasMatch();
}
} // namespace

DemoAuthorizeEndpoint::DemoAuthorizeEndpoint(DemoAuthServer *server)
    : m_as(server)
{
}

QString DemoAuthorizeEndpoint::csrfCookieName(const QString &requestId)
{
    return QStringLiteral("demo_csrf_") + requestId;
}

void DemoAuthorizeEndpoint::handleAuthorize(const http::HttpRequest &request, http::HttpResponder responder)
{
    const http::UrlQuery &q = request.query;
    for (const char *key : {"client_id", "redirect_uri"}) {
        if (q.values(QLatin1StringView(key)).size() > 1)
            return responder.send(errorPage(400, QStringLiteral("Invalid sign-in request"),
                                            QStringLiteral("The parameter %1 was sent more than once.").arg(QLatin1StringView(key))));
    }
    const QString clientId = q.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return responder.send(errorPage(400, QStringLiteral("Invalid sign-in request"),
                                        QStringLiteral("The request does not say which app is signing in (client_id is missing).")));
    const DemoClient *found = m_as->clients().find(clientId);
    if (!found)
        return responder.send(errorPage(400, QStringLiteral("Unknown app"),
            QStringLiteral("The app that sent you here is not registered with this demo server (client_id '%1'). "
                           "Dynamic client registration is enabled: start the sign-in again from the app and it "
                           "registers itself.").arg(clientId)));
    const DemoClient client = *found;

    Pending p;
    const bool redirectGiven = q.contains(QStringLiteral("redirect_uri"));
    if (redirectGiven) {
        p.redirectUri = q.value(QStringLiteral("redirect_uri"));
        if (!client.allowsRedirectUri(p.redirectUri))
            return responder.send(errorPage(400, QStringLiteral("Unexpected redirect address"),
                QStringLiteral("The app asked to return to %1, which is not one of the redirect URIs it registered. "
                               "Nothing was sent there.").arg(p.redirectUri)));
    } else if (client.redirectUris.size() == 1 && !client.preRegistered) {
        p.redirectUri = client.redirectUris.first(); // OAuth 2.1 §4.1.1: optional with one registered URI
    } else {
        return responder.send(errorPage(400, QStringLiteral("Invalid sign-in request"),
                                        QStringLiteral("redirect_uri is required: the app registered several.")));
    }
    p.code.redirectUri = redirectGiven ? p.redirectUri : QString();
    p.hasState = q.contains(QStringLiteral("state"));
    p.state = q.value(QStringLiteral("state"));
    p.code.issuer = m_as->issuerFor(request);
    p.code.grant.clientId = client.clientId;
    p.code.grant.subject = DemoUser::builtIn().userId;

    // From here on the redirect URI is trusted: errors go back to the app.
    auto fail = [&](const char *error, const QString &description) {
        responder.send(answer(p, {}, DemoOAuthError{QLatin1StringView(error), description}, 302));
    };
    for (const char *key : {"response_type", "state", "scope", "code_challenge", "code_challenge_method"}) {
        if (q.values(QLatin1StringView(key)).size() > 1)
            return fail("invalid_request", QStringLiteral("The parameter %1 was sent more than once.").arg(QLatin1StringView(key)));
    }
    if (q.value(QStringLiteral("response_type")) != u"code")
        return fail("unsupported_response_type", QStringLiteral("Only response_type=code is supported."));
    const QString challenge = q.value(QStringLiteral("code_challenge"));
    const QString method = q.value(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty())
        return fail("invalid_request", QStringLiteral("PKCE is required: send code_challenge with code_challenge_method=S256."));
    if (method != u"S256")
        return fail("invalid_request", method.isEmpty()
                                           ? QStringLiteral("code_challenge_method is required and must be S256.")
                                           : QStringLiteral("code_challenge_method '%1' is not supported; use S256.").arg(method));
    if (!isS256Challenge(challenge))
        return fail("invalid_request", QStringLiteral("code_challenge must be a base64url SHA-256 hash (43 characters)."));
    p.code.codeChallenge = challenge;

    QStringList scopes;
    for (const QString &s : q.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts)) {
        if (!DemoAuthServer::supportedScopes().contains(s))
            return fail("invalid_scope", QStringLiteral("Unknown scope '%1'. This server offers: %2.")
                                             .arg(s, DemoAuthServer::supportedScopes().join(u' ')));
        if (!scopes.contains(s))
            scopes << s;
    }
    p.code.grant.scopes = scopes.isEmpty() ? DemoAuthServer::defaultScopes() : scopes;

    const QStringList resources = q.values(QStringLiteral("resource"));
    if (resources.size() > 1)
        return fail("invalid_target", QStringLiteral("Only one resource per sign-in is supported."));
    if (resources.isEmpty() && m_as->config().requireResource)
        return fail("invalid_target", QStringLiteral("The resource parameter (RFC 8707) is required; send %1.")
                                          .arg(m_as->resourceFor(request)));
    const QString resource = resources.isEmpty() ? m_as->resourceFor(request) : resources.first();
    p.code.grant.resource = m_as->canonicalResource(resource, request);
    if (p.code.grant.resource.isEmpty())
        return fail("invalid_target", QStringLiteral("The resource '%1' is not this server's MCP endpoint (%2).")
                                          .arg(resource, m_as->resourceFor(request)));

    switch (m_as->config().autoConsent) {
    case DemoAuthConfig::AutoConsent::Allow:
        return responder.send(decide(p, true, 302));
    case DemoAuthConfig::AutoConsent::Deny:
        return responder.send(decide(p, false, 302));
    case DemoAuthConfig::AutoConsent::Off:
        break;
    }

    sweep();
    const QString requestId = randomToken();
    p.csrfToken = randomToken();
    p.expiresAtMs = m_as->clock()->nowMs() + kPendingTtlMs;
    m_pending.insert(requestId, p);
    ++m_as->mutableStats().consentPagesShown;
    m_as->note(QStringLiteral("Showing the consent page: %1 asks for %2")
                   .arg(m_as->clientLabel(client.clientId), p.code.grant.scopes.join(u' ')));

    ConsentView view;
    view.clientName = client.clientName;
    view.clientId = client.clientId;
    view.scopes = p.code.grant.scopes;
    view.user = DemoUser::builtIn();
    view.redirectUri = p.redirectUri;
    view.action = consentPath();
    view.requestId = requestId;
    view.csrfToken = p.csrfToken;
    http::HttpResponse page = securePage(200, ConsentPage::render(view));
    page.headers.add("Set-Cookie", (csrfCookieName(requestId) + u'=' + p.csrfToken + QStringLiteral("; Path=")
                                    + consentPath() + QStringLiteral("; Max-Age=600; HttpOnly; SameSite=Strict")).toLatin1());
    responder.send(page);
}

void DemoAuthorizeEndpoint::handleConsent(const http::HttpRequest &request, http::HttpResponder responder)
{
    if (request.mediaType() != "application/x-www-form-urlencoded")
        return responder.send(errorPage(400, QStringLiteral("Invalid answer"), QStringLiteral("The consent form was not sent as a form.")));
    const http::UrlQuery form = request.form();
    const QString requestId = form.value(QStringLiteral("request_id"));
    const auto it = m_pending.constFind(requestId);
    if (requestId.isEmpty() || it == m_pending.cend())
        return responder.send(errorPage(400, QStringLiteral("This sign-in request is no longer valid"),
                                        QStringLiteral("It was already answered, or it expired.")));
    const Pending p = *it;
    m_pending.remove(requestId); // one answer per page, whatever happens next
    const QString csrf = form.value(QStringLiteral("csrf_token"));
    if (csrf.isEmpty() || csrf != p.csrfToken || cookieValue(request, csrfCookieName(requestId)) != p.csrfToken)
        return responder.send(errorPage(403, QStringLiteral("The answer could not be verified"),
            QStringLiteral("The consent form did not come from the page this server showed in this browser "
                           "(missing or wrong CSRF token or cookie). Nothing was granted.")));
    if (m_as->clock()->nowMs() >= p.expiresAtMs)
        return responder.send(errorPage(400, QStringLiteral("This sign-in request has expired"),
                                        QStringLiteral("The consent page was open for too long.")));
    const QString decision = form.value(QStringLiteral("decision"));
    if (decision != u"allow" && decision != u"deny")
        return responder.send(errorPage(400, QStringLiteral("Invalid answer"), QStringLiteral("Choose Allow or Deny.")));
    // 303: the browser follows with a GET, never re-posting the form to the app.
    http::HttpResponse r = decide(p, decision == u"allow", 303);
    r.headers.add("Set-Cookie", (csrfCookieName(requestId) + QStringLiteral("=; Path=") + consentPath()
                                 + QStringLiteral("; Max-Age=0; HttpOnly; SameSite=Strict")).toLatin1());
    responder.send(r);
}

http::HttpResponse DemoAuthorizeEndpoint::decide(const Pending &p, bool allow, int status)
{
    const QString who = m_as->clientLabel(p.code.grant.clientId);
    if (!allow) {
        ++m_as->mutableStats().denied;
        m_as->note(QStringLiteral("Access denied: the user chose Deny for %1").arg(who));
        return answer(p, {}, DemoOAuthError{QStringLiteral("access_denied"), QStringLiteral("The user denied access.")}, status);
    }
    ++m_as->mutableStats().allowed;
    m_as->note(QStringLiteral("Access allowed: %1 may act as %2 (%3)")
                   .arg(who, DemoUser::builtIn().username, p.code.grant.scopes.join(u' ')));
    return answer(p, m_as->tokens().issueCode(p.code), {}, status);
}

http::HttpResponse DemoAuthorizeEndpoint::answer(const Pending &p, const QString &code, const DemoOAuthError &error,
                                                 int status) const
{
    http::UrlQuery params;
    if (!error.error.isEmpty()) {
        params.add(QStringLiteral("error"), error.error);
        if (!error.description.isEmpty())
            params.add(QStringLiteral("error_description"), error.description);
    } else {
        params.add(QStringLiteral("code"), code);
    }
    if (p.hasState)
        params.add(QStringLiteral("state"), p.state);
    params.add(QStringLiteral("iss"), p.code.issuer); // RFC 9207: mix-up defence
    QByteArray location = p.redirectUri.toUtf8();
    location += location.contains('?') ? '&' : '?';
    location += params.toEncoded();
    http::HttpResponse r = http::HttpResponse::empty(status);
    r.headers.set("Location", location);
    r.headers.set("Cache-Control", "no-store");
    r.headers.set("Referrer-Policy", "no-referrer");
    return r;
}

void DemoAuthorizeEndpoint::sweep()
{
    const qint64 now = m_as->clock()->nowMs();
    m_pending.removeIf([now](const auto &it) { return now >= it.value().expiresAtMs; });
    while (m_pending.size() >= kMaxPending)
        m_pending.erase(m_pending.begin());
}

} // namespace mcpc::demo
