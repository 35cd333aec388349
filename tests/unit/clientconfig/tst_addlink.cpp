// "Add to MCP Connect" links (mcp-connect://add?url=…): what the app accepts, and the
// specific sentence it shows for everything it refuses. The parser is pure, so hostile
// bytes (random, truncated, over-long) must give a result or an error, never a crash.
#include "clientconfig/addlink.h"
#include "clientconfig/clientconfigengine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mcpc;
using namespace mcpc::clientconfig;

class TestAddLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("client");
        QTest::newRow("https") << QByteArray("mcp-connect://add?url=https%3A%2F%2Fmcp.example.com%2Fmcp&name=example")
                               << "https://mcp.example.com/mcp" << "example" << "";
        QTest::newRow("unencoded url") << QByteArray("mcp-connect://add?url=https://mcp.example.com/mcp")
                                       << "https://mcp.example.com/mcp" << "" << "";
        QTest::newRow("loopback http") << QByteArray("mcp-connect://add?url=http%3A%2F%2F127.0.0.1%3A3000%2Fmcp")
                                       << "http://127.0.0.1:3000/mcp" << "" << "";
        QTest::newRow("localhost http") << QByteArray("mcp-connect://add?url=http://localhost:8080/mcp&client=cursor")
                                        << "http://localhost:8080/mcp" << "" << "cursor";
        QTest::newRow("scheme case, slash") << QByteArray("MCP-Connect://add/?name=My%20Server&url=https://a.example/")
                                            << "https://a.example/" << "My Server" << "";
        QTest::newRow("utf-8 name") << QByteArray("mcp-connect://add?url=https://a.example/mcp&name=caf%C3%A9")
                                    << "https://a.example/mcp" << QStringLiteral("caf\u00e9") << "";
        QTest::newRow("unknown params ignored") << QByteArray("mcp-connect://add?v=2&url=https://a.example/mcp&&x")
                                                << "https://a.example/mcp" << "" << "";
        QTest::newRow("plus stays plus") << QByteArray("mcp-connect://add?url=https://a.example/mcp?q=a+b")
                                         << "https://a.example/mcp?q=a+b" << "" << "";
    }
    void accepts()
    {
        QFETCH(QByteArray, link);
        auto r = parseAddLink(link);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QTEST(r->url.toString(), "url");
        QTEST(r->name, "name");
        QTEST(r->client, "client");
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("message"); // a part of the sentence the user sees
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("other scheme") << QByteArray("https://add?url=https://a.example") << "not an MCP Connect link";
        QTest::newRow("no slashes") << QByteArray("mcp-connect:add?url=https://a.example") << "must start with mcp-connect://add?";
        QTest::newRow("other action") << QByteArray("mcp-connect://remove?url=https://a.example") << "action 'remove'";
        QTest::newRow("no url") << QByteArray("mcp-connect://add?name=x") << "needs url=";
        QTest::newRow("empty url") << QByteArray("mcp-connect://add?url=") << "needs url=";
        QTest::newRow("plain http remote") << QByteArray("mcp-connect://add?url=http://mcp.example.com/mcp") << "https://";
        QTest::newRow("ftp") << QByteArray("mcp-connect://add?url=ftp://a.example/") << "must start with https://";
        QTest::newRow("credentials") << QByteArray("mcp-connect://add?url=https://user:pw@a.example/mcp") << "user name or password";
        QTest::newRow("twice") << QByteArray("mcp-connect://add?url=https://a.example&url=https://b.example") << "url= twice";
        QTest::newRow("bad escape") << QByteArray("mcp-connect://add?url=https://a.example&name=%4") << "broken %-escape";
        QTest::newRow("bad hex") << QByteArray("mcp-connect://add?url=https://a.example&name=%zz") << "broken %-escape";
        QTest::newRow("bad utf-8") << QByteArray("mcp-connect://add?url=https://a.example&name=%C3%28") << "not readable text";
        QTest::newRow("control char") << QByteArray("mcp-connect://add?url=https://a.example&name=a%0Ab") << "not readable text";
        QTest::newRow("raw space") << QByteArray("mcp-connect://add?url=https://a.example&name=a b") << "spaces";
        QTest::newRow("raw non-ascii") << QByteArray("mcp-connect://add?url=https://a.example&name=caf\xc3\xa9") << "non-ASCII";
        QTest::newRow("fragment") << QByteArray("mcp-connect://add?url=https://a.example#x") << "#fragment";
        QTest::newRow("unknown client") << QByteArray("mcp-connect://add?url=https://a.example&client=notepad") << "'notepad'";
        QTest::newRow("long name") << QByteArray("mcp-connect://add?url=https://a.example&name=" + QByteArray(81, 'n')) << "too long (81";
        QTest::newRow("too long") << QByteArray("mcp-connect://add?url=https://a.example/" + QByteArray(3000, 'p')) << "too long";
        QTest::newRow("no host") << QByteArray("mcp-connect://add?url=https:///mcp") << "not usable";
    }
    void refuses()
    {
        QFETCH(QByteArray, link);
        QFETCH(QString, message);
        auto r = parseAddLink(link);
        QVERIFY2(!r.has_value(), qPrintable(r ? r->url.toString() : QString()));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(r.error().kind, ErrorKind::Usage);
    }

    // What the CLI prints parses back to the same server.
    void roundTrip()
    {
        const QUrl url(QStringLiteral("https://mcp.example.com/v1/mcp?tenant=a&x=%2F"));
        const QString link = addLinkFor(url, QStringLiteral("My Server & co"), QStringLiteral("cursor"));
        QVERIFY(link.startsWith(QStringLiteral("mcp-connect://add?url=https%3A%2F%2F")));
        auto r = parseAddLink(link.toUtf8());
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->url, url);
        QCOMPARE(r->name, QStringLiteral("My Server & co"));
        QCOMPARE(r->client, QStringLiteral("cursor"));
    }

    void engineLinkForProfiles()
    {
        ClientConfigEngine engine;
        ServerProfile p;
        p.name = QStringLiteral("demo");
        p.url = QUrl(QStringLiteral("http://127.0.0.1:3000/mcp"));
        auto links = engine.deeplinks(QStringLiteral("mcp-connect"), p, {});
        QVERIFY(links.has_value());
        QCOMPARE(links->first().url, QStringLiteral("mcp-connect://add?url=http%3A%2F%2F127.0.0.1%3A3000%2Fmcp&name=demo"));
        // A profile a link may not carry (plain http to another machine, opted in) is refused.
        p.url = QUrl(QStringLiteral("http://mcp.example.com/mcp"));
        p.allowInsecureHttp = true;
        links = engine.deeplinks(QStringLiteral("mcp-connect"), p, {});
        QVERIFY(!links.has_value());
        QVERIFY(links.error().message.contains(QStringLiteral("https://")));
        p.transport = TransportKind::Stdio;
        p.command = QStringLiteral("server");
        QVERIFY(!engine.deeplinks(QStringLiteral("mcp-connect"), p, {}).has_value());
    }

    // Fuzz-style: random bytes, and every prefix of a valid link, never crash; prefixes
    // give the link or a specific refusal.
    void hostileBytesNeverCrash()
    {
        const QByteArray valid = "mcp-connect://add?url=https%3A%2F%2Fa.example%2Fmcp&name=caf%C3%A9&client=vscode";
        for (qsizetype n = 0; n <= valid.size(); ++n) {
            auto r = parseAddLink(valid.first(n));
            QVERIFY(r.has_value() || !r.error().message.isEmpty());
        }
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = valid;
            const int edits = 1 + int(rng->bounded(6));
            for (int e = 0; e < edits; ++e)
                bytes[rng->bounded(int(bytes.size()))] = char(rng->bounded(256));
            auto r = parseAddLink(bytes);
            QVERIFY(r.has_value() || !r.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAddLink)
#include "tst_addlink.moc"
