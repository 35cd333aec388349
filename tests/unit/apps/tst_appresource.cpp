// MCP Apps without a web engine: which tools have an App, reading the ui:// resource
// (and refusing what is not one), and the CSP and request decisions made from what the
// resource declares.
#include "apps/appresource.h"

#include <QTest>

using namespace mcpc;
using json = nlohmann::json;

class TestAppResource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourceUriFromToolMeta();
    void readResultGivesHtmlAndDeclarations();
    void readResultRefusesWhatIsNotAnApp_data();
    void readResultRefusesWhatIsNotAnApp();
    void policyAllowsOnlyWhatIsDeclared();
    void originMatching_data();
    void originMatching();
    void cspMetaComesFirst();
};

void TestAppResource::resourceUriFromToolMeta()
{
    QCOMPARE(apps::resourceUriOf(json{{"name", "t"}, {"_meta", {{"ui", {{"resourceUri", "ui://get-time/mcp-app.html"}}}}}}),
             QUrl(QStringLiteral("ui://get-time/mcp-app.html")));
    // The older flat key.
    QCOMPARE(apps::resourceUriOf(json{{"_meta", {{"ui/resourceUri", "ui://a/b.html"}}}}), QUrl(QStringLiteral("ui://a/b.html")));
    // Not an App: no meta, another scheme, no host, wrong types.
    QVERIFY(!apps::resourceUriOf(json{{"name", "t"}}).isValid());
    QVERIFY(!apps::resourceUriOf(json{{"_meta", {{"ui", {{"resourceUri", "https://evil.example/x.html"}}}}}}).isValid());
    QVERIFY(!apps::resourceUriOf(json{{"_meta", {{"ui", {{"resourceUri", "ui:nohost"}}}}}}).isValid());
    QVERIFY(!apps::resourceUriOf(json{{"_meta", {{"ui", {{"resourceUri", 5}}}}}}).isValid());
    QVERIFY(!apps::resourceUriOf(json{{"_meta", "x"}}).isValid());
    QVERIFY(!apps::resourceUriOf(json("not an object")).isValid());
}

void TestAppResource::readResultGivesHtmlAndDeclarations()
{
    const QUrl uri(QStringLiteral("ui://w/app.html"));
    const json result = {{"contents",
                          {{{"uri", "ui://w/app.html"},
                            {"mimeType", "text/html;profile=mcp-app"},
                            {"text", "<!doctype html><p>hi</p>"},
                            {"_meta",
                             {{"ui",
                               {{"csp", {{"connectDomains", {"https://api.example.com"}}, {"resourceDomains", {"https://*.cdn.example"}}}},
                                {"permissions", {{"camera", json::object()}}},
                                {"prefersBorder", false}}}}}}}}};
    auto r = AppResource::fromReadResult(uri, result);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->html, QByteArray("<!doctype html><p>hi</p>"));
    QCOMPARE(r->csp.connectDomains, QStringList{QStringLiteral("https://api.example.com")});
    QCOMPARE(r->csp.resourceDomains, QStringList{QStringLiteral("https://*.cdn.example")});
    QVERIFY(r->permissions.camera);
    QVERIFY(!r->permissions.microphone);
    QVERIFY(!r->prefersBorder);
    // A blob works too.
    auto blob = AppResource::fromReadResult(uri, {{"contents", {{{"uri", "ui://w/app.html"}, {"mimeType", "text/html"}, {"blob", "PGI+eDwvYj4="}}}}});
    QVERIFY(blob.has_value());
    QCOMPARE(blob->html, QByteArray("<b>x</b>"));
}

void TestAppResource::readResultRefusesWhatIsNotAnApp_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("says");
    QTest::newRow("no contents") << QByteArray(R"({"contents": []})") << "no contents";
    QTest::newRow("wrong mime") << QByteArray(R"({"contents": [{"mimeType": "application/javascript", "text": "x"}]})") << "mime type";
    QTest::newRow("empty html") << QByteArray(R"({"contents": [{"mimeType": "text/html;profile=mcp-app", "text": "  "}]})") << "empty";
    QTest::newRow("csp not object") << QByteArray(R"({"contents": [{"mimeType": "text/html", "text": "x", "_meta": {"ui": {"csp": []}}}]})") << "not an object";
    // A domain that would smuggle another directive or a keyword into the policy.
    QTest::newRow("csp injection") << QByteArray(R"({"contents": [{"mimeType": "text/html", "text": "x", "_meta": {"ui": {"csp": {"connectDomains": ["https://a.com; script-src *"]}}}}]})") << "not an origin";
    QTest::newRow("csp keyword") << QByteArray(R"({"contents": [{"mimeType": "text/html", "text": "x", "_meta": {"ui": {"csp": {"resourceDomains": ["'unsafe-eval'"]}}}}]})") << "not an origin";
    QTest::newRow("csp wildcard all") << QByteArray(R"({"contents": [{"mimeType": "text/html", "text": "x", "_meta": {"ui": {"csp": {"resourceDomains": ["*"]}}}}]})") << "not an origin";
}

void TestAppResource::readResultRefusesWhatIsNotAnApp()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, says);
    auto r = AppResource::fromReadResult(QUrl(QStringLiteral("ui://w/app.html")), json::parse(result.toStdString()));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(u"ui://w/app.html"));
}

void TestAppResource::policyAllowsOnlyWhatIsDeclared()
{
    AppCsp none;
    const QString p = none.policy();
    QVERIFY(p.startsWith(u"default-src 'none'"));
    QVERIFY(p.contains(u"connect-src 'self'; "));
    QVERIFY(p.contains(u"frame-src 'none'"));
    QVERIFY(p.contains(u"object-src 'none'"));
    QVERIFY(!p.contains(u"unsafe-eval"));
    QVERIFY(!none.allowsConnect(QUrl(QStringLiteral("https://api.example.com/x"))));

    AppCsp some;
    some.connectDomains = {QStringLiteral("https://api.example.com")};
    some.resourceDomains = {QStringLiteral("https://*.cdn.example")};
    QVERIFY(some.policy().contains(u"connect-src 'self' https://api.example.com"));
    QVERIFY(some.policy().contains(u"script-src 'self' https://*.cdn.example 'unsafe-inline'"));
    QVERIFY(some.allowsConnect(QUrl(QStringLiteral("https://api.example.com/v1?q=1"))));
    QVERIFY(!some.allowsConnect(QUrl(QStringLiteral("https://evil.example/"))));
    QVERIFY(!some.allowsConnect(QUrl(QStringLiteral("https://a.cdn.example/x.js")))); // a resource origin, not connect
    QVERIFY(some.allowsResource(QUrl(QStringLiteral("https://a.cdn.example/x.js"))));
    QVERIFY(!some.allowsFrame(QUrl(QStringLiteral("https://api.example.com/"))));
}

void TestAppResource::originMatching_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << "https://a.com" << "https://a.com/x" << true;
    QTest::newRow("case") << "https://A.com" << "https://a.COM/x" << true;
    QTest::newRow("scheme") << "https://a.com" << "http://a.com/x" << false;
    QTest::newRow("sub not implied") << "https://a.com" << "https://b.a.com/" << false;
    QTest::newRow("wildcard sub") << "https://*.a.com" << "https://b.a.com/" << true;
    QTest::newRow("wildcard not apex") << "https://*.a.com" << "https://a.com/" << false;
    QTest::newRow("suffix trick") << "https://*.a.com" << "https://evila.com/" << false;
    QTest::newRow("default port") << "https://a.com" << "https://a.com:443/" << true;
    QTest::newRow("other port") << "https://a.com" << "https://a.com:8443/" << false;
    QTest::newRow("explicit port") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080/p" << true;
    QTest::newRow("lookalike host") << "https://a.com" << "https://a.com.evil.net/" << false;
}

void TestAppResource::originMatching()
{
    QFETCH(QString, declared);
    QFETCH(QString, url);
    QFETCH(bool, matches);
    QCOMPARE(originMatches(declared, QUrl(url)), matches);
}

void TestAppResource::cspMetaComesFirst()
{
    AppResource r;
    r.html = "<!DOCTYPE html>\n<html><head><script>evil()</script></head></html>";
    const QByteArray served = r.servedHtml();
    QVERIFY(served.startsWith("<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\""));
    QVERIFY(served.indexOf("Content-Security-Policy") < served.indexOf("<script>"));
    // Without a doctype: at the very start. Quotes in the policy are escaped for the attribute.
    r.html = "<script>x()</script>";
    QVERIFY(r.servedHtml().startsWith("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "));
}

QTEST_GUILESS_MAIN(TestAppResource)
#include "tst_appresource.moc"
