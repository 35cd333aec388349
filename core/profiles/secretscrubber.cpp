#include "profiles/secretscrubber.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace mcpc {

using namespace Qt::StringLiterals;

QString SecretScrubber::placeholder()
{
    return u"REDACTED"_s;
}

bool SecretScrubber::isSecretName(const QString &name)
{
    // "api_key", "apiKey", "x-api-key", "access_token", "token", "secret", "password",
    // "auth", "authorization", "bearer", "pat", "session": compared without separators.
    static const QRegularExpression re(
        u"(apikey|accesskey|token|secret|password|passwd|authorization|^auth$|bearer|^pat$|session|credential|privatekey)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString bare = name;
    bare.remove(QRegularExpression(u"^-+"_s));
    bare.remove(u'-').remove(u'_').remove(u'.');
    return re.match(bare).hasMatch();
}

namespace {

QUrl scrubUrl(const QUrl &in, QStringList *removed)
{
    QUrl url = in;
    if (!url.password().isEmpty() || !url.userName().isEmpty()) {
        url.setUserInfo(QString());
        removed->append(u"the user name and password in the URL"_s);
    }
    if (url.hasQuery()) {
        QUrlQuery query(url);
        bool changed = false;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (SecretScrubber::isSecretName(key) && !value.isEmpty()) {
                query.removeAllQueryItems(key);
                query.addQueryItem(key, SecretScrubber::placeholder());
                removed->append(u"the value of the URL parameter “%1”"_s.arg(key));
                changed = true;
            }
        }
        if (changed)
            url.setQuery(query);
    }
    return url;
}

QStringList scrubArgs(const QStringList &args, QStringList *removed)
{
    static const QRegularExpression bearer(u"^(\\s*[A-Za-z0-9-]+\\s*:\\s*)(Bearer|Basic|Token)\\s+\\S.*$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(u"^(\\s*([A-Za-z0-9-]+)\\s*:\\s*)\\S.*$"_s);
    QStringList out;
    bool nextIsSecret = false;
    for (const QString &arg : args) {
        if (nextIsSecret) {
            out << SecretScrubber::placeholder();
            nextIsSecret = false;
            continue;
        }
        const int eq = arg.indexOf(u'=');
        if (arg.startsWith(u'-') && eq > 0 && SecretScrubber::isSecretName(arg.left(eq))) {
            out << arg.left(eq + 1) + SecretScrubber::placeholder(); // --token=abc
            removed->append(u"the value of the argument “%1”"_s.arg(arg.left(eq)));
            continue;
        }
        if (arg.startsWith(u'-') && eq < 0 && SecretScrubber::isSecretName(arg)) {
            out << arg; // --api-key abc: the next argument is the secret
            nextIsSecret = true;
            removed->append(u"the value after the argument “%1”"_s.arg(arg));
            continue;
        }
        if (auto m = bearer.match(arg); m.hasMatch()) {
            out << m.captured(1) + m.captured(2) + u' ' + SecretScrubber::placeholder();
            removed->append(u"a credential in the argument “%1…”"_s.arg(m.captured(1).trimmed()));
            continue;
        }
        if (auto m = header.match(arg); m.hasMatch() && SecretScrubber::isSecretName(m.captured(2))) {
            out << m.captured(1) + SecretScrubber::placeholder(); // "X-Api-Key: abc" (mcp-remote --header)
            removed->append(u"the value of the header “%1”"_s.arg(m.captured(2)));
            continue;
        }
        out << arg;
    }
    return out;
}

} // namespace

ServerProfile SecretScrubber::scrub(const ServerProfile &profile, QStringList *removed)
{
    QStringList sink;
    QStringList *notes = removed ? removed : &sink;
    ServerProfile p = profile;
    if (p.isHttp())
        p.url = scrubUrl(p.url, notes);
    else
        p.args = scrubArgs(p.args, notes);
    return p;
}

} // namespace mcpc
