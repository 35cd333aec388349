// The compatibility rule files: the built-in set loads and matches the client adapters;
// a bad file is refused with its name and the problem.
#include "clientconfig/adapters/clientadapter.h"
#include "compat/compatrules.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mcpc;
using namespace mcpc::compat;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes (moc trips over raw strings full of quotes).
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray file(const QByteArray &rule)
{
    return j("{'client':'acme','displayName':'Acme','rules':[") + rule + "]}";
}

const QByteArray kGood = j("{'id':'acme.count','severity':'warning','check':{'kind':'toolCount','max':40},"
                            "'message':'{value} tools','fix':'fewer','source':{'url':'https://example.com/doc','checked':'2026-12-04'},'verified':true}");

} // namespace

class TestCompatRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInCoversEveryAdapter()
    {
        auto set = RuleSet::loadBuiltIn();
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        const auto &adapters = clientconfig::allClientAdapters();
        QCOMPARE(set->clients().size(), adapters.size());
        for (const clientconfig::ClientAdapter *a : adapters) {
            const ClientRules *c = set->client(a->id());
            QVERIFY2(c, qPrintable(a->id()));
            QCOMPARE(c->displayName, a->displayName());
            QVERIFY2(!c->rules.isEmpty(), qPrintable(a->id()));
            for (const Rule &r : c->rules) {
                // A rule presented as fact names where it comes from.
                if (r.verified)
                    QVERIFY2(r.source.url.startsWith(u"https://"), qPrintable(r.id));
                QVERIFY2(!r.message.isEmpty(), qPrintable(r.id));
            }
        }
    }

    void directoryOverride()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"acme.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file(kGood));
        f.close();
        auto set = RuleSet::loadDirectory(dir.path());
        QVERIFY(set);
        QCOMPARE(set->clients().size(), 1);
        QCOMPARE(set->client(u"acme"_s)->rules.first().kind, CheckKind::ToolCount);
        QVERIFY(set->client(u"acme"_s)->rules.first().verified);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << u"acme.json"_s;
        QTest::newRow("no rules") << j("{'client':'acme','displayName':'Acme'}") << u"\"rules\" must be a list"_s;
        QTest::newRow("unknown kind") << file(QByteArray(kGood).replace("toolCount", "toolColour")) << u"unknown check kind \"toolColour\""_s;
        QTest::newRow("bad severity") << file(QByteArray(kGood).replace("\"warning\"", "\"fatal\"")) << u"severity must be error, warning or info"_s;
        QTest::newRow("no verified") << file(QByteArray(kGood).replace(",\"verified\":true", "")) << u"has no \"verified\""_s;
        QTest::newRow("verified, no source")
            << file(j("{'id':'acme.count','severity':'warning','check':{'kind':'toolCount','max':40},'message':'m','verified':true}"))
            << u"verified but has no source"_s;
        QTest::newRow("http source") << file(QByteArray(kGood).replace("https://", "http://")) << u"source.url must be an https URL"_s;
        QTest::newRow("bad date") << file(QByteArray(kGood).replace("2026-12-04", "last week")) << u"source.checked must be a date"_s;
        QTest::newRow("bad max") << file(QByteArray(kGood).replace("\"max\":40", "\"max\":-1")) << u"check.max must be an integer"_s;
        QTest::newRow("bad regex")
            << file(j("{'id':'acme.n','severity':'error','check':{'kind':'toolNamePattern','pattern':'^[a-'},'message':'m','verified':false}"))
            << u"not a valid regular expression"_s;
        QTest::newRow("unknown feature")
            << file(j("{'id':'acme.f','severity':'error','check':{'kind':'schemaFeature','feature':'ghosts'},'message':'m','verified':false}"))
            << u"unknown schema feature \"ghosts\""_s;
        QTest::newRow("foreign id") << file(QByteArray(kGood).replace("acme.count", "other.count")) << u"must start with \"acme.\""_s;
        QTest::newRow("duplicate id") << file(kGood + "," + kGood) << u"appears twice"_s;
        QTest::newRow("prefix without tool")
            << file(j("{'id':'acme.p','severity':'error','check':{'kind':'prefixedNameLength','max':60,'format':'{server}'},'message':'m','verified':false}"))
            << u"check.format must contain {tool}"_s;
        QTest::newRow("oversized") << QByteArray(RuleSet::kMaxFileBytes + 10, ' ') << u"larger than"_s;
        QTest::newRow("too many rules") << file([] {
            QByteArrayList rules;
            for (int i = 0; i <= RuleSet::kMaxRulesPerClient; ++i)
                rules << QByteArray(kGood).replace("acme.count", QByteArray(QByteArray("acme.c") + QByteArray::number(i)));
            return rules.join(',');
        }()) << u"more than 100 rules"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"acme.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        auto set = RuleSet::loadDirectory(dir.path());
        QVERIFY(!set);
        QVERIFY2(set.error().message.contains(expected), qPrintable(set.error().message));
        QVERIFY2(set.error().message.contains(u"acme.json"_s), qPrintable(set.error().message));
    }

    void emptyOrMissingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(!RuleSet::loadDirectory(dir.path()));
        QVERIFY(!RuleSet::loadDirectory(dir.filePath(u"absent"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCompatRules)
#include "tst_compatrules.moc"
