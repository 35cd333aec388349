#include "profiles/serverprofile.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mcpc {

QString ServerProfile::target() const
{
    if (transport == TransportKind::Stdio)
        return (QStringList{command} + args).join(u' ');
    return url.toString();
}

QString transportName(TransportKind kind)
{
    switch (kind) {
    case TransportKind::Auto: return QStringLiteral("auto");
    case TransportKind::StreamableHttp: return QStringLiteral("http");
    case TransportKind::Sse: return QStringLiteral("sse");
    case TransportKind::Stdio: return QStringLiteral("stdio");
    }
    return QStringLiteral("auto");
}

std::optional<TransportKind> transportFromName(const QString &name)
{
    for (TransportKind k : {TransportKind::Auto, TransportKind::StreamableHttp, TransportKind::Sse, TransportKind::Stdio}) {
        if (transportName(k) == name)
            return k;
    }
    if (name == u"streamable-http" || name == u"streamableHttp")
        return TransportKind::StreamableHttp;
    return std::nullopt;
}

QString authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None: return QStringLiteral("none");
    case AuthMode::OAuth: return QStringLiteral("oauth");
    case AuthMode::Header: return QStringLiteral("header");
    }
    return QStringLiteral("none");
}

std::optional<AuthMode> authModeFromName(const QString &name)
{
    for (AuthMode m : {AuthMode::None, AuthMode::OAuth, AuthMode::Header}) {
        if (authModeName(m) == name)
            return m;
    }
    return std::nullopt;
}

bool isValidServerName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

QString slugifyServerName(const QString &name)
{
    QString out;
    bool lastDash = false;
    for (QChar c : name) {
        const bool ok = (c.unicode() < 128) && (c.isLetterOrNumber() || c == u'_' || c == u'-');
        if (ok) {
            out += c;
            lastDash = false;
        } else if (!lastDash && !out.isEmpty()) {
            out += u'-';
            lastDash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out.truncate(64);
    return out.isEmpty() ? QStringLiteral("mcp-server") : out;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    QHostAddress addr;
    return addr.setAddress(host) && addr.isLoopback();
}

bool isInsecureRemoteUrl(const QUrl &url)
{
    return url.scheme() == u"http" && !isLoopbackHost(url.host());
}

Result<QUrl> parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("The server URL is empty.")));
    if (!url.isValid())
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("'%1' is not a valid URL: %2").arg(trimmed, url.errorString())));
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("'%1' must start with https:// (or http:// for a server on this machine).").arg(trimmed)));
    if (url.host().isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("'%1' has no host name.").arg(trimmed)));
    if (url.hasFragment())
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("'%1' has a #fragment; MCP server URLs cannot have one.").arg(trimmed)));
    return url;
}

Result<void> validateProfile(const ServerProfile &p)
{
    if (!isValidServerName(p.name))
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("'%1' is not a valid server name: use 1 to 64 letters, digits, '-' or '_'.").arg(p.name),
            0, QStringLiteral("Try '%1'.").arg(slugifyServerName(p.name))));
    if (p.transport == TransportKind::Stdio) {
        if (p.command.trimmed().isEmpty())
            return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("A stdio server needs a command to run.")));
        if (p.auth == AuthMode::OAuth)
            return std::unexpected(Error::make(ErrorKind::Usage,
                QStringLiteral("OAuth sign-in applies to HTTP servers only; a stdio server takes credentials from its environment.")));
        return {};
    }
    auto url = parseServerUrl(p.url.toString());
    if (!url)
        return std::unexpected(url.error());
    if (isInsecureRemoteUrl(p.url) && !p.allowInsecureHttp)
        return std::unexpected(Error::make(ErrorKind::Usage,
            QStringLiteral("%1 uses plain HTTP to another machine; tokens and data would travel unencrypted.")
                .arg(p.url.toString()),
            0,
            QStringLiteral("Use an https:// URL in production. To accept it anyway, pass --allow-http.")));
    if (p.auth == AuthMode::Header && p.headerNames.isEmpty())
        return std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("Header authentication needs at least one header.")));
    return {};
}

} // namespace mcpc
