#pragma once

#include "demo/demotokens.h"
#include "http/httpresponder.h"

#include <QHash>
#include <QString>

namespace mcpc::http {
struct HttpRequest;
}

namespace mcpc::demo {

class DemoAuthServer;
struct DemoClient;

// The interactive half of the demo authorization server: GET /authorize checks the
// request (RFC 6749 §4.1.1 + PKCE + RFC 8707) and shows the consent page; POST /consent
// takes the person's Allow or Deny and redirects back with a code or access_denied,
// always with `state` and `iss` (RFC 9207).
//
// Errors before the client and its redirect URI are known are shown as a page and never
// redirected (RFC 6749 §4.1.2.1: no open redirector); later ones go back to the client.
// The page's form carries a per-request CSRF token that must also come back as a
// SameSite=Strict cookie, so another site cannot submit a consent on the user's behalf.
class DemoAuthorizeEndpoint
{
public:
    explicit DemoAuthorizeEndpoint(DemoAuthServer *server);

    void handleAuthorize(const http::HttpRequest &request, http::HttpResponder responder);
    void handleConsent(const http::HttpRequest &request, http::HttpResponder responder);

    int pendingCount() const { return int(m_pending.size()); }

    static QString consentPath() { return QStringLiteral("/consent"); }
    static QString csrfCookieName(const QString &requestId);

private:
    // A request that passed every check and waits for the person's answer.
    struct Pending
    {
        DemoCodeGrant code;
        QString redirectUri;  // where the answer goes (the given or the only registered one)
        QString state;
        bool hasState = false;
        QString csrfToken;
        qint64 expiresAtMs = 0;
    };

    // The redirect back to the client: error or code, plus state and iss.
    http::HttpResponse answer(const Pending &pending, const QString &code, const DemoOAuthError &error, int status) const;
    http::HttpResponse decide(const Pending &pending, bool allow, int status);
    void sweep();

    DemoAuthServer *m_as;
    QHash<QString, Pending> m_pending; // by request id
};

} // namespace mcpc::demo
