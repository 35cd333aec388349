#include "demo/demoauth.h"

#include "http/httprequest.h"

#include <nlohmann/json.hpp>

namespace mcpc::demo {

DemoAuthResult DemoAuthResult::allow(DemoAuthContext context)
{
    DemoAuthResult r;
    r.context = std::move(context);
    return r;
}

DemoAuthResult DemoAuthResult::deny(http::HttpResponse challenge)
{
    DemoAuthResult r;
    r.allowed = false;
    r.challenge = std::move(challenge);
    return r;
}

std::optional<http::HttpResponse> DemoAuthGate::checkScopes(const http::HttpRequest &,
                                                            const DemoAuthContext &context,
                                                            const QStringList &requiredScopes)
{
    if (!context.authenticated)
        return std::nullopt;
    for (const QString &s : requiredScopes) {
        if (!context.scopes.contains(s))
            return bearerChallenge(403, QStringLiteral("insufficient_scope"),
                                   QStringLiteral("this tool needs scope %1").arg(s), {}, requiredScopes);
    }
    return std::nullopt;
}

DemoAuthResult OpenDemoAuthGate::authorize(const http::HttpRequest &)
{
    return DemoAuthResult::allow();
}

namespace {
// auth-param values are quoted-strings: escape '\' and '"'.
QByteArray quoted(const QString &s)
{
    QByteArray v = s.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + v + '"';
}
} // namespace

http::HttpResponse bearerChallenge(int status, const QString &error, const QString &description,
                                   const QUrl &resourceMetadata, const QStringList &scopes)
{
    QList<QByteArray> params;
    if (!error.isEmpty())
        params.append("error=" + quoted(error));
    if (!description.isEmpty())
        params.append("error_description=" + quoted(description));
    if (!scopes.isEmpty())
        params.append("scope=" + quoted(scopes.join(u' ')));
    if (resourceMetadata.isValid())
        params.append("resource_metadata=" + quoted(resourceMetadata.toString()));
    QByteArray header = "Bearer";
    if (!params.isEmpty())
        header += ' ' + params.join(", ");

    nlohmann::json body = {{"error", error.isEmpty() ? std::string("invalid_token") : error.toStdString()}};
    if (!description.isEmpty())
        body["error_description"] = description.toStdString();
    http::HttpResponse r = http::HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
    r.headers.set("WWW-Authenticate", header);
    return r;
}

} // namespace mcpc::demo
