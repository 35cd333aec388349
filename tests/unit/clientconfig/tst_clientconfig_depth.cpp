// Hostile nesting in client config files: the TOML editor (toml++ bounds arrays and
// inline tables but not dotted keys, whose tables once overflowed the stack) and the
// JSONC editor refuse documents nested deeper than the shared bound, with a clear error.
#include "clientconfig/jsonc/jsoncdocument.h"
#include "clientconfig/toml/tomldepth.h"
#include "clientconfig/toml/tomleditor.h"
#include "util/boundedjson.h"

#include <QTest>

using namespace mcpc;
using namespace mcpc::clientconfig;

namespace {

QByteArray dottedKey(int parts)
{
    QByteArray k = "a";
    for (int i = 1; i < parts; ++i)
        k += ".a";
    return k;
}

} // namespace

class TestConfigDepth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tomlDepthCountsKeysHeadersAndBrackets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("depth");
        QTest::newRow("codex") << QByteArray("[mcp_servers.x]\ncommand = \"npx\"\nargs = [\"-y\", \"a.b.c\"] # x.y.z\n"
                                             "[mcp_servers.x.env]\nK = \"v\"\n") << 4;
        QTest::newRow("dotted key") << QByteArray("a.b.c = 1\n") << 3;
        QTest::newRow("inline tables") << QByteArray("x = { a.b = { c = [1, {d.e.f = 2}] } }\n") << 11;
        QTest::newRow("floats are not keys") << QByteArray("x = [1.5, 2.5, 3.5, 4.5]\n") << 2;
        QTest::newRow("quoted dots") << QByteArray("\"a.b\".c = 1\n['q.r'.s]\n") << 2;
        QTest::newRow("strings and comments") << QByteArray("# a.b.c.d\nx = \"\"\"a.b\n[[[[\"\"\"\ny = 'k.l'\n") << 1;
        QTest::newRow("array of tables") << QByteArray("[[a.b]]\nc = 1\n") << 4;
    }
    void tomlDepthCountsKeysHeadersAndBrackets()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, depth);
        QCOMPARE(tomlNestingDepth(text, kMaxJsonDepth).depth, depth);
    }

    void tomlEditorRefusesDeepDottedKeys()
    {
        // 200,000 parts: toml++ alone crashed here (SIGSEGV freeing the tables).
        const QByteArray hostile = dottedKey(200000) + " = 1\n";
        auto r = TomlEditor::parse(hostile, QStringLiteral("config.toml"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Parse);
        QCOMPARE(r.error().message,
                 QStringLiteral("config.toml nests tables deeper than 512 levels (line 1); refused. Nothing was changed."));
        auto header = TomlEditor::parse("x = 1\n[" + dottedKey(100000) + "]\n", QStringLiteral("config.toml"));
        QVERIFY(!header);
        QVERIFY2(header.error().message.contains(u"(line 2)"), qPrintable(header.error().message));
        // At the bound: still an ordinary document.
        QVERIFY(TomlEditor::parse(dottedKey(kMaxJsonDepth) + " = 1\n", QStringLiteral("config.toml")).has_value());
    }

    void jsoncEditorNamesTheBound()
    {
        const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
        auto r = JsoncDocument::parse(deep, JsoncDialect::jsonc(), QStringLiteral("settings.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"nested deeper than 512 levels; refused"), qPrintable(r.error().message));
        const QByteArray ok = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
        QVERIFY(JsoncDocument::parse(ok, JsoncDialect::jsonc(), QStringLiteral("settings.json")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestConfigDepth)
#include "tst_clientconfig_depth.moc"
