#include "demo/consentpage.h"

#include <QFile>
#include <QUrl>

// Q_INIT_RESOURCE must be called outside any namespace. The resources live in a static
// library, so nothing else guarantees their registration is linked in.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace mcpc::demo {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString loadTemplate()
{
    static const QString html = [] {
        initCoreResources();
        QFile f(QStringLiteral(":/core/demo/consent.html"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    return html;
}
} // namespace

QString ConsentPage::describeScope(const QString &scope)
{
    if (scope == u"mcp:tools")
        return QStringLiteral("Use the demo server's tools on your behalf");
    if (scope == u"user:read")
        return QStringLiteral("Read your profile: name, e-mail addresses, account status and linked accounts");
    if (scope == u"user:admin")
        return QStringLiteral("See administrator reports about your account (extra permission)");
    return scope;
}

QString ConsentPage::fill(const QString &html, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(html.size() + 1024);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = html.indexOf(QStringLiteral("{{"), pos);
        const qsizetype close = open < 0 ? -1 : html.indexOf(QStringLiteral("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(html).mid(pos);
            return out;
        }
        out += QStringView(html).mid(pos, open - pos);
        out += values.value(html.mid(open + 2, close - open - 2).trimmed());
        pos = close + 2;
    }
}

QString ConsentPage::render(const ConsentView &v)
{
    const QString name = v.clientName.isEmpty() ? v.clientId : v.clientName;
    QString items;
    for (const QString &s : v.scopes) {
        items += QStringLiteral("    <li>%1 <span class=\"muted\">(<code>%2</code>)</span></li>\n")
                     .arg(esc(describeScope(s)), esc(s));
    }
    if (v.scopes.isEmpty())
        items = QStringLiteral("    <li>Nothing beyond knowing who you are</li>\n");
    const QString fullName = QString(v.user.firstName + u' ' + v.user.lastName).trimmed();
    const QUrl redirect(v.redirectUri);
    const QString redirectHost = redirect.host().isEmpty()
                                     ? redirect.scheme() + QStringLiteral(":")
                                     : redirect.host() + (redirect.port() > 0 ? u':' + QString::number(redirect.port()) : QString());
    const QHash<QString, QString> values = {
        {QStringLiteral("client_name"), esc(name)},
        {QStringLiteral("client_id"), esc(v.clientId)},
        {QStringLiteral("scope_items"), items},
        {QStringLiteral("user_initial"), esc(fullName.left(1).toUpper())},
        {QStringLiteral("user_name"), esc(fullName)},
        {QStringLiteral("user_username"), esc(v.user.username)},
        {QStringLiteral("user_email"), esc(v.user.primaryEmail)},
        {QStringLiteral("redirect_host"), esc(redirectHost)},
        {QStringLiteral("action"), esc(v.action)},
        {QStringLiteral("request_id"), esc(v.requestId)},
        {QStringLiteral("csrf_token"), esc(v.csrfToken)},
    };
    return fill(loadTemplate(), values);
}

QString ConsentPage::renderError(const QString &title, const QString &message)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1 · MCP Connect demo</title>"
                          "<style>body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:32rem;padding:0 1rem}"
                          "h1{font-size:1.35rem}</style></head>"
                          "<body><main><h1>%1</h1><p>%2</p>"
                          "<p>Close this window and start the sign-in again from your app.</p></main></body></html>\n")
        .arg(esc(title), esc(message));
}

} // namespace mcpc::demo
