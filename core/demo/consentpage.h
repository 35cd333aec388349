#pragma once

#include "demo/demouser.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mcpc::demo {

// What the consent page shows and posts back.
struct ConsentView
{
    QString clientName;     // as registered ("" = the client id is shown instead)
    QString clientId;
    QStringList scopes;     // requested scopes, described in plain words
    DemoUser user;          // who is signing in
    QString redirectUri;    // where the answer goes (its host is shown)
    QString action;         // the form's POST target
    QString requestId;      // the pending authorization request
    QString csrfToken;      // per-request token, also set as a cookie
};

// The demo authorization server's pages, from resources/demo/consent.html (:/core/...).
// Every value is HTML-escaped; placeholders are replaced in one pass, so a client name
// containing "{{...}}" stays text.
class ConsentPage
{
public:
    static QString render(const ConsentView &view);
    // A page for errors that must not be redirected to the client (unknown client, bad
    // redirect URI: RFC 6749 §4.1.2.1).
    static QString renderError(const QString &title, const QString &message);
    // "user:read" -> "Read your profile: ..."; unknown scopes are shown as they are.
    static QString describeScope(const QString &scope);
    // Replaces {{name}} with values[name] (already escaped); unknown names become "".
    static QString fill(const QString &html, const QHash<QString, QString> &values);
};

} // namespace mcpc::demo
