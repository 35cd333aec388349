// Codex config.toml editing: append / replace / remove one [mcp_servers.NAME] table as
// text, with comments, CRLF, sub-tables and multi-line arrays around it.
#include "clientconfig/toml/tomleditor.h"
#include "clientconfig/toml/tomltablescanner.h"

#include <QTest>

using namespace mcpc::clientconfig;
using namespace Qt::StringLiterals;

namespace {

JsonValue urlEntry(const QString &url)
{
    JsonValue v = JsonValue::object();
    v.insert(u"url"_s, JsonValue::string(url));
    return v;
}

const QStringList kPath{u"mcp_servers"_s, u"acme"_s};

} // namespace

class TestTomlEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void replaceKeepsOtherTables();
    void removeInAnyOrder();
    void scannerIgnoresArraysAndStrings();
    void refusesInlineDefinitions();
    void parseErrorHasLineAndColumn();
    void quotesKeys();
};

void TestTomlEditor::roundTrip_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray("[mcp_servers.acme]\nurl = \"https://a\"\n");
    QTest::newRow("model only, no final newline")
        << QByteArray("model = \"o3\"") << QByteArray("model = \"o3\"\n\n[mcp_servers.acme]\nurl = \"https://a\"");
    QTest::newRow("crlf with comments")
        << QByteArray("# Codex\r\nmodel = \"o3\" # fast\r\n\r\n[mcp_servers.other]\r\ncommand = \"npx\"\r\n# trailing note\r\n")
        << QByteArray("# Codex\r\nmodel = \"o3\" # fast\r\n\r\n[mcp_servers.other]\r\ncommand = \"npx\"\r\n# trailing note\r\n\r\n"
                      "[mcp_servers.acme]\r\nurl = \"https://a\"\r\n");
    QTest::newRow("blank lines at end")
        << QByteArray("[projects.\"/home/u\"]\ntrust_level = \"trusted\"\n\n\n")
        << QByteArray("[projects.\"/home/u\"]\ntrust_level = \"trusted\"\n\n[mcp_servers.acme]\nurl = \"https://a\"\n\n\n");
    // Found by tests/fuzz (fuzz_toml): the tabs ending the last line moved behind our table,
    // and removing it lost them.
    QTest::newRow("comment with trailing tabs, no final newline")
        << QByteArray("\n\n#[mc\t\t") << QByteArray("\n\n#[mc\t\t\n\n[mcp_servers.acme]\nurl = \"https://a\"");
    // Found by tests/fuzz (fuzz_toml, 4.85 million executions in): "\uFEFFacme" is another
    // server, but QString::fromUtf8 dropped its leading U+FEFF, so its table was replaced.
    QTest::newRow("a table whose quoted name starts with U+FEFF")
        << QByteArray("[mcp_servers.\"\xEF\xBB\xBF" "acme\"]\nurl = \"https://mine\"\n")
        << QByteArray("[mcp_servers.\"\xEF\xBB\xBF" "acme\"]\nurl = \"https://mine\"\n\n[mcp_servers.acme]\nurl = \"https://a\"\n");
    QTest::newRow("the same, escaped")
        << QByteArray("[mcp_servers.\"\\uFEFFacme\"]\nurl = \"https://mine\"\n")
        << QByteArray("[mcp_servers.\"\\uFEFFacme\"]\nurl = \"https://mine\"\n\n[mcp_servers.acme]\nurl = \"https://a\"\n");
}

void TestTomlEditor::roundTrip()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    auto editor = TomlEditor::parse(original, u"config.toml"_s);
    QVERIFY(editor.has_value());
    auto set = (*editor)->set(kPath, urlEntry(u"https://a"_s));
    QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->text, expected);

    auto again = TomlEditor::parse(set->text, u"config.toml"_s);
    QVERIFY(again.has_value());
    QCOMPARE((*again)->value(kPath)->canonicalJson(), QByteArray("{\"url\":\"https://a\"}"));
    auto update = (*again)->set(kPath, urlEntry(u"https://b"_s));
    QVERIFY(update.has_value());
    QCOMPARE(update->text, QByteArray(set->text).replace("https://a", "https://b"));

    auto third = TomlEditor::parse(update->text, u"config.toml"_s);
    QVERIFY(third.has_value());
    auto removed = (*third)->remove(kPath, set->notes);
    QVERIFY(removed.has_value());
    QCOMPARE(removed->text, original);
}

void TestTomlEditor::replaceKeepsOtherTables()
{
    const QByteArray original = "[mcp_servers.acme]\nurl = \"https://old\"\n# set by hand\n\n[mcp_servers.acme.oauth]\n"
                                "client_id = \"x\"\n\n# Docs server\n[mcp_servers.docs]\nurl = \"https://docs\"\n";
    auto editor = TomlEditor::parse(original, u"config.toml"_s);
    QVERIFY(editor.has_value());
    auto set = (*editor)->set(kPath, urlEntry(u"https://new"_s));
    QVERIFY(set.has_value());
    // Our table and its sub-table are replaced; the comment before [mcp_servers.docs] stays.
    QCOMPARE(set->text, QByteArray("[mcp_servers.acme]\nurl = \"https://new\"\n\n# Docs server\n[mcp_servers.docs]\nurl = \"https://docs\"\n"));
    auto removed = (*TomlEditor::parse(set->text, u"config.toml"_s))->remove(kPath, {});
    QVERIFY(removed.has_value());
    QCOMPARE(removed->text, QByteArray("# Docs server\n[mcp_servers.docs]\nurl = \"https://docs\"\n"));
}

void TestTomlEditor::removeInAnyOrder()
{
    const QByteArray original = "model = \"o3\"";
    QByteArray text = original;
    QList<ContainerNote> notes;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
        auto set = (*TomlEditor::parse(text, u"c.toml"_s))->set({u"mcp_servers"_s, name}, urlEntry(u"https://"_s + name));
        QVERIFY(set.has_value());
        text = set->text;
        notes += set->notes;
    }
    for (const QString &name : {u"b"_s, u"a"_s, u"c"_s}) {
        auto removed = (*TomlEditor::parse(text, u"c.toml"_s))->remove({u"mcp_servers"_s, name}, notes);
        QVERIFY(removed.has_value());
        text = removed->text;
    }
    QCOMPARE(text, original);
}

void TestTomlEditor::scannerIgnoresArraysAndStrings()
{
    const QByteArray text = "matrix = [\n  [1, 2],\n  [3, 4],\n]\ns = \"\"\"\n[not.a.header]\n\"\"\"\n"
                            "[ mcp_servers . \"my.server\" ] # c\nurl = 'x'\n[[arr]]\nk = 1\n";
    TomlTableScanner scanner(text);
    QCOMPARE(scanner.headers().size(), 2);
    QCOMPARE(scanner.headers()[0].keys, (QStringList{u"mcp_servers"_s, u"my.server"_s}));
    // Keys keep a leading U+FEFF, written or escaped.
    const QByteArray bom = "[mcp_servers.\"\xEF\xBB\xBF" "a\"]\n[mcp_servers.\"\\uFEFFb\"]\n";
    TomlTableScanner withBom(bom);
    QCOMPARE(withBom.headers().size(), 2);
    QCOMPARE(withBom.headers()[0].keys, (QStringList{u"mcp_servers"_s, u"\uFEFFa"_s}));
    QCOMPARE(withBom.headers()[1].keys, (QStringList{u"mcp_servers"_s, u"\uFEFFb"_s}));
    auto bomEditor = TomlEditor::parse(bom, u"x.toml"_s);
    QVERIFY(bomEditor.has_value());
    QCOMPARE((*bomEditor)->keys({u"mcp_servers"_s}), (QStringList{u"\uFEFFa"_s, u"\uFEFFb"_s}));
    QVERIFY(scanner.headers()[1].arrayTable);
    QVERIFY(TomlEditor::parse(text, u"x.toml"_s).has_value());
}

void TestTomlEditor::refusesInlineDefinitions()
{
    const QByteArray dotted = "[mcp_servers]\nacme.url = \"https://x\"\n";
    auto editor = TomlEditor::parse(dotted, u"config.toml"_s);
    QVERIFY(editor.has_value());
    QVERIFY(!(*editor)->set(kPath, urlEntry(u"https://a"_s)).has_value());
    QVERIFY(!(*editor)->remove(kPath, {}).has_value());

    const QByteArray inlineTable = "mcp_servers = { other = { url = \"https://o\" } }\n";
    auto editor2 = TomlEditor::parse(inlineTable, u"config.toml"_s);
    QVERIFY(editor2.has_value());
    auto set = (*editor2)->set(kPath, urlEntry(u"https://a"_s));
    QVERIFY(!set.has_value()); // appending [mcp_servers.acme] would redefine the inline table
    QVERIFY(set.error().message.contains(u"not be valid TOML"_s));
}

void TestTomlEditor::parseErrorHasLineAndColumn()
{
    auto editor = TomlEditor::parse("a = 1\nb = = 2\n", u"/home/u/.codex/config.toml"_s);
    QVERIFY(!editor.has_value());
    QCOMPARE(editor.error().kind, mcpc::ErrorKind::Parse);
    QVERIFY2(editor.error().message.contains(u"/home/u/.codex/config.toml is not valid TOML: line 2, column"_s),
             qPrintable(editor.error().message));
}

void TestTomlEditor::quotesKeys()
{
    QCOMPARE(TomlTableScanner::keyText(u"plain-name_1"_s), QByteArray("plain-name_1"));
    QCOMPARE(TomlTableScanner::keyText(u"a.b"_s), QByteArray("\"a.b\""));
    QCOMPARE(TomlEditor::tableText(kPath, urlEntry(u"https://x/\"q\""_s), "\n"),
             QByteArray("[mcp_servers.acme]\nurl = \"https://x/\\\"q\\\"\""));
}

QTEST_GUILESS_MAIN(TestTomlEditor)
#include "tst_clientconfig_toml.moc"
