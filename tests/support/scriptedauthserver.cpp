#include "scriptedauthserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace mcpc::test {

ScriptedAuthServer::ScriptedAuthServer(QString n)
    : name(std::move(n))
    , server([this](const ScriptedRequest &r, ScriptedConnection *c) { handle(r, c); })
{
}

QString ScriptedAuthServer::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(server.port());
}

QString ScriptedAuthServer::issuer() const
{
    return metadataIssuer.isEmpty() ? base() : metadataIssuer;
}

QByteArray ScriptedAuthServer::metadata() const
{
    QJsonObject m;
    m[u"issuer"] = issuer();
    m[u"authorization_endpoint"] = QString(base() + u"/authorize");
    m[u"token_endpoint"] = QString(base() + u"/token");
    m[u"registration_endpoint"] = QString(base() + u"/register");
    m[u"response_types_supported"] = QJsonArray{QStringLiteral("code")};
    if (listS256)
        m[u"code_challenge_methods_supported"] = QJsonArray{QStringLiteral("S256")};
    m[u"token_endpoint_auth_methods_supported"] = QJsonArray{QStringLiteral("none"), QStringLiteral("client_secret_post")};
    if (issAdvertised >= 0)
        m[u"authorization_response_iss_parameter_supported"] = issAdvertised == 1;
    if (cimd)
        m[u"client_id_metadata_document_supported"] = true;
    return QJsonDocument(m).toJson();
}

void ScriptedAuthServer::handle(const ScriptedRequest &r, ScriptedConnection *c)
{
    const QUrl url(base() + QString::fromUtf8(r.path));
    const QUrlQuery q(url);
    const QString path = url.path();
    if (path == u"/.well-known/oauth-protected-resource/mcp") {
        QJsonObject prm;
        prm[u"resource"] = prmResource.isEmpty() ? QString(base() + u"/mcp") : prmResource;
        prm[u"authorization_servers"] = QJsonArray{base()};
        prm[u"scopes_supported"] = QJsonArray{QStringLiteral("s1")};
        c->respond(200, QJsonDocument(prm).toJson());
    } else if (path == u"/.well-known/oauth-authorization-server") {
        c->respond(200, metadata());
    } else if (path == u"/register") {
        registrations << QJsonDocument::fromJson(r.body).object();
        QJsonObject client;
        client[u"client_id"] = QStringLiteral("%1-client-%2").arg(name).arg(registrations.size());
        client[u"client_secret"] = QString(name + u"-secret");
        c->respond(201, QJsonDocument(client).toJson());
    } else if (path == u"/authorize") {
        ++authorizeRequests;
        clientIdsSeen << q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        QUrl back(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery bq;
        bq.addQueryItem(QStringLiteral("code"), u"code-" + name);
        bq.addQueryItem(QStringLiteral("state"), q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        const QString iss = issMode == u"correct"      ? issuer()
                            : issMode == u"wrong"      ? QStringLiteral("https://evil.example.com")
                            : issMode == u"normalized" ? issuer() + u'/'
                                                       : QString();
        if (issMode != u"omit")
            bq.addQueryItem(QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(iss)));
        back.setQuery(bq);
        c->respond(302, {}, "text/plain", {{"Location", back.toEncoded()}});
    } else if (path == u"/token") {
        ++tokenRequests;
        const QUrlQuery form(QString::fromUtf8(r.body));
        clientIdsSeen << form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        if (!tokenBody.isEmpty())
            return c->respond(tokenStatus, tokenBody);
        QJsonObject t;
        t[u"access_token"] = QStringLiteral("AT-%1-%2").arg(name).arg(tokenRequests);
        t[u"token_type"] = QStringLiteral("Bearer");
        t[u"expires_in"] = 3600;
        t[u"refresh_token"] = QStringLiteral("RT-%1-%2").arg(name).arg(tokenRequests);
        c->respond(tokenStatus, QJsonDocument(t).toJson());
    } else {
        c->respond(404, "{}");
    }
}

} // namespace mcpc::test
