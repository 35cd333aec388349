// The Log tab's model: frames summarised and pretty-printed, pings paired and hideable,
// and credentials never shown.
#include "log/connectionlog.h"
#include "log/logview.h"
#include "log/redaction.h"

#include <QLineEdit>
#include <QTest>

using namespace mcpc::ui;

class TestConnectionLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesAreSummarised();
    void secretsAreMasked();
    void pingsArePairedAndHidden();
    void oldEntriesAreDropped();
};

void TestConnectionLog::framesAreSummarised()
{
    ConnectionLog log;
    log.addFrame(true, R"({"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"echo","arguments":{"message":"hi"}}})");
    log.addFrame(false, R"({"jsonrpc":"2.0","id":5,"result":{"content":[]}})");
    log.addFrame(false, R"({"jsonrpc":"2.0","id":6,"error":{"code":-32601,"message":"Method not found"}})");
    log.addFrame(false, "not json");
    QCOMPARE(log.rowCount(), 4);
    QCOMPARE(log.entry(0).summary, QStringLiteral("tools/call  #5  · echo"));
    QCOMPARE(log.entry(0).kind, ConnectionLog::Kind::Sent);
    QVERIFY(log.entry(0).detail.contains(QStringLiteral("\n  \"method\": \"tools/call\""))); // pretty
    QCOMPARE(log.entry(1).summary, QStringLiteral("result  #5"));
    QVERIFY(log.entry(2).summary.contains(QStringLiteral("-32601 Method not found")));
    QVERIFY(log.entry(3).summary.contains(QStringLiteral("unparsable")));
}

void TestConnectionLog::secretsAreMasked()
{
    ConnectionLog log;
    log.addFrame(true, R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"login","arguments":{
        "apiKey":"sk-123","password":"hunter2","access_token":"tok","note":"Authorization: Bearer abc.def"},
        "_meta":{"progressToken":7}}})");
    const QString detail = log.entry(0).detail;
    for (const char *secret : {"sk-123", "hunter2", "\"tok\"", "abc.def"})
        QVERIFY2(!detail.contains(QLatin1String(secret)), secret);
    QVERIFY(detail.contains(QStringLiteral("\"progressToken\": 7"))); // bookkeeping, not a secret
    QCOMPARE(redactText(QStringLiteral("Authorization: Bearer xyz")), QStringLiteral("Authorization: Bearer ••••••"));
    QVERIFY(isSecretKey("Authorization"));
    QVERIFY(!isSecretKey("nextCursor"));
}

void TestConnectionLog::pingsArePairedAndHidden()
{
    ConnectionLog log;
    log.addFrame(true, R"({"jsonrpc":"2.0","id":9,"method":"ping"})");
    log.addFrame(false, R"({"jsonrpc":"2.0","id":9,"result":{}})");
    log.addFrame(true, R"({"jsonrpc":"2.0","id":10,"method":"tools/list"})");
    log.addFrame(false, R"({"jsonrpc":"2.0","id":10,"result":{"tools":[]}})");
    QVERIFY(log.entry(0).ping);
    QVERIFY(log.entry(1).ping);
    QVERIFY(!log.entry(3).ping);
    LogView view(&log);
    QCOMPARE(view.visibleRows(), 2); // pings hidden by default
    QTest::keyClicks(view.filterField(), QStringLiteral("tools/list"));
    QCOMPARE(view.visibleRows(), 1);
}

void TestConnectionLog::oldEntriesAreDropped()
{
    ConnectionLog log;
    log.setMaxEntries(20);
    for (int i = 0; i < 50; ++i)
        log.add(ConnectionLog::Kind::Diagnostic, QString::number(i));
    // Old entries go in chunks of a tenth, so 18..20 are kept: the newest, in order.
    const int rows = log.rowCount();
    QVERIFY2(rows >= 18 && rows <= 20, qPrintable(QString::number(rows)));
    for (int i = 0; i < rows; ++i)
        QCOMPARE(log.entry(i).summary, QString::number(50 - rows + i));
}

QTEST_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
