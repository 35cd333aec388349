// Legacy HTTP+SSE (2024-11-05) with sign-in: a 401 on the stream GET or on a POST goes to
// the authenticator and is retried once with the new credentials; a refusal fails
// clearly, and a server that keeps refusing does not cause a loop.
#include "http/client/httpclient.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "scriptedhttpserver.h"
#include "transport/httpauthenticator.h"
#include "transport/legacyssetransport.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mcpc;
using mcpc::test::ScriptedConnection;
using mcpc::test::ScriptedHttpServer;
using mcpc::test::ScriptedRequest;
using nlohmann::json;

namespace {

// Hands out `next` as the bearer token when challenged (or refuses).
class TokenAuth : public HttpAuthenticator
{
public:
    QByteArray token;
    QByteArray next = "good";
    bool allow = true;
    int challenges = 0;
    QList<int> statuses;

    QList<QPair<QByteArray, QByteArray>> headers() const override
    {
        if (token.isEmpty())
            return {};
        return {{"Authorization", "Bearer " + token}};
    }
    void handleChallenge(const AuthChallenge &c) override
    {
        ++challenges;
        statuses << c.httpStatus;
        QTimer::singleShot(0, this, [this] {
            if (!allow)
                return Q_EMIT challengeResolved(false, Error::make(ErrorKind::Auth, QStringLiteral("Sign in again.")));
            token = next;
            Q_EMIT challengeResolved(true, {});
        });
    }
};

// A legacy server that wants `Bearer <accepted>` on the GET and on every POST.
struct AuthSseServer
{
    QByteArray accepted = "good";
    QPointer<ScriptedConnection> stream;
    ScriptedHttpServer server{[this](const ScriptedRequest &r, ScriptedConnection *c) { handle(r, c); }};

    void handle(const ScriptedRequest &r, ScriptedConnection *c)
    {
        if (r.header("authorization") != "Bearer " + accepted)
            return c->respond(401, "{\"error\":\"invalid_token\"}", "application/json",
                              {{"WWW-Authenticate", R"(Bearer error="invalid_token", resource_metadata="http://x/prm")"}});
        if (r.method == "GET") {
            c->startSse();
            c->sseEvent("/messages?sessionId=abc", {}, "endpoint");
            stream = c;
            return;
        }
        c->respond(202, {}, "text/plain");
        const QByteArray m = r.jsonMethod();
        if (!stream || r.jsonId().isEmpty())
            return;
        json res = json::object();
        if (m == "initialize")
            res = {{"protocolVersion", "2025-03-26"}, {"capabilities", {{"tools", json::object()}}},
                   {"serverInfo", {{"name", "legacy"}, {"version", "1"}}}};
        else if (m == "tools/list")
            res = {{"tools", json::array()}};
        stream->sseEvent("{\"jsonrpc\":\"2.0\",\"id\":" + r.jsonId() + ",\"result\":" + QByteArray::fromStdString(res.dump()) + "}");
    }
};

struct Rig
{
    http::HttpClient http;
    TokenAuth auth;
    std::unique_ptr<McpClient> client;
    void connectTo(const QUrl &url)
    {
        auto *t = new LegacySseTransport(url, &http);
        t->setAuthenticator(&auth);
        client = std::make_unique<McpClient>(t, ClientOptions{.eraPreference = EraPreference::Legacy});
        client->connectToServer();
    }
};

RpcCall *callAndWait(McpClient *client, const QString &method)
{
    RpcCall *c = client->call(method);
    QSignalSpy done(c, &RpcCall::finished);
    if (!done.wait(10000))
        qWarning("call did not finish");
    return c;
}

} // namespace

class TestLegacySseAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamOpensAfterSignInAndPostsRetryAfterRefresh()
    {
        AuthSseServer s;
        Rig rig;
        rig.connectTo(s.server.url(QStringLiteral("/sse")));
        QSignalSpy ready(rig.client.get(), &McpClient::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(rig.auth.challenges, 1);
        QCOMPARE(s.server.count("GET"), 2); // refused, then with the token

        QTRY_COMPARE(s.server.requestsFor("notifications/initialized").size(), 1);
        // The token is rotated at the server: the POST gets 401, is renewed and retried.
        s.accepted = "good2";
        rig.auth.next = "good2";
        RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
        QVERIFY2(c->ok(), qPrintable(c->error().message));
        QCOMPARE(rig.auth.challenges, 2);
        QCOMPARE(rig.auth.statuses, (QList<int>{401, 401}));
    }

    void aRefusedChallengeFailsTheRequestClearly()
    {
        AuthSseServer s;
        Rig rig;
        rig.connectTo(s.server.url(QStringLiteral("/sse")));
        QSignalSpy ready(rig.client.get(), &McpClient::ready);
        QVERIFY(ready.wait(10000));
        s.accepted = "other";
        rig.auth.allow = false;
        RpcCall *c = callAndWait(rig.client.get(), QStringLiteral("tools/list"));
        QVERIFY(!c->ok());
        QCOMPARE(c->error().kind, ErrorKind::Auth);
        QCOMPARE(c->error().message, QStringLiteral("Sign in again."));
    }

    void aServerThatKeepsRefusingStopsAfterOneRetry()
    {
        AuthSseServer s;
        s.accepted = "never";
        Rig rig;
        rig.connectTo(s.server.url(QStringLiteral("/sse")));
        QSignalSpy failed(rig.client.get(), &McpClient::connectFailed);
        QVERIFY(failed.wait(10000));
        const Error e = failed.at(0).at(0).value<Error>();
        QCOMPARE(e.kind, ErrorKind::Auth);
        QVERIFY2(e.message.contains(u"after signing in"), qPrintable(e.message));
        QCOMPARE(rig.auth.challenges, 1);
        QCOMPARE(s.server.count("GET"), 2);
    }
};

QTEST_GUILESS_MAIN(TestLegacySseAuth)
#include "tst_legacysseauth.moc"
