#pragma once
// Shared by the demo server tests: a running DemoServer on an ephemeral port and a tiny
// MCP-over-HTTP client built on QNetworkAccessManager.
#include "demo/demoserver.h"
#include "http/httprequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mcpc;
using namespace mcpc::demo;
using nlohmann::json;

// QCOMPARE can't take nlohmann::json (its implicit conversions confuse QTest's overloads).
#define JCOMPARE(actual, expected) \
    QVERIFY2(json(actual) == json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(json(actual).dump()), QString::fromStdString(json(expected).dump()))))

namespace demotest {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray sessionId;
    QByteArray body;
    json doc; // parsed JSON body (or null)
};

// One SSE event as a client sees it.
struct Event
{
    QByteArray id;
    QByteArray data;
    bool hasRetry = false;
};

inline QList<Event> parseSse(const QByteArray &body)
{
    QList<Event> events;
    Event cur;
    bool any = false;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty()) {
            if (any)
                events.append(cur);
            cur = Event();
            any = false;
            continue;
        }
        any = true;
        if (line.startsWith("id:"))
            cur.id = line.mid(3).trimmed();
        else if (line.startsWith("data:"))
            cur.data += (cur.data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(5).trimmed();
        else if (line.startsWith("retry:"))
            cur.hasRetry = true;
    }
    return events;
}

inline const char *kExpectedUserText = "User ID: user_2demo7Hc9mN4pLr8tVw3ZkQx\n"
                                "Username: ada.demo\n"
                                "First Name: Ada\n"
                                "Last Name: Lovelace\n"
                                "Primary Email: ada@example.com\n"
                                "Secondary Email: ada.lovelace@example.org\n"
                                "2FA Enabled: No\n"
                                "Account Banned: No\n"
                                "Account Locked: No\n"
                                "Profile Image: https://img.example.com/avatars/ada-demo.png\n"
                                "External Accounts: google (ada@example.com)\n"
                                "Organization Creation Enabled: Yes\n"
                                "Delete Self Enabled: Yes";

// A gate like the OAuth work will write: bearer "good" = signed in as Grace with scope
// "profile"; anything else gets a 401 challenge.
class TestGate : public DemoAuthGate
{
public:
    DemoAuthResult authorize(const http::HttpRequest &request) override
    {
        const QByteArray auth = request.header("authorization");
        if (auth != "Bearer good" && auth != "Bearer narrow")
            return DemoAuthResult::deny(bearerChallenge(401, QStringLiteral("invalid_token"), QStringLiteral("sign in"),
                                                        QUrl(QStringLiteral("http://127.0.0.1/.well-known/oauth-protected-resource/mcp")),
                                                        {}));
        DemoAuthContext ctx;
        ctx.authenticated = true;
        ctx.subject = QStringLiteral("user_grace");
        ctx.scopes = auth == "Bearer good" ? QStringList{QStringLiteral("profile")} : QStringList{};
        ctx.user.userId = QStringLiteral("user_grace");
        ctx.user.firstName = QStringLiteral("Grace");
        return DemoAuthResult::allow(ctx);
    }
};

} // namespace demotest

using namespace demotest;


class DemoTestBase : public QObject
{
protected:
    DemoServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_session;
    QByteArray m_version = "2025-11-25";
    int m_nextId = 100;

    QNetworkRequest request(const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest req(m_server->url());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Accept", "application/json, text/event-stream");
        if (!m_session.isEmpty())
            req.setRawHeader("Mcp-Session-Id", m_session);
        if (!m_version.isEmpty())
            req.setRawHeader("MCP-Protocol-Version", m_version);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return req;
    }

    Reply finish(QNetworkReply *reply)
    {
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.sessionId = reply->rawHeader("Mcp-Session-Id");
        r.body = reply->readAll();
        r.doc = json::parse(r.body.toStdString(), nullptr, false);
        if (r.doc.is_discarded())
            r.doc = json();
        reply->deleteLater();
        return r;
    }

    Reply post(const json &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(m_nam->post(request(headers), QByteArray::fromStdString(body.dump())));
    }

    Reply send(const QByteArray &verb, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(m_nam->sendCustomRequest(request(headers), verb));
    }

    json rpc(const std::string &method, const json &params = json::object())
    {
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", ++m_nextId}, {"method", method}, {"params", params}});
        if (r.status != 200 || !r.doc.is_object())
            return json{{"httpStatus", r.status}};
        return r.doc;
    }

    QByteArray initialize(const char *version = "2025-11-25")
    {
        m_session.clear();
        m_version.clear();
        const Reply r = post(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                  {"params", {{"protocolVersion", version}, {"capabilities", json::object()},
                                              {"clientInfo", {{"name", "test"}, {"version", "1"}}}}}});
        m_session = r.sessionId;
        m_version = QByteArray::fromStdString(r.doc["result"].value("protocolVersion", std::string()));
        post(json{{"jsonrpc", "2.0"}, {"method", "notifications/initialized"}});
        return r.sessionId;
    }


    void setUpServer()
    {
        m_server = new DemoServer(this);
        m_nam = new QNetworkAccessManager(this);
        QVERIFY(m_server->listen().has_value());
        QCOMPARE(m_server->url().toString(), QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_server->port()));
        m_session.clear();
        m_version = "2025-11-25";
    }

    void tearDownServer()
    {
        delete m_nam;
        delete m_server;
    }
};
