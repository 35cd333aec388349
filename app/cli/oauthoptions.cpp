#include "cli/oauthoptions.h"

#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace mcpc::cli {

bool isInteractiveRun()
{
    const QByteArray ci = qgetenv("CI").toLower();
    if (ci == "true" || ci == "1")
        return false;
    return isatty(fileno(stdin)) && isatty(fileno(stderr));
}

bool OAuthCliOptions::allowsInteractiveLogin() const
{
    if (noLogin)
        return false;
    return !browser.isEmpty() || isInteractiveRun();
}

QString OAuthCliOptions::effectiveBrowser() const
{
    return browser.isEmpty() ? QStringLiteral("system") : browser;
}

void addOAuthOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("browser"), {}, QStringLiteral("mode")});
    parser.addOption({QStringLiteral("no-login"), {}});
    parser.addOption({QStringLiteral("client-id"), {}, QStringLiteral("id")});
    parser.addOption({QStringLiteral("client-secret"), {}, QStringLiteral("secret")});
    parser.addOption({QStringLiteral("client-metadata-url"), {}, QStringLiteral("url")});
    parser.addOption({QStringLiteral("scope"), {}, QStringLiteral("scopes")});
    parser.addOption({QStringLiteral("login-timeout"), {}, QStringLiteral("seconds")});
}

QString readOAuthOptions(const QCommandLineParser &parser, OAuthCliOptions *out)
{
    out->browser = parser.value(QStringLiteral("browser"));
    if (!out->browser.isEmpty() && out->browser != u"system" && out->browser != u"print" && out->browser != u"http")
        return QStringLiteral("--browser must be system, print or http (got '%1').").arg(out->browser);
    out->noLogin = parser.isSet(QStringLiteral("no-login"));
    if (out->noLogin && !out->browser.isEmpty())
        return QStringLiteral("--no-login and --browser contradict each other.");
    out->clientId = parser.value(QStringLiteral("client-id"));
    out->clientSecret = parser.value(QStringLiteral("client-secret"));
    if (!out->clientSecret.isEmpty() && out->clientId.isEmpty())
        return QStringLiteral("--client-secret needs --client-id.");
    out->clientMetadataUrl = parser.value(QStringLiteral("client-metadata-url"));
    if (!out->clientMetadataUrl.isEmpty()) {
        const QUrl u(out->clientMetadataUrl, QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != u"https" || u.path().isEmpty() || u.path() == u"/")
            return QStringLiteral("--client-metadata-url must be an https URL with a path (got '%1').").arg(out->clientMetadataUrl);
    }
    out->scope = parser.value(QStringLiteral("scope")).simplified();
    if (parser.isSet(QStringLiteral("login-timeout"))) {
        bool ok = false;
        const double s = parser.value(QStringLiteral("login-timeout")).toDouble(&ok);
        if (!ok || s <= 0)
            return QStringLiteral("--login-timeout must be a positive number of seconds.");
        out->loginTimeoutMs = int(s * 1000);
    }
    return {};
}

} // namespace mcpc::cli
