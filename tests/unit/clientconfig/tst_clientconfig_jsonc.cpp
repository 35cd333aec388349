// The minimal-edit JSONC writer on hand-picked layouts: every case checks the exact bytes
// after an insert, and that removing with the returned notes restores the original.
#include "clientconfig/jsonc/jsoncdocument.h"
#include "clientconfig/jsonc/jsoncmodifier.h"
#include "clientconfig/editing/unifieddiff.h"

#include <QTest>

using namespace mcpc::clientconfig;
using namespace Qt::StringLiterals;

namespace {

JsonValue entry(const char *url)
{
    JsonValue v = JsonValue::object();
    v.insert(QStringLiteral("url"), JsonValue::string(QString::fromUtf8(url)));
    return v;
}

QStringList path(const char *dotted)
{
    return QString::fromUtf8(dotted).split(u'.');
}

} // namespace

class TestJsoncModifier : public QObject
{
    Q_OBJECT

private slots:
    void insertAndRemove_data();
    void insertAndRemove();
    void replaceKeepsNeighbours();
    void keyWithALeadingByteOrderMarkIsAnotherKey();
    void removeMiddleMember();
    void removeNeverSwallowsIntoComment();
    void parseErrorsNameLineAndColumn_data();
    void parseErrorsNameLineAndColumn();
    void dialects();
    void valueDecoding();
    void unifiedDiffHunks();
};

void TestJsoncModifier::insertAndRemove_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("dotted");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("append after last member")
        << QByteArray("{\n  \"mcpServers\": {\n    \"a\": {\"url\": \"x\"}\n  }\n}\n") << u"mcpServers.b"_s
        << QByteArray("{\n  \"mcpServers\": {\n    \"a\": {\"url\": \"x\"},\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}\n");
    QTest::newRow("empty object")
        << QByteArray("{\n  \"mcpServers\": {}\n}\n") << u"mcpServers.b"_s
        << QByteArray("{\n  \"mcpServers\": {\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}\n");
    QTest::newRow("empty object with inner space")
        << QByteArray("{\n  \"mcpServers\": { }\n}\n") << u"mcpServers.b"_s
        << QByteArray("{\n  \"mcpServers\": {\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}\n");
    QTest::newRow("empty root")
        << QByteArray("{}") << u"mcpServers.b"_s
        << QByteArray("{\n  \"mcpServers\": {\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}");
    QTest::newRow("missing parent")
        << QByteArray("{\n\t\"theme\": \"dark\"\n}\n") << u"mcpServers.b"_s
        << QByteArray("{\n\t\"theme\": \"dark\",\n\t\"mcpServers\": {\n\t\t\"b\": {\n\t\t\t\"url\": \"https://n\"\n\t\t}\n\t}\n}\n");
    QTest::newRow("crlf and trailing comma")
        << QByteArray("{\r\n  \"servers\": {\r\n    \"a\": {},\r\n  },\r\n}\r\n") << u"servers.b"_s
        << QByteArray("{\r\n  \"servers\": {\r\n    \"a\": {},\r\n    \"b\": {\r\n      \"url\": \"https://n\"\r\n    },\r\n  },\r\n}\r\n");
    QTest::newRow("line comment after last member")
        << QByteArray("{\n  \"s\": {\n    \"a\": 1 // keep me\n  }\n}") << u"s.b"_s
        << QByteArray("{\n  \"s\": {\n    \"a\": 1, // keep me\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}");
    // Found by tests/fuzz (fuzz_jsonc): blanks after the comment were lost on removal.
    QTest::newRow("line comment with trailing blanks after last member")
        << QByteArray("{\n  \"s\": {\n    \"a\": 1 // keep me \t\n  }\n}") << u"s.b"_s
        << QByteArray("{\n  \"s\": {\n    \"a\": 1, // keep me \t\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}");
    QTest::newRow("comment on its own line before brace")
        << QByteArray("{\n  \"s\": {\n    \"a\": 1\n    // later\n  }\n}") << u"s.b"_s
        << QByteArray("{\n  \"s\": {\n    \"a\": 1,\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n    // later\n  }\n}");
    QTest::newRow("only a comment inside")
        << QByteArray("{\n  \"s\": {\n    // nothing yet\n  }\n}") << u"s.b"_s
        << QByteArray("{\n  \"s\": {\n    // nothing yet\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}");
    QTest::newRow("minified")
        << QByteArray("{\"x\":1,\"s\":{\"a\":2}}") << u"s.b"_s
        << QByteArray("{\"x\":1,\"s\":{\"a\":2,\"b\":{\"url\":\"https://n\"}}}");
    QTest::newRow("single line with spaces")
        << QByteArray("{ \"s\": { \"a\": 2 } }") << u"s.b"_s
        << QByteArray("{ \"s\": { \"a\": 2, \"b\": {\"url\": \"https://n\"} } }");
    QTest::newRow("empty file")
        << QByteArray("") << u"mcpServers.b"_s
        << QByteArray("{\n  \"mcpServers\": {\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}\n");
    QTest::newRow("comments only, BOM")
        << QByteArray("\xEF\xBB\xBF// settings\n") << u"mcpServers.b"_s
        << QByteArray("\xEF\xBB\xBF// settings\n{\n  \"mcpServers\": {\n    \"b\": {\n      \"url\": \"https://n\"\n    }\n  }\n}\n");
    QTest::newRow("deep missing chain")
        << QByteArray("{\n  \"projects\": {\n    \"/other\": {}\n  }\n}\n") << u"projects./work/p.mcpServers.b"_s
        << QByteArray("{\n  \"projects\": {\n    \"/other\": {},\n    \"/work/p\": {\n      \"mcpServers\": {\n        \"b\": {\n"
                      "          \"url\": \"https://n\"\n        }\n      }\n    }\n  }\n}\n");
}

void TestJsoncModifier::insertAndRemove()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, dotted);
    QFETCH(QByteArray, expected);
    const QStringList p = dotted.startsWith(u"projects.") ? QStringList{u"projects"_s, u"/work/p"_s, u"mcpServers"_s, u"b"_s}
                                                          : dotted.split(u'.');
    auto doc = JsoncDocument::parse(original, JsoncDialect::jsonc());
    QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().message));
    auto set = JsoncModifier(*doc).set(p, entry("https://n"));
    QVERIFY(set.has_value());
    const QByteArray after = applyEdits(original, set->edits);
    QCOMPARE(after, expected);

    auto doc2 = JsoncDocument::parse(after, JsoncDialect::jsonc());
    QVERIFY(doc2.has_value());
    QCOMPARE(doc2->value(doc2->findPath(p)).toCompactJson(), QByteArray("{\"url\":\"https://n\"}"));
    const QByteArray back = applyEdits(after, JsoncModifier(*doc2).remove(p, set->notes));
    QCOMPARE(back, original);
}

void TestJsoncModifier::replaceKeepsNeighbours()
{
    const QByteArray original = "{\n  // servers\n  \"s\": {\n    \"a\": {\"url\": \"old\"}, // ours\n    \"z\": 1\n  }\n}\n";
    auto doc = JsoncDocument::parse(original, JsoncDialect::jsonc());
    QVERIFY(doc.has_value());
    auto set = JsoncModifier(*doc).set(path("s.a"), entry("new"));
    QVERIFY(set.has_value());
    QVERIFY(set->replaced);
    QCOMPARE(applyEdits(original, set->edits),
             QByteArray("{\n  // servers\n  \"s\": {\n    \"a\": {\n      \"url\": \"new\"\n    }, // ours\n    \"z\": 1\n  }\n}\n"));
}

void TestJsoncModifier::keyWithALeadingByteOrderMarkIsAnotherKey()
{
    // "\uFEFFa" (the user's entry) is not "a" (ours), and a string that starts with U+FEFF
    // keeps it when read (QString::fromUtf8 drops a leading U+FEFF: the value lost it).
    const QByteArray original = "{\"s\": {\"\xEF\xBB\xBF" "a\": {\"url\": \"\xEF\xBB\xBF" "mine\"}}}";
    auto doc = JsoncDocument::parse(original, JsoncDialect::jsonc());
    QVERIFY(doc.has_value());
    QVERIFY(doc->findPath(path("s.a")) < 0);
    auto set = JsoncModifier(*doc).set(path("s.a"), entry("https://n"));
    QVERIFY(set.has_value());
    QVERIFY(!set->replaced);
    const QByteArray after = applyEdits(original, set->edits);
    auto doc2 = JsoncDocument::parse(after, JsoncDialect::jsonc());
    QVERIFY(doc2.has_value());
    QCOMPARE(doc2->value(doc2->findPath({u"s"_s, u"\uFEFFa"_s})).toCompactJson(), QByteArray("{\"url\":\"\xEF\xBB\xBF" "mine\"}"));
    QCOMPARE(doc2->value(doc2->findPath(path("s.a"))).toCompactJson(), QByteArray("{\"url\":\"https://n\"}"));
    QCOMPARE(applyEdits(after, JsoncModifier(*doc2).remove(path("s.a"), set->notes)), original);
}

void TestJsoncModifier::removeMiddleMember()
{
    const QByteArray original = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
    auto doc = JsoncDocument::parse(original, JsoncDialect::strictJson());
    QVERIFY(doc.has_value());
    QCOMPARE(applyEdits(original, JsoncModifier(*doc).remove(path("b"), {})), QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}"));
    QCOMPARE(applyEdits(original, JsoncModifier(*doc).remove(path("a"), {})), QByteArray("{\n  \"b\": 2,\n  \"c\": 3\n}"));
    QCOMPARE(applyEdits(original, JsoncModifier(*doc).remove(path("c"), {})), QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}"));
    QVERIFY(JsoncModifier(*doc).remove(path("nope"), {}).isEmpty());
}

void TestJsoncModifier::removeNeverSwallowsIntoComment()
{
    // laravel/boost#977-style hazard: text after a // comment on the same line.
    const QByteArray original = "{ // c\n \"a\": 1, \"b\": 2 }";
    auto doc = JsoncDocument::parse(original, JsoncDialect::jsonc());
    QVERIFY(doc.has_value());
    const QByteArray out = applyEdits(original, JsoncModifier(*doc).remove(path("a"), {}));
    QCOMPARE(out, QByteArray("{ // c\n \"b\": 2 }"));
    QVERIFY(JsoncDocument::parse(out, JsoncDialect::jsonc()).has_value());
}

void TestJsoncModifier::parseErrorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comment in strict") << QByteArray("{\n  // hi\n}") << u"line 2, column 3: comments are not allowed in JSON"_s;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << u"line 1, column 8: trailing commas"_s;
    QTest::newRow("missing comma") << QByteArray("{\r\n\"a\": 1\r\n\"b\": 2}") << u"line 3, column 1: ',' or '}' was expected"_s;
    QTest::newRow("unicode column") << QByteArray("{\"é\": tru}") << u"line 1, column 7:"_s;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{,}") << u"line 1, column 2:"_s;
    QTest::newRow("unterminated") << QByteArray("{\"a\": \"x") << u"unterminated string"_s;
    QTest::newRow("garbage after") << QByteArray("{} {}") << u"line 1, column 4: unexpected text"_s;
}

void TestJsoncModifier::parseErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto doc = JsoncDocument::parse(text, JsoncDialect::strictJson(), u"/home/u/.cursor/mcp.json"_s);
    QVERIFY(!doc.has_value());
    QCOMPARE(doc.error().kind, mcpc::ErrorKind::Parse);
    QVERIFY2(doc.error().message.contains(expected), qPrintable(doc.error().message));
    QVERIFY(doc.error().message.contains(u"/home/u/.cursor/mcp.json"_s));
}

void TestJsoncModifier::dialects()
{
    const QByteArray comment = "{ /* c */ \"a\": 1 }";
    const QByteArray trailing = "{ \"a\": 1, }";
    QVERIFY(!JsoncDocument::parse(comment, JsoncDialect::strictJson()).has_value());
    QVERIFY(JsoncDocument::parse(comment, JsoncDialect::jsonWithComments()).has_value());
    QVERIFY(!JsoncDocument::parse(trailing, JsoncDialect::jsonWithComments()).has_value());
    QVERIFY(JsoncDocument::parse(trailing, JsoncDialect::jsonc()).has_value());
}

void TestJsoncModifier::valueDecoding()
{
    auto doc = JsoncDocument::parse(R"({"k\u00e9y": ["a\n", -1.5e3, true, null, "\ud83d\ude00"]})", JsoncDialect::strictJson());
    QVERIFY(doc.has_value());
    const JsonValue v = doc->rootValue();
    QCOMPARE(v.keys(), QStringList{u"kéy"_s});
    QCOMPARE(v.toCompactJson(), QByteArray("{\"kéy\":[\"a\\n\",-1.5e3,true,null,\"😀\"]}"));
}

void TestJsoncModifier::unifiedDiffHunks()
{
    QByteArray a;
    for (int i = 1; i <= 20; ++i)
        a += "line " + QByteArray::number(i) + "\n";
    QByteArray b = a;
    b.replace("line 2\n", "line two\n").replace("line 19\n", "line 19\nextra\n");
    b.chop(1); // and the last line loses its newline
    QCOMPARE(unifiedDiff(a, b, u"a/f"_s, u"b/f"_s, 1),
             u"--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line two\n line 3\n"
             "@@ -19,2 +19,3 @@\n line 19\n-line 20\n+extra\n+line 20\n\\ No newline at end of file\n"_s);
    QCOMPARE(unifiedDiff(a, a, u"a"_s, u"b"_s), QString());
    QCOMPARE(unifiedDiff({}, "x\n", u"/dev/null"_s, u"b/f"_s), u"--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n"_s);
}

QTEST_GUILESS_MAIN(TestJsoncModifier)
#include "tst_clientconfig_jsonc.moc"
