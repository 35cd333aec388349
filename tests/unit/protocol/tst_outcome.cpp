// Outcome: the finish-once state RpcCall, InputRequiredLoop and TaskPoller share. The
// first succeed() or fail() wins and reports true; every later one reports false and
// changes nothing, so a reply racing a timeout or a cancel cannot emit finished() twice.
#include "protocol/outcome.h"

#include <QTest>

using namespace mcpc;
using nlohmann::json;

class TestOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsUnfinished()
    {
        const Outcome o;
        QVERIFY(!o.isFinished());
        QVERIFY(!o.ok());
    }

    void firstSuccessWinsOverALaterFailure()
    {
        Outcome o;
        QVERIFY(o.succeed(json{{"a", 1}}));
        QVERIFY(!o.fail(Error::make(ErrorKind::Cancelled, QStringLiteral("late cancel"))));
        QVERIFY(!o.succeed(json{{"a", 2}}));
        QVERIFY(o.isFinished());
        QVERIFY(o.ok());
        QVERIFY(o.result() == (json{{"a", 1}}));
        QVERIFY(o.error().message.isEmpty());
    }

    void firstFailureWinsOverALaterSuccess()
    {
        Outcome o;
        QVERIFY(o.fail(Error::make(ErrorKind::Connection, QStringLiteral("closed"))));
        QVERIFY(!o.succeed(json{{"late", true}}));
        QVERIFY(!o.fail(Error::make(ErrorKind::Cancelled, QStringLiteral("second"))));
        QVERIFY(o.isFinished());
        QVERIFY(!o.ok());
        QCOMPARE(o.error().kind, ErrorKind::Connection);
        QCOMPARE(o.error().message, QStringLiteral("closed"));
        QVERIFY(o.result().is_null());
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
