#pragma once
// Shared by the demo authorization server tests: a DemoServer with the AS installed on a
// fake clock, and small HTTP helpers that never follow redirects (the tests look at them).
#include "demo/demoauthserver.h"
#include "demo/demoserver.h"
#include "fakeclock.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

using namespace mcpc;
using namespace mcpc::demo;
using nlohmann::json;

// A JSON string member against a QString (QCOMPARE can't take nlohmann::json).
#define JCOMPARE_STR(j, expected) \
    QCOMPARE((j).is_string() ? QString::fromStdString((j).get<std::string>()) : QString::fromStdString((j).dump()), \
             QString(expected))

namespace demoauthtest {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    json doc;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    // The query of the Location header, decoded.
    QString locationParam(const QString &key) const
    {
        return QUrlQuery(QUrl::fromEncoded(header("Location"))).queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct Pkce
{
    QString verifier;
    QString challenge;
    static Pkce make(const QByteArray &seed = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
    {
        Pkce p;
        p.verifier = QString::fromLatin1(seed);
        p.challenge = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return p;
    }
};

struct RegisteredClient
{
    QString id;
    QString secret;
    QString redirectUri;
};

} // namespace demoauthtest

using namespace demoauthtest;

class DemoAuthTestBase : public QObject
{
protected:
    test::FakeClock m_clock;
    DemoServer *m_server = nullptr;
    DemoAuthServer *m_as = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    void setUpAuthServer(DemoAuthConfig config = {})
    {
        m_server = new DemoServer(this);
        QVERIFY(m_server->listen().has_value());
        m_as = new DemoAuthServer(m_server, config, &m_clock);
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void tearDownAuthServer()
    {
        delete m_nam;
        delete m_server; // owns the AS
        m_server = nullptr;
        m_as = nullptr;
    }

    QString base(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("http://%1:%2").arg(host).arg(m_server->port());
    }
    QString resource(const QString &host = QStringLiteral("127.0.0.1")) const { return base(host) + QStringLiteral("/mcp"); }

    HttpResult finish(QNetworkReply *reply)
    {
        HttpResult r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.doc = json::parse(r.body.toStdString(), nullptr, false);
        if (r.doc.is_discarded())
            r.doc = json();
        reply->deleteLater();
        return r;
    }

    HttpResult get(const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req{QUrl(url)};
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return finish(m_nam->get(req));
    }

    HttpResult postForm(const QString &url, const QList<QPair<QString, QString>> &fields,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QByteArray body;
        for (const auto &[k, v] : fields)
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        return finish(m_nam->post(req, body));
    }

    HttpResult postJson(const QString &url, const json &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Accept", "application/json, text/event-stream");
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return finish(m_nam->post(req, QByteArray::fromStdString(body.dump())));
    }

    RegisteredClient registerClient(const QString &authMethod = QStringLiteral("none"),
                                    const QString &redirect = QStringLiteral("http://127.0.0.1:4567/callback"))
    {
        const HttpResult r = postJson(base() + QStringLiteral("/register"),
                                      json{{"client_name", "Test App"},
                                           {"redirect_uris", json::array({redirect.toStdString()})},
                                           {"grant_types", json::array({"authorization_code", "refresh_token"})},
                                           {"response_types", json::array({"code"})},
                                           {"token_endpoint_auth_method", authMethod.toStdString()}});
        RegisteredClient c;
        if (r.status != 201)
            return c;
        c.id = QString::fromStdString(r.doc.value("client_id", std::string()));
        c.secret = QString::fromStdString(r.doc.value("client_secret", std::string()));
        c.redirectUri = redirect;
        return c;
    }

    QString authorizeUrl(const RegisteredClient &c, const Pkce &pkce, const QString &scope = {},
                         const QString &host = QStringLiteral("127.0.0.1"), const QString &state = QStringLiteral("st-1"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), c.id);
        q.addQueryItem(QStringLiteral("redirect_uri"), c.redirectUri);
        q.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        q.addQueryItem(QStringLiteral("state"), state);
        q.addQueryItem(QStringLiteral("resource"), resource(host));
        if (!scope.isEmpty())
            q.addQueryItem(QStringLiteral("scope"), scope);
        QString encoded;
        for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
            encoded += (encoded.isEmpty() ? QString() : QStringLiteral("&"))
                       + QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v));
        return base(host) + QStringLiteral("/authorize?") + encoded;
    }

    static QString formField(const QByteArray &html, const QString &name)
    {
        const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        return re.match(QString::fromUtf8(html)).captured(1);
    }

    // GET /authorize, then the consent form's decision: the final redirect.
    HttpResult consent(const QString &authorizeUrl, const QString &decision, QByteArray *pageOut = nullptr)
    {
        const HttpResult page = get(authorizeUrl);
        if (pageOut)
            *pageOut = page.body;
        if (page.status != 200)
            return page;
        const QString origin = QUrl(authorizeUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
        return postForm(origin + QStringLiteral("/consent"), {{QStringLiteral("request_id"), formField(page.body, QStringLiteral("request_id"))},
                                                              {QStringLiteral("csrf_token"), formField(page.body, QStringLiteral("csrf_token"))},
                                                              {QStringLiteral("decision"), decision}});
    }

    HttpResult exchange(const RegisteredClient &c, const QString &code, const Pkce &pkce,
                        const QString &host = QStringLiteral("127.0.0.1"))
    {
        return postForm(base(host) + QStringLiteral("/token"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                                {QStringLiteral("code"), code},
                                                                {QStringLiteral("redirect_uri"), c.redirectUri},
                                                                {QStringLiteral("code_verifier"), pkce.verifier},
                                                                {QStringLiteral("client_id"), c.id},
                                                                {QStringLiteral("resource"), resource(host)}});
    }

    HttpResult refresh(const RegisteredClient &c, const QString &refreshToken, const QString &scope = {})
    {
        QList<QPair<QString, QString>> f = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                            {QStringLiteral("refresh_token"), refreshToken},
                                            {QStringLiteral("client_id"), c.id},
                                            {QStringLiteral("resource"), resource()}};
        if (!scope.isEmpty())
            f.append({QStringLiteral("scope"), scope});
        return postForm(base() + QStringLiteral("/token"), f);
    }

    // Register, consent (Allow), exchange: the token response.
    json signIn(const QString &scope = {}, RegisteredClient *clientOut = nullptr)
    {
        const RegisteredClient c = registerClient();
        const Pkce pkce = Pkce::make();
        const HttpResult redirect = consent(authorizeUrl(c, pkce, scope), QStringLiteral("allow"));
        if (clientOut)
            *clientOut = c;
        return exchange(c, redirect.locationParam(QStringLiteral("code")), pkce).doc;
    }

    // An MCP initialize with this bearer token (empty: none).
    HttpResult mcpInitialize(const QString &token, const QString &host = QStringLiteral("127.0.0.1"))
    {
        QList<QPair<QByteArray, QByteArray>> h;
        if (!token.isEmpty())
            h.append({"Authorization", "Bearer " + token.toLatin1()});
        return postJson(resource(host),
                        json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                             {"params", {{"protocolVersion", "2025-11-25"}, {"capabilities", json::object()},
                                         {"clientInfo", {{"name", "t"}, {"version", "1"}}}}}},
                        h);
    }
};
