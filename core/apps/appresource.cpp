#include "apps/appresource.h"

#include <QRegularExpression>

using json = nlohmann::json;

namespace mcpc {

namespace apps {

QUrl resourceUriOf(const json &rawTool)
{
    if (!rawTool.is_object())
        return {};
    const auto meta = rawTool.find("_meta");
    if (meta == rawTool.end() || !meta->is_object())
        return {};
    std::string uri;
    if (auto ui = meta->find("ui"); ui != meta->end() && ui->is_object()) {
        if (auto r = ui->find("resourceUri"); r != ui->end() && r->is_string())
            uri = r->get<std::string>();
    }
    if (uri.empty()) {
        if (auto r = meta->find("ui/resourceUri"); r != meta->end() && r->is_string())
            uri = r->get<std::string>();
    }
    const QUrl url(QString::fromStdString(uri), QUrl::StrictMode);
    // Only ui:// resources are Apps; anything else (https://, file://) is not rendered.
    if (!url.isValid() || url.scheme() != u"ui" || url.host().isEmpty())
        return {};
    return url;
}

QUrl resourceUriOf(const Tool &tool)
{
    return resourceUriOf(tool.raw);
}

} // namespace apps

namespace {

QStringList stringList(const json &obj, const char *key, QString *error)
{
    QStringList out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return out;
    if (!it->is_array()) {
        *error = QStringLiteral("_meta.ui.csp.%1 is not a list").arg(QLatin1String(key));
        return out;
    }
    for (const json &v : *it) {
        const QString s = v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
        const QUrl u(QString(s).replace(QStringLiteral("://*."), QStringLiteral("://wildcard.")), QUrl::StrictMode);
        // An origin: scheme://host[:port], nothing CSP would read as a keyword or a
        // second directive (quotes, semicolons, spaces, commas).
        static const QRegularExpression origin(QStringLiteral("^(https?|wss?)://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"));
        if (!origin.match(s).hasMatch() || !u.isValid()) {
            *error = QStringLiteral("_meta.ui.csp.%1 has an entry that is not an origin (%2)")
                         .arg(QLatin1String(key), s.left(80));
            return {};
        }
        out << (s.endsWith(u'/') ? s.chopped(1) : s);
    }
    return out;
}

bool anyMatches(const QStringList &declared, const QUrl &url)
{
    for (const QString &d : declared) {
        if (originMatches(d, url))
            return true;
    }
    return false;
}

} // namespace

bool originMatches(const QString &declared, const QUrl &url)
{
    const QUrl d(QString(declared).replace(QStringLiteral("://*."), QStringLiteral("://wildcard.")));
    if (!d.isValid() || d.scheme() != url.scheme())
        return false;
    const QString host = url.host().toLower();
    if (declared.contains(QStringLiteral("://*."))) {
        const QString suffix = d.host().toLower().mid(QStringLiteral("wildcard").size()); // ".example.com"
        if (!host.endsWith(suffix) || host.size() <= suffix.size())
            return false;
    } else if (host != d.host().toLower()) {
        return false;
    }
    const int defaultPort = (url.scheme() == u"https" || url.scheme() == u"wss") ? 443 : 80;
    return d.port(defaultPort) == url.port(defaultPort);
}

QString AppCsp::policy() const
{
    const QString res = resourceDomains.join(u' ');
    const QString conn = connectDomains.join(u' ');
    auto withSelf = [](const QString &extra) { return extra.isEmpty() ? QStringLiteral("'self'") : QStringLiteral("'self' ") + extra; };
    QStringList d;
    d << QStringLiteral("default-src 'none'")
      << QStringLiteral("script-src %1 'unsafe-inline'").arg(withSelf(res))
      << QStringLiteral("style-src %1 'unsafe-inline'").arg(withSelf(res))
      << QStringLiteral("img-src %1 data: blob:").arg(withSelf(res))
      << QStringLiteral("font-src %1 data:").arg(withSelf(res))
      << QStringLiteral("media-src %1 data: blob:").arg(withSelf(res))
      << QStringLiteral("connect-src %1").arg(withSelf(conn))
      << QStringLiteral("frame-src %1").arg(frameDomains.isEmpty() ? QStringLiteral("'none'") : frameDomains.join(u' '))
      << QStringLiteral("object-src 'none'")
      << QStringLiteral("base-uri %1").arg(withSelf(baseUriDomains.join(u' ')))
      << QStringLiteral("form-action 'none'");
    return d.join(QStringLiteral("; "));
}

bool AppCsp::allowsConnect(const QUrl &url) const { return anyMatches(connectDomains, url); }
bool AppCsp::allowsResource(const QUrl &url) const { return anyMatches(resourceDomains, url); }
bool AppCsp::allowsFrame(const QUrl &url) const { return anyMatches(frameDomains, url); }

json AppCsp::toJson() const
{
    auto arr = [](const QStringList &l) {
        json a = json::array();
        for (const QString &s : l)
            a.push_back(s.toStdString());
        return a;
    };
    return {{"connectDomains", arr(connectDomains)}, {"resourceDomains", arr(resourceDomains)},
            {"frameDomains", arr(frameDomains)}, {"baseUriDomains", arr(baseUriDomains)}};
}

QStringList AppPermissions::names() const
{
    QStringList n;
    if (camera)
        n << QStringLiteral("camera");
    if (microphone)
        n << QStringLiteral("microphone");
    if (geolocation)
        n << QStringLiteral("geolocation");
    if (clipboardWrite)
        n << QStringLiteral("clipboardWrite");
    return n;
}

json AppPermissions::toJson() const
{
    json p = json::object();
    for (const QString &n : names())
        p[n.toStdString()] = json::object();
    return p;
}

Result<AppResource> AppResource::fromReadResult(const QUrl &requested, const json &result)
{
    auto bad = [&](const QString &why) {
        return std::unexpected(Error::make(ErrorKind::Protocol, QStringLiteral("The App %1 cannot be shown: %2").arg(requested.toString(), why)));
    };
    if (!result.is_object() || !result.contains("contents") || !result["contents"].is_array() || result["contents"].empty())
        return bad(QStringLiteral("the server returned no contents for it."));
    const json &c = result["contents"][0];
    if (!c.is_object())
        return bad(QStringLiteral("its content is not an object."));
    AppResource r;
    r.uri = requested;
    r.mimeType = c.value("mimeType", json()).is_string() ? QString::fromStdString(c["mimeType"].get<std::string>()) : QString();
    const QString mime = r.mimeType.simplified().remove(u' ').toLower();
    if (mime != QLatin1String(apps::kMimeType) && mime != u"text/html")
        return bad(QStringLiteral("its mime type is \"%1\", not %2.").arg(r.mimeType.left(80), QLatin1String(apps::kMimeType)));
    if (auto t = c.find("text"); t != c.end() && t->is_string())
        r.html = QByteArray::fromStdString(t->get<std::string>());
    else if (auto b = c.find("blob"); b != c.end() && b->is_string())
        r.html = QByteArray::fromBase64(QByteArray::fromStdString(b->get<std::string>()));
    if (r.html.trimmed().isEmpty())
        return bad(QStringLiteral("its HTML is empty."));
    // The declarations may sit on the content (the spec's place) or, from older servers,
    // on the read result; the content wins.
    json ui;
    for (const json *holder : {&result, &c}) {
        if (auto m = holder->find("_meta"); m != holder->end() && m->is_object()) {
            if (auto u = m->find("ui"); u != m->end() && u->is_object())
                ui = *u;
        }
    }
    if (ui.is_object()) {
        if (auto csp = ui.find("csp"); csp != ui.end() && !csp->is_null()) {
            if (!csp->is_object())
                return bad(QStringLiteral("_meta.ui.csp is not an object."));
            QString error;
            r.csp.connectDomains = stringList(*csp, "connectDomains", &error);
            r.csp.resourceDomains = stringList(*csp, "resourceDomains", &error);
            r.csp.frameDomains = stringList(*csp, "frameDomains", &error);
            r.csp.baseUriDomains = stringList(*csp, "baseUriDomains", &error);
            if (!error.isEmpty())
                return bad(error + QLatin1Char('.'));
        }
        if (auto p = ui.find("permissions"); p != ui.end() && p->is_object()) {
            r.permissions.camera = p->contains("camera");
            r.permissions.microphone = p->contains("microphone");
            r.permissions.geolocation = p->contains("geolocation");
            r.permissions.clipboardWrite = p->contains("clipboardWrite");
        }
        if (auto b = ui.find("prefersBorder"); b != ui.end() && b->is_boolean())
            r.prefersBorder = b->get<bool>();
    }
    return r;
}

QByteArray AppResource::servedHtml() const
{
    // First thing in the document, before any script or <base>: the parser puts a lone
    // <meta> into the implied <head>, and a policy applies to everything after it.
    const QByteArray meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp.policy().toHtmlEscaped().toUtf8() + "\">";
    QByteArray out = html;
    qsizetype at = 0;
    const QByteArray head = out.left(64).trimmed().toLower();
    if (head.startsWith("<!doctype")) {
        const qsizetype end = out.indexOf('>');
        at = end < 0 ? 0 : end + 1;
    }
    out.insert(at, meta);
    return out;
}

} // namespace mcpc
