#include "apps/web/appschemehandler.h"

#include "apps/appslog.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace mcpc::ui {

namespace {

// On load of the plugin (or of a test that links it in), before anything starts QtWebEngine.
const bool g_registered = [] {
    AppSchemeHandler::registerSchemes();
    return true;
}();

} // namespace

void AppSchemeHandler::registerSchemes()
{
    for (const char *name : {kAppScheme, kHostScheme}) {
        if (QWebEngineUrlScheme::schemeByName(name).name() == name)
            continue;
        QWebEngineUrlScheme s(name);
        // Host syntax: each ui://<server-app>/ is its own origin, so CSP 'self' means the
        // App itself. Secure: a secure context like https pages (no mixed-content
        // surprises). CorsEnabled: fetch may address it. No local file access.
        s.setSyntax(QWebEngineUrlScheme::Syntax::Host);
        s.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
        s.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
        QWebEngineUrlScheme::registerScheme(s);
    }
}

QString AppSchemeHandler::key(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery).toString();
}

void AppSchemeHandler::serve(const QUrl &url, const QByteArray &mimeType, const QByteArray &body)
{
    m_pages.insert(key(url), Page{mimeType, body});
}

bool AppSchemeHandler::serves(const QUrl &url) const
{
    return m_pages.contains(key(url));
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const auto it = m_pages.constFind(key(job->requestUrl()));
    if (job->requestMethod() != "GET" || it == m_pages.cend()) {
        qCDebug(lcApps) << "not served:" << job->requestMethod() << job->requestUrl();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(it->body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(it->mimeType, buffer);
}

} // namespace mcpc::ui
